// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"

#include <QList>
#include <QString>

namespace sunhall::widgets {

/// What printed documents say about the hall itself: its name, where and how to reach it (the
/// acceptance receipt tells the applicant how to check progress with the phone number and the
/// website when they are known), the bodies a refusal names for administrative review (行政复议
/// 机关) and litigation (人民法院) when they are known, and the names of its departments. The
/// screens fill it from the catalogue and the hall's settings; any field may be empty.
struct HallInfo
{
    QString name; // 青岛市示范行政服务中心
    QString address;
    QString phone;
    QString website;
    QString reviewBody; // 青岛市人民政府
    QString court;      // 青岛市市南区人民法院
    QList<core::Department> departments;

    /// The hall's name and departments from `catalogue`; the other fields stay empty.
    static HallInfo fromCatalogue(const core::Catalogue &catalogue);
    /// The name of the department with `code`, or the code itself when it is not known.
    QString departmentName(const QString &code) const;
};

} // namespace sunhall::widgets
