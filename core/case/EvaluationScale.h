// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace sunhall::core {

/// The scale on which an applicant rates a service (DOMAIN.md §9): the national five levels
/// of the 好差评 scheme (GB/T 39735-2020), the default, or the four levels many halls' window
/// evaluators use, as a hall setting. Level 1 is the best on both scales; level 4 (不满意)
/// and level 5 (非常不满意) are poor ratings, which must be followed up.
enum class EvaluationScale
{
    FiveLevel, // 非常满意 / 满意 / 基本满意 / 不满意 / 非常不满意
    FourLevel, // 很满意 / 满意 / 一般 / 不满意
};

/// "five-level", "four-level".
QString evaluationScaleId(EvaluationScale scale);
std::optional<EvaluationScale> evaluationScaleFromId(const QString &id);
/// 5 or 4.
int evaluationLevelCount(EvaluationScale scale);
/// The level's words on the scale ("Very satisfied"…), translated; empty for a level outside
/// the scale.
QString evaluationLevelName(EvaluationScale scale, int level);
/// True for a poor rating (差评): dissatisfied or worse, on either scale.
bool isPoorEvaluation(int level);

} // namespace sunhall::core
