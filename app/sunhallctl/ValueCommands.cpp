// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/sunhallctl/CtlContext.h"

#include "core/values/IdentityNumber.h"
#include "core/values/Money.h"
#include "core/values/MoneyWords.h"

namespace sunhall::ctl {

using namespace sunhall::core;

namespace {

class ValueCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValueCommand)
public:
    static int checkId(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("check-id"),
                       tr("Checks a citizen ID number (GB 11643) or a unified social credit "
                          "code (GB 32100) and says which rule fails."));
        cl.addPositional(QStringLiteral("number"), tr("The number to check."),
                         QStringLiteral("NUMBER"));
        if (auto stop = cl.parse(args))
            return *stop;
        if (cl.parser().positionalArguments().size() != 1)
            return cl.usageError(tr("give exactly one number"));
        const Result<IdentityNumber> number = IdentityNumber::check(
            cl.parser().positionalArguments().constFirst(), context.clock.today());
        if (!number)
            return cl.failure(number.error());
        if (number->kind() == IdentityNumber::Kind::CitizenId) {
            const QString sex =
                number->sex() == IdentityNumber::Sex::Male ? tr("male") : tr("female");
            context.out << tr("%1: a valid citizen ID number (born %2, %3, region %4)")
                               .arg(number->number(), number->birthDate().toString(Qt::ISODate),
                                    sex, number->regionCode())
                        << '\n';
        } else {
            context.out << tr("%1: a valid unified social credit code (registration authority "
                              "%2, organisation type %3, region %4)")
                               .arg(number->number())
                               .arg(number->registrationAuthority())
                               .arg(number->organisationType())
                               .arg(number->regionCode())
                        << '\n';
        }
        return ExitOk;
    }

    static int moneyWords(CtlContext &context, const QStringList &args)
    {
        CommandLine cl(context, QStringLiteral("money-words"),
                       tr("Prints an amount of yuan (up to two decimals) in Chinese capitals, "
                          "as the national rules for filling in bills require."));
        cl.addPositional(QStringLiteral("amount"), tr("The amount in yuan, e.g. 1409.50."),
                         QStringLiteral("AMOUNT"));
        if (auto stop = cl.parse(args))
            return *stop;
        if (cl.parser().positionalArguments().size() != 1)
            return cl.usageError(tr("give exactly one amount"));
        const Result<Money> amount =
            Money::parseYuan(cl.parser().positionalArguments().constFirst());
        if (!amount)
            return cl.failure(amount.error());
        context.out << moneyInCapitals(*amount) << '\n';
        return ExitOk;
    }
};

} // namespace

QList<CtlCommand> valueCommands()
{
    return {
        {QStringLiteral("check-id"), ValueCommand::tr("Check a citizen ID or credit code"),
         &ValueCommand::checkId},
        {QStringLiteral("money-words"), ValueCommand::tr("An amount in Chinese capitals"),
         &ValueCommand::moneyWords},
    };
}

} // namespace sunhall::ctl
