#include "KeyFormClaims.h"

#include "ClaimsText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QMetaType>
#include <QSet>
#include <QVariant>

#include <cmath>

namespace descope {

using detail::ClaimsText;

namespace {

// The one JSON value in `text`, which has passed the syntax check.
QJsonValue parseCheckedValue(const QString &text)
{
    // QJsonDocument takes only arrays and objects at the top.
    const QString wrapped = u'[' + text + u']';
    return QJsonDocument::fromJson(wrapped.toUtf8()).array().at(0);
}

QString compactJson(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    const QByteArray wrapped = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
}

// A number row's value: integers stay qint64 (exact), others become doubles.
QJsonValue numberValue(const QString &text, QString *problem)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *problem = ClaimsText::tr("A number is required");
        return {};
    }
    if (!jsonNumberGrammar().match(trimmed).hasMatch()) {
        *problem = ClaimsText::tr("Not a number: %1").arg(trimmed);
        return {};
    }
    const bool integral = !trimmed.contains(u'.') && !trimmed.contains(u'e', Qt::CaseInsensitive);
    bool ok = false;
    if (integral) {
        const qint64 integer = trimmed.toLongLong(&ok);
        if (ok)
            return QJsonValue(integer);
    } else {
        const double number = trimmed.toDouble(&ok);
        if (ok && std::isfinite(number))
            return QJsonValue(number);
    }
    *problem =
        ClaimsText::tr("%1 is too large to keep exactly; make the claim a string").arg(trimmed);
    return {};
}

QString numberText(const QJsonValue &value)
{
    const QVariant variant = value.toVariant();
    if (variant.typeId() == QMetaType::LongLong)
        return QString::number(variant.toLongLong());
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
}

} // namespace

bool ClaimRow::isBlank() const
{
    // A fresh boolean row holds "true" from its combo box; it is blank while nameless.
    return name.trimmed().isEmpty() && (type == Type::Boolean || value.trimmed().isEmpty());
}

namespace claims {

ParsedClaims fromRows(const QList<ClaimRow> &rows)
{
    ParsedClaims parsed;
    QSet<QString> seen;
    for (int row = 0; row < rows.size(); ++row) {
        const ClaimRow &claim = rows.at(row);
        if (claim.isBlank())
            continue;
        const QString name = claim.name.trimmed();
        QString problem;
        if (name.isEmpty())
            problem = ClaimsText::tr("A claim name is required");
        else if (const QString reserved = reservedReason(name); !reserved.isEmpty())
            problem = reserved;
        else if (seen.contains(name))
            problem = ClaimsText::tr("Claim name repeated: %1 is in an earlier row").arg(name);
        if (!name.isEmpty())
            seen.insert(name);

        QJsonValue value;
        QString valueProblem;
        switch (claim.type) {
        case ClaimRow::Type::String:
            value = claim.value;
            break;
        case ClaimRow::Type::Number:
            value = numberValue(claim.value, &valueProblem);
            break;
        case ClaimRow::Type::Boolean:
            if (claim.value.trimmed() == QLatin1String("true"))
                value = true;
            else if (claim.value.trimmed() == QLatin1String("false"))
                value = false;
            else
                valueProblem = ClaimsText::tr("Not true or false: %1").arg(claim.value);
            break;
        case ClaimRow::Type::Json:
            if (claim.value.trimmed().isEmpty()) {
                valueProblem = ClaimsText::tr("A JSON value is required");
            } else if (const QString syntax = jsonSyntaxProblem(claim.value); !syntax.isEmpty()) {
                valueProblem = syntax;
            } else {
                value = parseCheckedValue(claim.value);
            }
            break;
        }
        if (!problem.isEmpty()) {
            parsed.problems.append({row, problem, true});
            continue;
        }
        if (!valueProblem.isEmpty()) {
            parsed.problems.append({row, valueProblem, false});
            continue;
        }
        parsed.claims.insert(name, value);
    }
    return parsed;
}

ParsedClaims objectFromText(const QString &text)
{
    ParsedClaims parsed;
    if (text.trimmed().isEmpty())
        return parsed;
    if (const QString syntax = jsonSyntaxProblem(text); !syntax.isEmpty()) {
        parsed.problems.append({-1, syntax});
        return parsed;
    }
    const QJsonValue value = parseCheckedValue(text);
    if (!value.isObject()) {
        parsed.problems.append(
            {-1,
             ClaimsText::tr("JSON: the claims must be one object, such as {\"plan\": \"gold\"}")});
        return parsed;
    }
    parsed.claims = value.toObject();
    return parsed;
}

ParsedClaims fromText(const QString &text)
{
    ParsedClaims parsed = objectFromText(text);
    if (!parsed.ok())
        return parsed;
    for (auto it = parsed.claims.constBegin(); it != parsed.claims.constEnd(); ++it) {
        if (it.key().isEmpty())
            parsed.problems.append(
                {-1, ClaimsText::tr("A claim name is required: \"\" is not one")});
        else if (const QString reserved = reservedReason(it.key()); !reserved.isEmpty())
            parsed.problems.append({-1, reserved});
    }
    if (!parsed.ok())
        parsed.claims = {};
    return parsed;
}

QList<ClaimRow> toRows(const QJsonObject &claims)
{
    QList<ClaimRow> rows;
    for (auto it = claims.begin(); it != claims.end(); ++it) {
        const QJsonValue value = it.value();
        switch (value.type()) {
        case QJsonValue::String:
            rows.append({it.key(), ClaimRow::Type::String, value.toString()});
            break;
        case QJsonValue::Double:
            rows.append({it.key(), ClaimRow::Type::Number, numberText(value)});
            break;
        case QJsonValue::Bool:
            rows.append({it.key(), ClaimRow::Type::Boolean,
                         value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
            break;
        case QJsonValue::Null:
        case QJsonValue::Undefined:
        case QJsonValue::Array:
        case QJsonValue::Object:
            rows.append({it.key(), ClaimRow::Type::Json, compactJson(value)});
            break;
        }
    }
    return rows;
}

QString toText(const QJsonObject &claims)
{
    if (claims.isEmpty())
        return {};
    return QString::fromUtf8(QJsonDocument(claims).toJson(QJsonDocument::Indented)).trimmed();
}

} // namespace claims

} // namespace descope
