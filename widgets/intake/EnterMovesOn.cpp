// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/intake/EnterMovesOn.h"

#include <QCoreApplication>
#include <QKeyEvent>
#include <QWidget>

namespace sunhall::widgets {

EnterMovesOn::EnterMovesOn(QObject *parent)
    : QObject(parent)
{}

void EnterMovesOn::install(const QList<QWidget *> &fields)
{
    for (QWidget *field : fields)
        field->installEventFilter(this);
}

bool EnterMovesOn::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool enter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
    const Qt::KeyboardModifiers modifiers = key->modifiers() & ~Qt::KeypadModifier;
    if (!enter || modifiers != Qt::NoModifier)
        return false;
    // A Tab press follows the screen's tab order, whatever it is.
    QKeyEvent tab(QEvent::KeyPress, Qt::Key_Tab, Qt::NoModifier);
    QCoreApplication::sendEvent(watched, &tab);
    return true;
}

} // namespace sunhall::widgets
