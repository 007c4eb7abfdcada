// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/IntakePayloads.h"
#include "core/catalog/Item.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sunhall::models {

/// What the clerk has put together at the window before choosing the outcome: the applicant,
/// the item as the current catalogue publishes it, the window, the materials handed in with
/// their scans, and the green channel.
struct IntakeApplication
{
    core::Applicant applicant;
    core::Item item;
    QString window;
    QStringList materials; // ids of the materials handed in
    QList<core::Attachment> attachments;
    bool greenChannel = false;
    QString coordinator;

    /// The payload of the "register" command for this application.
    core::RegisterPayload registerPayload() const
    {
        core::RegisterPayload payload;
        payload.applicant = applicant;
        payload.itemCode = item.code;
        payload.itemVersion = item.flow.version;
        payload.window = window;
        payload.materials = materials;
        payload.attachments = attachments;
        payload.greenChannel = greenChannel;
        payload.coordinator = greenChannel ? coordinator.trimmed() : QString();
        return payload;
    }
};

} // namespace sunhall::models
