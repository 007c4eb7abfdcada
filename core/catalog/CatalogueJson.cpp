// SPDX-FileCopyrightText: Sunhall contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/catalog/CatalogueJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace sunhall::core {

using namespace Qt::StringLiterals;

namespace {

enum class Need
{
    Required,
    Optional
};

// JSON numbers are doubles: whole numbers beyond 2^53 cannot be told apart, so none may go there.
constexpr double maxExactInteger = 9007199254740992.0;

QString joinPath(const QString &prefix, QLatin1StringView key)
{
    return prefix.isEmpty() ? QString(key) : prefix + u'.' + key;
}

QString indexPath(const QString &path, qsizetype index)
{
    return u"%1[%2]"_s.arg(path).arg(index);
}

/// Reads one object tree and keeps the first error: once it has failed, every further read
/// returns the fallback and records nothing, so a reading function is a flat list of reads.
/// Paths are relative to `fieldBase` (the item's `items[4]`); messages start with `locator`.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueJson)
public:
    Reader(QString locatorBase, QString fieldBase)
        : m_locatorBase(std::move(locatorBase))
        , m_locator(m_locatorBase)
        , m_fieldBase(std::move(fieldBase))
    {}

    void nameItem(const QString &code) { m_locator = u"%1 \"%2\""_s.arg(m_locatorBase, code); }
    bool failed() const { return m_error.has_value(); }
    const Error &error() const { return *m_error; }

    void checkKeys(const QJsonObject &object, const QString &prefix,
                   std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = object.begin(); it != object.end() && !failed(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
                fail(u"catalog.parse.unknown-field"_s,
                     tr("this field is unknown; check its spelling"),
                     prefix.isEmpty() ? it.key() : prefix + u'.' + it.key());
            }
        }
    }

    QString string(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                   Need need = Need::Required)
    {
        const auto value = take(o, prefix, key, Expect::Text, need);
        return value ? value->toString() : QString();
    }

    bool boolean(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                 Need need = Need::Required)
    {
        const auto value = take(o, prefix, key, Expect::Boolean, need);
        return value ? value->toBool() : false;
    }

    qint64 integer(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                   qint64 fallback, Need need = Need::Required)
    {
        const auto value = take(o, prefix, key, Expect::Number, need);
        if (!value)
            return fallback;
        const double d = value->toDouble();
        if (!std::isfinite(d) || std::floor(d) != d) {
            fail(u"catalog.parse.bad-value"_s,
                 tr("%1 is not a whole number").arg(QString::number(d)), joinPath(prefix, key));
            return fallback;
        }
        if (std::fabs(d) > maxExactInteger) {
            fail(u"catalog.parse.bad-value"_s, tr("%1 is out of range").arg(QString::number(d)),
                 joinPath(prefix, key));
            return fallback;
        }
        return value->toInteger(fallback);
    }

    int intValue(const QJsonObject &o, const QString &prefix, QLatin1StringView key, int fallback,
                 Need need = Need::Required)
    {
        const qint64 n = integer(o, prefix, key, fallback, need);
        if (n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max()) {
            fail(u"catalog.parse.bad-value"_s, tr("%1 is out of range").arg(n),
                 joinPath(prefix, key));
            return fallback;
        }
        return int(n);
    }

    double number(const QJsonObject &o, const QString &prefix, QLatin1StringView key)
    {
        const auto value = take(o, prefix, key, Expect::Number, Need::Required);
        return value ? value->toDouble() : 0.0;
    }

    QJsonArray array(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                     Need need = Need::Required)
    {
        const auto value = take(o, prefix, key, Expect::List, need);
        return value ? value->toArray() : QJsonArray();
    }

    std::optional<QJsonObject> object(const QJsonObject &o, const QString &prefix,
                                      QLatin1StringView key, Need need = Need::Required)
    {
        const auto value = take(o, prefix, key, Expect::Object, need);
        if (!value)
            return std::nullopt;
        return value->toObject();
    }

    /// An element of a list that must be an object; `path` is the element's own path.
    std::optional<QJsonObject> element(const QJsonValue &value, const QString &path)
    {
        if (failed())
            return std::nullopt;
        if (!value.isObject()) {
            failType(Expect::Object, value, path);
            return std::nullopt;
        }
        return value.toObject();
    }

    QStringList strings(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                        Need need = Need::Required)
    {
        const QJsonArray list = array(o, prefix, key, need);
        QStringList result;
        for (qsizetype i = 0; i < list.size() && !failed(); ++i) {
            if (!list.at(i).isString())
                failType(Expect::Text, list.at(i), indexPath(joinPath(prefix, key), i));
            result.append(list.at(i).toString());
        }
        return result;
    }

    QDate date(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
               Need need = Need::Required)
    {
        const auto value = take(o, prefix, key, Expect::Text, need);
        if (!value)
            return {};
        const QDate date = QDate::fromString(value->toString(), Qt::ISODate);
        if (!date.isValid()) {
            fail(u"catalog.parse.bad-value"_s,
                 tr("\"%1\" is not a date written as YYYY-MM-DD").arg(value->toString()),
                 joinPath(prefix, key));
        }
        return date;
    }

    QDateTime dateTime(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                       Need need = Need::Required)
    {
        const auto value = take(o, prefix, key, Expect::Text, need);
        if (!value)
            return {};
        const QDateTime dateTime = QDateTime::fromString(value->toString(), Qt::ISODateWithMs);
        // A time without its UTC offset would be read in whatever zone the reader runs in.
        if (!dateTime.isValid() || dateTime.timeSpec() == Qt::LocalTime) {
            fail(u"catalog.parse.bad-value"_s,
                 tr("\"%1\" is not a date and time with its UTC offset, such as "
                    "2025-03-01T09:00:00+08:00")
                     .arg(value->toString()),
                 joinPath(prefix, key));
            return {};
        }
        return dateTime;
    }

    template<typename Enum>
    Enum choice(const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                const QList<Enum> &values, QString (*idOf)(Enum), Enum fallback)
    {
        const QString text = string(o, prefix, key);
        if (failed())
            return fallback;
        QStringList ids;
        for (Enum value : values) {
            if (idOf(value) == text)
                return value;
            ids.append(idOf(value));
        }
        fail(u"catalog.parse.unknown-value"_s,
             tr("\"%1\" is not one of %2").arg(text, ids.join(u", "_s)), joinPath(prefix, key));
        return fallback;
    }

    void fail(const QString &code, const QString &problem, const QString &path)
    {
        if (failed())
            return;
        QString field = m_fieldBase;
        if (!path.isEmpty())
            field = field.isEmpty() ? path : field + u'.' + path;
        QString message;
        if (m_locator.isEmpty())
            message = tr("%1: %2").arg(path, problem);
        else if (path.isEmpty())
            message = tr("%1: %2").arg(m_locator, problem);
        else
            message = tr("%1: %2: %3").arg(m_locator, path, problem);
        m_error = makeError(code, message, field);
    }

private:
    enum class Expect
    {
        Text,
        Number,
        Boolean,
        List,
        Object
    };

    std::optional<QJsonValue> take(const QJsonObject &o, const QString &prefix,
                                   QLatin1StringView key, Expect expect, Need need)
    {
        if (failed())
            return std::nullopt;
        const auto it = o.constFind(key);
        if (it == o.constEnd()) {
            if (need == Need::Required) {
                fail(u"catalog.parse.missing-field"_s, tr("this required field is missing"),
                     joinPath(prefix, key));
            }
            return std::nullopt;
        }
        const QJsonValue value = it.value();
        if (!matches(value, expect)) {
            failType(expect, value, joinPath(prefix, key));
            return std::nullopt;
        }
        return value;
    }

    static bool matches(const QJsonValue &value, Expect expect)
    {
        switch (expect) {
        case Expect::Text:
            return value.isString();
        case Expect::Number:
            return value.isDouble();
        case Expect::Boolean:
            return value.isBool();
        case Expect::List:
            return value.isArray();
        case Expect::Object:
            return value.isObject();
        }
        return false;
    }

    void failType(Expect expect, const QJsonValue &found, const QString &path)
    {
        fail(u"catalog.parse.wrong-type"_s,
             tr("expected %1 but found %2").arg(expectedName(expect), foundName(found)), path);
    }

    static QString expectedName(Expect expect)
    {
        switch (expect) {
        case Expect::Text:
            return tr("text");
        case Expect::Number:
            return tr("a number");
        case Expect::Boolean:
            return tr("true or false");
        case Expect::List:
            return tr("a list");
        case Expect::Object:
            return tr("an object");
        }
        return {};
    }

    static QString foundName(const QJsonValue &value)
    {
        switch (value.type()) {
        case QJsonValue::Null:
            return tr("null");
        case QJsonValue::Bool:
            return tr("true or false");
        case QJsonValue::Double:
            return tr("a number");
        case QJsonValue::String:
            return tr("text");
        case QJsonValue::Array:
            return tr("a list");
        case QJsonValue::Object:
            return tr("an object");
        case QJsonValue::Undefined:
            break;
        }
        return tr("nothing");
    }

    QString m_locatorBase;
    QString m_locator;
    QString m_fieldBase;
    std::optional<Error> m_error;
};

/// Reads `o[key]` as a list of objects, each with `readOne(reader, object, path)`.
template<typename T, typename ReadOne>
QList<T> readList(Reader &r, const QJsonObject &o, const QString &prefix, QLatin1StringView key,
                  Need need, ReadOne readOne)
{
    const QJsonArray list = r.array(o, prefix, key, need);
    QList<T> result;
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString path = indexPath(joinPath(prefix, key), i);
        if (const auto element = r.element(list.at(i), path))
            result.append(readOne(r, *element, path));
    }
    return result;
}

Department readDepartment(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p, {"code"_L1, "name"_L1});
    Department department;
    department.code = r.string(o, p, "code"_L1);
    department.name = r.string(o, p, "name"_L1);
    return department;
}

Material readMaterial(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(
        o, p,
        {"id"_L1, "name"_L1, "required"_L1, "form"_L1, "copies"_L1, "templateName"_L1, "note"_L1});
    Material material;
    material.id = r.string(o, p, "id"_L1);
    material.name = r.string(o, p, "name"_L1);
    material.required = r.boolean(o, p, "required"_L1);
    material.form =
        r.choice(o, p, "form"_L1, allMaterialForms(), materialFormId, MaterialForm::Original);
    material.copies = r.intValue(o, p, "copies"_L1, 1, Need::Optional);
    material.templateName = r.string(o, p, "templateName"_L1, Need::Optional);
    material.note = r.string(o, p, "note"_L1, Need::Optional);
    return material;
}

FeeItem readFee(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p, {"code"_L1, "name"_L1, "amountFen"_L1, "basis"_L1});
    FeeItem fee;
    fee.code = r.string(o, p, "code"_L1);
    fee.name = r.string(o, p, "name"_L1);
    fee.amount = Money::fromFen(r.integer(o, p, "amountFen"_L1, 0));
    fee.basis = r.string(o, p, "basis"_L1);
    return fee;
}

FlowStep readStep(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p,
                {"id"_L1, "name"_L1, "kind"_L1, "role"_L1, "department"_L1,
                 "parallelDepartments"_L1, "budgetDays"_L1});
    FlowStep step;
    step.id = r.string(o, p, "id"_L1);
    step.name = r.string(o, p, "name"_L1);
    step.kind = r.choice(o, p, "kind"_L1, allStepKinds(), stepKindId, StepKind::Review);
    step.role = r.choice(o, p, "role"_L1, allRoles(), roleId, Role::Reviewer);
    step.department = r.string(o, p, "department"_L1, Need::Optional);
    step.parallelDepartments = r.strings(o, p, "parallelDepartments"_L1, Need::Optional);
    step.budgetDays = r.intValue(o, p, "budgetDays"_L1, 0);
    return step;
}

Flow readFlow(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p, {"version"_L1, "publishedOn"_L1, "steps"_L1});
    Flow flow;
    flow.version = r.intValue(o, p, "version"_L1, 1);
    flow.publishedOn = r.date(o, p, "publishedOn"_L1, Need::Optional);
    flow.steps = readList<FlowStep>(r, o, p, "steps"_L1, Need::Required, readStep);
    return flow;
}

WarningThresholds readWarnings(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p, {"blueUsedFraction"_L1, "yellowDaysLeft"_L1});
    WarningThresholds warnings;
    warnings.blueUsedFraction = r.number(o, p, "blueUsedFraction"_L1);
    warnings.yellowDaysLeft = r.number(o, p, "yellowDaysLeft"_L1);
    return warnings;
}

CertificateSpec readCertificate(Reader &r, const QJsonObject &o, const QString &p)
{
    r.checkKeys(o, p, {"name"_L1, "validityYears"_L1});
    CertificateSpec certificate;
    certificate.name = r.string(o, p, "name"_L1);
    certificate.validityYears = r.intValue(o, p, "validityYears"_L1, 0);
    return certificate;
}

Item readItem(Reader &r, const QJsonObject &o)
{
    const QString p;
    Item item;
    item.code = r.string(o, p, "code"_L1);
    if (!r.failed())
        r.nameItem(item.code);
    r.checkKeys(o, p,
                {"code"_L1, "name"_L1, "department"_L1, "category"_L1, "kind"_L1, "legalBasis"_L1,
                 "conditions"_L1, "materials"_L1, "fees"_L1, "legalLimitDays"_L1,
                 "promisedLimitDays"_L1, "maxExtensionDays"_L1, "greenChannelEligible"_L1,
                 "timeoutDefault"_L1, "warnings"_L1, "certificate"_L1, "flow"_L1});
    item.name = r.string(o, p, "name"_L1);
    item.department = r.string(o, p, "department"_L1);
    item.category =
        r.choice(o, p, "category"_L1, allItemCategories(), itemCategoryId, ItemCategory::Licensing);
    item.kind = r.choice(o, p, "kind"_L1, allItemKinds(), itemKindId, ItemKind::Promised);
    item.legalBasis = r.string(o, p, "legalBasis"_L1);
    item.conditions = r.string(o, p, "conditions"_L1, Need::Optional);
    item.materials = readList<Material>(r, o, p, "materials"_L1, Need::Required, readMaterial);
    item.fees = readList<FeeItem>(r, o, p, "fees"_L1, Need::Optional, readFee);
    item.legalLimitDays = r.intValue(o, p, "legalLimitDays"_L1, 0);
    item.promisedLimitDays = r.intValue(o, p, "promisedLimitDays"_L1, 0);
    item.maxExtensionDays = r.intValue(o, p, "maxExtensionDays"_L1, 0);
    item.greenChannelEligible = r.boolean(o, p, "greenChannelEligible"_L1, Need::Optional);
    item.timeoutDefault = r.boolean(o, p, "timeoutDefault"_L1, Need::Optional);
    if (const auto warnings = r.object(o, p, "warnings"_L1, Need::Optional))
        item.warnings = readWarnings(r, *warnings, u"warnings"_s);
    if (const auto certificate = r.object(o, p, "certificate"_L1, Need::Optional))
        item.certificate = readCertificate(r, *certificate, u"certificate"_s);
    if (const auto flow = r.object(o, p, "flow"_L1))
        item.flow = readFlow(r, *flow, u"flow"_s);
    return item;
}

Result<Catalogue> readCatalogue(const QJsonObject &o)
{
    Reader r({}, {});
    const QString p;
    r.checkKeys(o, p,
                {"version"_L1, "publishedAt"_L1, "publishedBy"_L1, "hallName"_L1, "departments"_L1,
                 "items"_L1});
    Catalogue catalogue;
    catalogue.version = r.intValue(o, p, "version"_L1, 0);
    catalogue.publishedAt = r.dateTime(o, p, "publishedAt"_L1, Need::Optional);
    catalogue.publishedBy = r.string(o, p, "publishedBy"_L1, Need::Optional);
    catalogue.hallName = r.string(o, p, "hallName"_L1);
    catalogue.departments =
        readList<Department>(r, o, p, "departments"_L1, Need::Required, readDepartment);
    const QJsonArray items = r.array(o, p, "items"_L1);
    for (qsizetype i = 0; i < items.size() && !r.failed(); ++i) {
        const QString path = indexPath(u"items"_s, i);
        const auto object = r.element(items.at(i), path);
        if (!object)
            break;
        Reader itemReader(path, path);
        catalogue.items.append(readItem(itemReader, *object));
        if (itemReader.failed())
            return itemReader.error();
    }
    if (r.failed())
        return r.error();
    return catalogue;
}

QJsonObject departmentToJson(const Department &department)
{
    return {{"code"_L1, department.code}, {"name"_L1, department.name}};
}

QJsonObject materialToJson(const Material &material)
{
    QJsonObject o{{"id"_L1, material.id},
                  {"name"_L1, material.name},
                  {"required"_L1, material.required},
                  {"form"_L1, materialFormId(material.form)}};
    if (material.copies != 1)
        o.insert("copies"_L1, material.copies);
    if (!material.templateName.isEmpty())
        o.insert("templateName"_L1, material.templateName);
    if (!material.note.isEmpty())
        o.insert("note"_L1, material.note);
    return o;
}

QJsonObject feeToJson(const FeeItem &fee)
{
    return {{"code"_L1, fee.code},
            {"name"_L1, fee.name},
            {"amountFen"_L1, fee.amount.fen()},
            {"basis"_L1, fee.basis}};
}

QJsonObject stepToJson(const FlowStep &step)
{
    QJsonObject o{{"id"_L1, step.id},
                  {"name"_L1, step.name},
                  {"kind"_L1, stepKindId(step.kind)},
                  {"role"_L1, roleId(step.role)},
                  {"budgetDays"_L1, step.budgetDays}};
    if (!step.department.isEmpty())
        o.insert("department"_L1, step.department);
    if (!step.parallelDepartments.isEmpty())
        o.insert("parallelDepartments"_L1, QJsonArray::fromStringList(step.parallelDepartments));
    return o;
}

QJsonObject flowToJson(const Flow &flow)
{
    QJsonArray steps;
    for (const FlowStep &step : flow.steps)
        steps.append(stepToJson(step));
    QJsonObject o{{"version"_L1, flow.version}, {"steps"_L1, steps}};
    if (flow.publishedOn.isValid())
        o.insert("publishedOn"_L1, flow.publishedOn.toString(Qt::ISODate));
    return o;
}

template<typename T, typename ToJson>
QJsonArray listToJson(const QList<T> &list, ToJson toJson)
{
    QJsonArray array;
    for (const T &element : list)
        array.append(toJson(element));
    return array;
}

QString dateTimeToJson(const QDateTime &dateTime)
{
    // Always with an offset, so that the file means the same instant wherever it is read.
    const QDateTime withOffset = dateTime.timeSpec() == Qt::LocalTime
                                     ? dateTime.toOffsetFromUtc(dateTime.offsetFromUtc())
                                     : dateTime;
    return withOffset.toString(withOffset.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate);
}

} // namespace

Result<Catalogue> CatalogueJson::parse(const QByteArray &json)
{
    if (json.size() > maxBytes) {
        return makeError(u"catalog.parse.too-large"_s,
                         tr("The catalogue file is %1 bytes; at most %2 bytes are accepted.")
                             .arg(json.size())
                             .arg(maxBytes));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return makeError(u"catalog.parse.syntax"_s,
                         tr("The catalogue is not valid JSON: %1 at byte %2.")
                             .arg(parseError.errorString())
                             .arg(parseError.offset));
    }
    if (!document.isObject()) {
        return makeError(u"catalog.parse.wrong-type"_s,
                         tr("The catalogue must be a JSON object with version, hallName, "
                            "departments and items."));
    }
    return readCatalogue(document.object());
}

QByteArray CatalogueJson::write(const Catalogue &catalogue)
{
    QJsonObject o{{"version"_L1, catalogue.version},
                  {"hallName"_L1, catalogue.hallName},
                  {"departments"_L1, listToJson(catalogue.departments, departmentToJson)},
                  {"items"_L1, listToJson(catalogue.items, itemToJson)}};
    if (catalogue.publishedAt.isValid())
        o.insert("publishedAt"_L1, dateTimeToJson(catalogue.publishedAt));
    if (!catalogue.publishedBy.isEmpty())
        o.insert("publishedBy"_L1, catalogue.publishedBy);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

QJsonObject CatalogueJson::itemToJson(const Item &item)
{
    QJsonObject o{{"code"_L1, item.code},
                  {"name"_L1, item.name},
                  {"department"_L1, item.department},
                  {"category"_L1, itemCategoryId(item.category)},
                  {"kind"_L1, itemKindId(item.kind)},
                  {"legalBasis"_L1, item.legalBasis},
                  {"materials"_L1, listToJson(item.materials, materialToJson)},
                  {"legalLimitDays"_L1, item.legalLimitDays},
                  {"promisedLimitDays"_L1, item.promisedLimitDays},
                  {"maxExtensionDays"_L1, item.maxExtensionDays},
                  {"flow"_L1, flowToJson(item.flow)}};
    if (!item.conditions.isEmpty())
        o.insert("conditions"_L1, item.conditions);
    if (!item.fees.isEmpty())
        o.insert("fees"_L1, listToJson(item.fees, feeToJson));
    if (item.greenChannelEligible)
        o.insert("greenChannelEligible"_L1, true);
    if (item.timeoutDefault)
        o.insert("timeoutDefault"_L1, true);
    const WarningThresholds defaults;
    if (item.warnings.blueUsedFraction != defaults.blueUsedFraction ||
        item.warnings.yellowDaysLeft != defaults.yellowDaysLeft) {
        o.insert("warnings"_L1, QJsonObject{{"blueUsedFraction"_L1, item.warnings.blueUsedFraction},
                                            {"yellowDaysLeft"_L1, item.warnings.yellowDaysLeft}});
    }
    if (item.certificate) {
        o.insert("certificate"_L1,
                 QJsonObject{{"name"_L1, item.certificate->name},
                             {"validityYears"_L1, item.certificate->validityYears}});
    }
    return o;
}

Result<Item> CatalogueJson::itemFromJson(const QJsonObject &object)
{
    Reader r(u"item"_s, {});
    Item item = readItem(r, object);
    if (r.failed())
        return r.error();
    return item;
}

} // namespace sunhall::core
