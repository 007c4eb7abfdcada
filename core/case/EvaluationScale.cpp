// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/case/EvaluationScale.h"

#include <QCoreApplication>

namespace sunhall::core {

namespace {

constexpr char context[] = "sunhall::core::EvaluationScale";
constexpr int firstPoorLevel = 4;

// Both scales say "very satisfied" in English but not in Chinese (非常满意 / 很满意): the
// disambiguation names the scale, so that each gets its own translation.
struct LevelName
{
    const char *text;
    const char *scale;
};

constexpr LevelName fiveLevels[] = {
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Very satisfied", "five-level scale"),
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Satisfied", "five-level scale"),
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Basically satisfied", "five-level scale"),
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Dissatisfied", "five-level scale"),
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Very dissatisfied", "five-level scale"),
};

constexpr LevelName fourLevels[] = {
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Very satisfied", "four-level scale"),
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Satisfied", "four-level scale"),
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Average", "four-level scale"),
    QT_TRANSLATE_NOOP3("sunhall::core::EvaluationScale", "Dissatisfied", "four-level scale"),
};

} // namespace

QString evaluationScaleId(EvaluationScale scale)
{
    return scale == EvaluationScale::FourLevel ? QStringLiteral("four-level")
                                               : QStringLiteral("five-level");
}

std::optional<EvaluationScale> evaluationScaleFromId(const QString &id)
{
    if (id == QLatin1String("five-level"))
        return EvaluationScale::FiveLevel;
    if (id == QLatin1String("four-level"))
        return EvaluationScale::FourLevel;
    return std::nullopt;
}

int evaluationLevelCount(EvaluationScale scale)
{
    return scale == EvaluationScale::FourLevel ? int(std::size(fourLevels))
                                               : int(std::size(fiveLevels));
}

QString evaluationLevelName(EvaluationScale scale, int level)
{
    if (level < 1 || level > evaluationLevelCount(scale))
        return {};
    const LevelName &name =
        scale == EvaluationScale::FourLevel ? fourLevels[level - 1] : fiveLevels[level - 1];
    return QCoreApplication::translate(context, name.text, name.scale);
}

bool isPoorEvaluation(int level)
{
    return level >= firstPoorLevel;
}

} // namespace sunhall::core
