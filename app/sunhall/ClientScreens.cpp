// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhall/ClientScreens.h"

#include "app/sunhall/CounterDocuments.h"
#include "core/sync/SyncEngine.h"
#include "widgets/cashier/CashierWidget.h"
#include "widgets/evaluator/EvaluationRequest.h"
#include "widgets/intake/IntakeWidget.h"
#include "widgets/shell/CataloguePage.h"
#include "widgets/shell/ClientShell.h"
#include "widgets/shell/ScreenContext.h"

#include <QApplication>
#include <QStyle>

namespace sunhall::app {

namespace {

QWidget *makeIntake(widgets::ScreenContext &context, QWidget *parent)
{
    auto *intake =
        new widgets::IntakeWidget(context.store(), context.engine(), context.catalogue(),
                                  context.calendar(), context.clock(), context.user(), parent);
    using Kind = CounterDocuments::Kind;
    // The citizen takes the document, then rates the service where the case allows a rating
    // now (a refusal, a conclusion on the spot); otherwise nothing is asked.
    const auto hand = [&context, intake](const QUuid &caseId, Kind kind) {
        CounterDocuments::preview(context, caseId, kind, intake);
        widgets::requestEvaluation(context, caseId, intake);
    };
    QObject::connect(intake, &widgets::IntakeWidget::receiptWanted, intake,
                     [hand](const QUuid &caseId) { hand(caseId, Kind::AcceptanceReceipt); });
    QObject::connect(intake, &widgets::IntakeWidget::supplementNoticeWanted, intake,
                     [hand](const QUuid &caseId) { hand(caseId, Kind::SupplementNotice); });
    QObject::connect(intake, &widgets::IntakeWidget::refusalWanted, intake,
                     [hand](const QUuid &caseId) { hand(caseId, Kind::RefusalDecision); });
    QObject::connect(&context, &widgets::ScreenContext::catalogueChanged, intake,
                     [&context, intake] { intake->setCatalogue(context.catalogue()); });
    return intake;
}

QWidget *makeCashier(widgets::ScreenContext &context, QWidget *parent)
{
    auto *cashier =
        new widgets::CashierWidget(context.store(), context.engine(), context.catalogue(),
                                   context.clock(), context.user(), parent);
    QObject::connect(&context, &widgets::ScreenContext::catalogueChanged, cashier,
                     [&context, cashier] { cashier->setCatalogue(context.catalogue()); });
    return cashier;
}

} // namespace

void registerScreens(widgets::ClientShell &shell)
{
    shell.addScreen(
        widgets::ScreenEntry{QStringLiteral("intake"),
                             QCoreApplication::translate("sunhall::app::Client", "Intake"),
                             QApplication::style()->standardIcon(QStyle::SP_FileDialogNewFolder),
                             {core::Role::Clerk},
                             makeIntake});
    shell.addScreen(
        widgets::ScreenEntry{QStringLiteral("cashier"),
                             QCoreApplication::translate("sunhall::app::Client", "Cashier"),
                             QApplication::style()->standardIcon(QStyle::SP_DialogApplyButton),
                             {core::Role::Cashier},
                             makeCashier});
    shell.addScreen(widgets::CataloguePage::entry());
}

} // namespace sunhall::app
