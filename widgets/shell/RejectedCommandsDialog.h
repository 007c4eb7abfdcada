// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace sunhall::core {
class LocalStore;
class SyncEngine;
} // namespace sunhall::core

namespace sunhall::models {
class RejectedCommandModel;
} // namespace sunhall::models

namespace sunhall::widgets {

/// The logged-in user's commands that the hall server rejected: a list (when, what, which case,
/// the server's reason) and, for the chosen one, everything about it with what to do next.
/// "Mark as seen" dismisses the chosen command (it stays on record; the status bar's count
/// goes down). The list is read when the dialog opens and again when the engine reports a new
/// rejection.
class RejectedCommandsDialog : public QDialog
{
    Q_OBJECT
public:
    RejectedCommandsDialog(core::SyncEngine &engine, core::LocalStore &store,
                           QWidget *parent = nullptr);

    /// Reads the user's rejected commands again.
    void reload();

private:
    void createWidgets();
    void showCurrent();
    void dismissCurrent();
    QString detailsHtml(int row) const;

    core::SyncEngine &m_engine;
    core::LocalStore &m_store;
    models::RejectedCommandModel *m_model = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QTableView *m_table = nullptr;
    QTextBrowser *m_details = nullptr;
    QPushButton *m_dismissButton = nullptr;
};

} // namespace sunhall::widgets
