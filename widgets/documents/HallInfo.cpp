// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/documents/HallInfo.h"

namespace sunhall::widgets {

HallInfo HallInfo::fromCatalogue(const core::Catalogue &catalogue)
{
    HallInfo hall;
    hall.name = catalogue.hallName;
    hall.departments = catalogue.departments;
    return hall;
}

QString HallInfo::departmentName(const QString &code) const
{
    for (const core::Department &department : departments) {
        if (department.code == code)
            return department.name;
    }
    return code;
}

} // namespace sunhall::widgets
