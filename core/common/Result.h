// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace sunhall::core {

/// An error a person can read: a stable machine code (`"calendar.year-missing"`), a message
/// already translated for the user, and, when the error is about one input, the name of that
/// field. Errors are values: they never cross a signal or a thread as exceptions.
struct Error
{
    QString code;
    QString message;
    QString field;

    friend bool operator==(const Error &, const Error &) = default;
};

/// Either a value or an Error. Kept deliberately small: test with `ok()`, read with `value()`
/// or `error()`.
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Result(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    const T &operator*() const { return value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// The outcome of an operation that returns nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error)
        : m_error(std::move(error))
    {}

    static Status success() { return {}; }
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString code, QString message, QString field = {})
{
    return Error{std::move(code), std::move(message), std::move(field)};
}

} // namespace sunhall::core
