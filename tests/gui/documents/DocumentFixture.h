// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseSummary.h"
#include "core/time/WorkingCalendar.h"
#include "tests/support/CaseFixture.h"
#include "widgets/documents/HallInfo.h"

#include <QString>

// The hall, cases and paths the document tests share. Cases are driven through the real
// case commands (tests/support/CaseFixture), so every document is filled from a state the
// core really reaches.
namespace documentfixture {

/// 青岛市示范行政服务中心 with a phone, a website, a review body, a court and two departments.
sunhall::widgets::HallInfo hall();
/// The promised item's case driven to `stage`; `error` gets the first refusal, if any.
casefixture::CaseDriver caseAt(casefixture::Stage stage, QString *error);
/// The read-model row of the driver's case at its current instant, over `calendar`.
sunhall::core::CaseSummary summaryOf(const casefixture::CaseDriver &driver,
                                     const sunhall::core::WorkingCalendar &calendar);
/// The promised item with `count` required materials 补充材料01 …, all but the first missing
/// from the application, and a case of it whose supplement notice asks for all of them.
casefixture::CaseDriver manyMissingMaterials(int count, QString *error);
/// The problem the notice of manyMissingMaterials() gives for material n.
QString problemOf(int n);
/// A folder of the build tree for this test's files: "documents" or "screenshots".
QString buildFolder(const QString &name);

} // namespace documentfixture
