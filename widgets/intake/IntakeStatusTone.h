// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>
#include <QString>

namespace sunhall::widgets {

/// How a line of feedback on the intake screen reads: a hint while something is being typed,
/// an error that blocks the intake, or a confirmation.
enum class IntakeStatusTone
{
    Hint,
    Error,
    Ok,
};

/// Shows `text` in `label` in the colour of `tone`; an empty text hides the label.
inline void showIntakeStatus(QLabel *label, const QString &text, IntakeStatusTone tone)
{
    static const QString styles[] = {QStringLiteral("color: #5f6368;"),
                                     QStringLiteral("color: #b3261e;"),
                                     QStringLiteral("color: #1e7d32;")};
    label->setStyleSheet(styles[static_cast<int>(tone)]);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace sunhall::widgets
