// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/common/Result.h"
#include "core/values/DocumentNumber.h"

#include <QJsonObject>
#include <QString>

namespace sunhall::core {

/// A range of serials the server has leased to one workstation, so that it can number cases,
/// receipts or certificates while offline without two workstations ever using the same
/// number. The serials first..last belong to this workstation alone; `next` is the next one
/// to hand out, so first ≤ next ≤ last + 1 and the lease is used up when next > last.
/// Persisting the lease after every take() is the store's job.
struct NumberLease
{
    DocumentNumber::Kind kind = DocumentNumber::Kind::Case;
    QString hallCode;
    QString workstation;
    int year = 0;
    int first = 0;
    int last = 0;
    int next = 0;

    /// Hands out the number of serial `next` and advances `next`; a serial is never handed
    /// out twice. When the range is used up the error is "number.lease-exhausted" and names
    /// the range; the lease is left unchanged by any error.
    Result<QString> take();
    /// How many numbers are left.
    int remaining() const;
    /// Whether the fields make a usable lease ("number.lease-invalid", naming the field).
    Status validate() const;

    /// {"kind": "case", "hallCode": "HALL01", "workstation": "…", "year": 2025,
    /// "first": 1, "last": 500, "next": 17}
    QJsonObject toJson() const;
    /// Reads what toJson() wrote and validates it; the error names the key that is wrong.
    static Result<NumberLease> fromJson(const QJsonObject &json);

    friend bool operator==(const NumberLease &, const NumberLease &) = default;
};

} // namespace sunhall::core
