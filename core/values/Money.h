// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QtGlobal>

#include <compare>

namespace sunhall::core {

/// An amount of renminbi in integer fen (分). Never a floating-point number: fees are summed,
/// compared and settled exactly.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }
    static constexpr Money fromYuan(qint64 yuan) { return Money(yuan * 100); }
    /// Parses "12", "12.5", "12.50", "1,234.56", "¥12" (yuan, at most two decimals, not
    /// negative unless allowNegative; full-width characters from a Chinese input method are
    /// read as their ASCII forms). The error (field "amount", code "money.…") names what is
    /// wrong with the text.
    static Result<Money> parseYuan(const QString &text, bool allowNegative = false);

    constexpr qint64 fen() const { return m_fen; }
    /// "1234.50": yuan with exactly two decimals, no grouping.
    QString toYuanString() const;
    /// "¥1,234.50": for screens and printed documents.
    QString toDisplayString() const;

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money &operator+=(Money o)
    {
        m_fen += o.m_fen;
        return *this;
    }
    constexpr Money operator*(qint64 n) const { return Money(m_fen * n); }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen)
        : m_fen(fen)
    {}
    qint64 m_fen = 0;
};

} // namespace sunhall::core
