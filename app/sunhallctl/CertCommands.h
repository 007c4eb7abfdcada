// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/sunhallctl/CtlContext.h"

#include "core/certificate/CertificateKeySet.h"
#include "core/common/Result.h"

namespace sunhall::ctl {

/// The certificate commands (制证发证): `cert sign --dir HALL --record FILE` prints a
/// certificate's signed QR text, `cert verify --qr TEXT (--dir HALL | --keys FILE)` says
/// whether it is valid (exit 0) or altered, revoked or unknown (exit 1); and the department
/// key commands of departmentCommands().
QList<CtlCommand> certCommands();

/// `department keygen|keys|revoke-key`: the departments' SM2 certificate keys in
/// HALL/department-keys (core::DepartmentKeyFolder) and the key set clients verify with.
QList<CtlCommand> departmentCommands();

/// The hall's certificate key set as the server hands it to clients: every department key in
/// HALL/department-keys, named after the departments of the latest published catalogue, and
/// every certificate revoked in the hall's case events.
core::Result<core::CertificateKeySet> hallCertificateKeySet(const QString &dir,
                                                            const QString &databaseUrl);

} // namespace sunhall::ctl
