// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/case/CaseVocabulary.h"
#include "core/case/PayloadReader.h"
#include "core/common/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The payloads of intake at the window (受理): registration, the material checklist,
// acceptance, the one-time supplement notice and refusal. Each is both a command's payload
// and the payload of the event it produces; `fromJson` checks every field and names the bad
// one.
namespace sunhall::core {

/// Someone who applies on the applicant's behalf (代理人).
struct Agent
{
    QString name;
    QString idNumber;
    QString phone;

    friend bool operator==(const Agent &, const Agent &) = default;
};

/// The applicant (申请人): a person with a 居民身份证 number or an organisation with a
/// 统一社会信用代码.
struct Applicant
{
    ApplicantKind kind = ApplicantKind::Person;
    QString idNumber;
    QString name;
    QString phone;
    QString address;
    std::optional<Agent> agent;

    QJsonObject toJson() const;
    static Applicant read(PayloadReader &reader);

    friend bool operator==(const Applicant &, const Applicant &) = default;
};

/// A scanned material, uploaded separately and referred to by its SHA-256 (DESIGN.md §3).
struct Attachment
{
    QString materialId;
    QString sha256; // 64 lowercase hex digits
    QString fileName;

    QJsonObject toJson() const;
    static Attachment read(PayloadReader &reader);

    friend bool operator==(const Attachment &, const Attachment &) = default;
};

/// A line of the one-time supplement notice (一次性告知书): the material and what is wrong.
struct MaterialProblem
{
    QString materialId;
    QString problem;

    friend bool operator==(const MaterialProblem &, const MaterialProblem &) = default;
};

/// "register": intake of an application at a window.
struct RegisterPayload
{
    Applicant applicant;
    QString itemCode;
    int itemVersion = 0;
    QString window;
    QStringList materials; // ids of the materials handed in
    QList<Attachment> attachments;
    bool greenChannel = false;
    QString coordinator; // the green channel's named coordinator

    QJsonObject toJson() const;
    static Result<RegisterPayload> fromJson(const QJsonObject &json);

    friend bool operator==(const RegisterPayload &, const RegisterPayload &) = default;
};

/// "update-materials": materials ticked and unticked on the checklist, scans attached.
struct MaterialsPayload
{
    QStringList ticked;
    QStringList unticked;
    QList<Attachment> attachments;

    QJsonObject toJson() const;
    static Result<MaterialsPayload> fromJson(const QJsonObject &json);
};

/// "accept": the case number (受理编号) from the workstation's leased range.
struct AcceptPayload
{
    QString caseNumber;

    QJsonObject toJson() const;
    static Result<AcceptPayload> fromJson(const QJsonObject &json);
};

/// "request-supplement": everything missing or deficient, all at once.
struct SupplementPayload
{
    QList<MaterialProblem> materials;

    QJsonObject toJson() const;
    static Result<SupplementPayload> fromJson(const QJsonObject &json);
};

/// A written reason: "refuse", "withdraw", "revoke-certificate".
struct ReasonPayload
{
    QString reason;

    QJsonObject toJson() const;
    static Result<ReasonPayload> fromJson(const QJsonObject &json);
};

} // namespace sunhall::core
