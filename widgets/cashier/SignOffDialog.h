// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/Actor.h"
#include "core/common/Result.h"
#include "models/SettlementReport.h"

#include <QDialog>
#include <QThreadPool>

class QLabel;
class QLineEdit;
class QPushButton;

namespace sunhall::core {
class LocalStore;
}

namespace sunhall::widgets {

/// The cashier confirms their daily settlement (日结) with their password. The net per method
/// and the total are shown in figures and capitals; the password is checked against the
/// Argon2id verifier this workstation keeps for offline login (core::LocalUser), on a worker
/// thread so the screen does not freeze, and only the user the settlement belongs to can sign
/// it. Accepted once the password matches; the caller records the sign-off.
class SignOffDialog : public QDialog
{
    Q_OBJECT
public:
    SignOffDialog(const models::SettlementReport &daily, const core::LocalStore &store,
                  core::Actor cashier, QWidget *parent = nullptr);
    ~SignOffDialog() override;

    void accept() override;

private:
    void checked(const core::Result<bool> &matches);
    void setBusy(bool busy);

    const core::LocalStore &m_store;
    core::Actor m_cashier;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_signButton = nullptr;
    QThreadPool m_worker;
    bool m_busy = false;
};

} // namespace sunhall::widgets
