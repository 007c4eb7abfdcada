// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QWidget;

namespace sunhall::widgets {

/// Makes Enter move on to the next field, as Tab does, in the single-line fields, check boxes
/// and combo boxes it is installed on, so that a clerk can fill a form with the number pad
/// and Enter. A field whose own Enter means something (an open completer, a search that picks
/// an item) is left alone: install it only where Enter has no other job.
class EnterMovesOn : public QObject
{
    Q_OBJECT
public:
    explicit EnterMovesOn(QObject *parent = nullptr);

    /// Installs one filter on each of `fields`.
    void install(const QList<QWidget *> &fields);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace sunhall::widgets
