// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/catalog/Catalogue.h"

#include <QCoreApplication>
#include <QString>

namespace sunhall::widgets {

/// Writes everything the catalogue says about one item as rich text (the subset of HTML that
/// QTextDocument renders): the facts (code, department, category, kind, limits, extension,
/// green channel, certificate), legal basis, conditions, the material checklist, the fees with
/// their basis ("Free" when there are none) and the flow steps in order with their departments
/// and time budgets. Department codes are shown by their names from `catalogue`. Every piece of
/// catalogue text is escaped.
class ItemDescription
{
    Q_DECLARE_TR_FUNCTIONS(ItemDescription)
public:
    static QString toHtml(const core::Item &item, const core::Catalogue &catalogue);

private:
    static QString facts(const core::Item &item, const core::Catalogue &catalogue);
    static QString materials(const core::Item &item);
    static QString fees(const core::Item &item);
    static QString flow(const core::Item &item, const core::Catalogue &catalogue);
    static QString stepDepartments(const core::FlowStep &step, const core::Item &item,
                                   const core::Catalogue &catalogue);
    static QString departmentName(const QString &code, const core::Catalogue &catalogue);
    static QString daysText(int days);
    static QString paragraph(const QString &text);
};

} // namespace sunhall::widgets
