// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/RuleContext.h"
#include "core/common/Result.h"

#include <QCoreApplication>

namespace sunhall::core {

/// The rules of what the applicant takes away: the certificate (证照) of an approved case,
/// printed (every reprint recorded), handed over and possibly revoked, and the applicant's
/// evaluation of the service (好差评).
class DeliveryRules
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRules)
public:
    static Status printCertificate(RuleContext &context);
    static Status issueCertificate(RuleContext &context);
    static Status revokeCertificate(RuleContext &context);
    static Status evaluate(RuleContext &context);
};

} // namespace sunhall::core
