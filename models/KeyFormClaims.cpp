#include "KeyFormClaims.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QMetaType>
#include <QRegularExpression>
#include <QSet>
#include <QVariant>

#include <cmath>

namespace descope {

namespace {

// The models library has no QObject to translate with; this gives the reasons a
// "descope::KeyFormClaims" context that lupdate understands.
class ClaimsText
{
    Q_DECLARE_TR_FUNCTIONS(descope::KeyFormClaims)
};

// Claims that Descope's SDKs and RFC 7519 define; Descope sets them in every session token.
const QStringList &registeredClaims()
{
    static const QStringList names = {
        QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"), QStringLiteral("exp"),
        QStringLiteral("nbf"), QStringLiteral("iat"), QStringLiteral("jti"),
    };
    return names;
}

// Descope's own claims in session tokens: authorization, the current tenant, the exchange-time
// claims, the subject of user-bound keys and the session markers (descope-api.md §3).
const QStringList &descopeClaims()
{
    static const QStringList names = {
        QStringLiteral("roles"), QStringLiteral("permissions"), QStringLiteral("tenants"),
        QStringLiteral("dct"),   QStringLiteral("nsec"),        QStringLiteral("dsub"),
        QStringLiteral("amr"),   QStringLiteral("drn"),         QStringLiteral("rexp"),
    };
    return names;
}

// JSON's number: no leading zeros, no "+", no hex, no NaN or Infinity.
const QRegularExpression &numberGrammar()
{
    static const QRegularExpression grammar(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return grammar;
}

// Deep enough for any claim a person types; shallow enough that the checker's recursion is safe.
constexpr int MaxDepth = 64;

// A JSON syntax check that reports the first problem with its line and column, in words a
// person can act on. QJsonParseError only gives an offset and "illegal value".
class JsonChecker
{
public:
    explicit JsonChecker(const QString &text)
        : m_text(text)
    {}

    // True when the text is exactly one JSON value; otherwise problem() says why.
    bool check()
    {
        if (!value(0))
            return false;
        skipSpace();
        if (m_pos < m_text.size())
            return failUnexpected();
        return true;
    }

    const QString &problem() const { return m_problem; }

private:
    bool atEnd() const { return m_pos >= m_text.size(); }
    QChar current() const { return m_text.at(m_pos); }

    void skipSpace()
    {
        while (!atEnd() && (current() == u' ' || current() == u'\t' || current() == u'\n' ||
                            current() == u'\r'))
            ++m_pos;
    }

    bool fail(qsizetype at, const QString &what)
    {
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < at && i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        m_problem = ClaimsText::tr("JSON: %1 at line %2, column %3")
                        .arg(what, QString::number(line), QString::number(at - lineStart + 1));
        return false;
    }

    bool failUnexpected()
    {
        if (atEnd())
            return fail(m_pos, ClaimsText::tr("unexpected end of text"));
        const QChar c = current();
        if (c == u'\n' || c == u'\r')
            return fail(m_pos, ClaimsText::tr("unexpected line break"));
        if (c.category() == QChar::Other_Control)
            return fail(m_pos, ClaimsText::tr("unexpected control character"));
        // A word is quoted whole: "unexpected 'yes'" says more than "unexpected 'y'".
        qsizetype end = m_pos;
        while (end < m_text.size() && m_text.at(end).isLetterOrNumber())
            ++end;
        const QString token = end > m_pos ? m_text.mid(m_pos, end - m_pos) : QString(c);
        return fail(m_pos, ClaimsText::tr("unexpected '%1'").arg(token));
    }

    bool value(int depth)
    {
        skipSpace();
        if (atEnd())
            return failUnexpected();
        const QChar c = current();
        if (c == u'{')
            return object(depth + 1);
        if (c == u'[')
            return array(depth + 1);
        if (c == u'"')
            return string(nullptr);
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            return number();
        return literal();
    }

    bool object(int depth)
    {
        if (depth > MaxDepth)
            return fail(m_pos,
                        ClaimsText::tr("nested more than %n level(s) deep", nullptr, MaxDepth));
        ++m_pos; // {
        skipSpace();
        if (!atEnd() && current() == u'}') {
            ++m_pos;
            return true;
        }
        QSet<QString> names;
        while (true) {
            skipSpace();
            if (atEnd() || current() != u'"')
                return failUnexpected();
            const qsizetype namePos = m_pos;
            QString name;
            if (!string(&name))
                return false;
            if (names.contains(name))
                return fail(namePos, depth == 1
                                         ? ClaimsText::tr("claim name '%1' repeated").arg(name)
                                         : ClaimsText::tr("name '%1' repeated").arg(name));
            names.insert(name);
            skipSpace();
            if (atEnd() || current() != u':')
                return failUnexpected();
            ++m_pos;
            if (!value(depth))
                return false;
            skipSpace();
            if (atEnd())
                return failUnexpected();
            if (current() == u'}') {
                ++m_pos;
                return true;
            }
            if (current() != u',')
                return failUnexpected();
            ++m_pos;
        }
    }

    bool array(int depth)
    {
        if (depth > MaxDepth)
            return fail(m_pos,
                        ClaimsText::tr("nested more than %n level(s) deep", nullptr, MaxDepth));
        ++m_pos; // [
        skipSpace();
        if (!atEnd() && current() == u']') {
            ++m_pos;
            return true;
        }
        while (true) {
            if (!value(depth))
                return false;
            skipSpace();
            if (atEnd())
                return failUnexpected();
            if (current() == u']') {
                ++m_pos;
                return true;
            }
            if (current() != u',')
                return failUnexpected();
            ++m_pos;
        }
    }

    static int hexValue(QChar c)
    {
        if (c >= u'0' && c <= u'9')
            return c.unicode() - u'0';
        if (c >= u'a' && c <= u'f')
            return c.unicode() - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c.unicode() - u'A' + 10;
        return -1;
    }

    bool string(QString *decoded)
    {
        const qsizetype start = m_pos;
        ++m_pos; // "
        while (true) {
            if (atEnd())
                return fail(start, ClaimsText::tr("a string that never ends"));
            const QChar c = current();
            if (c == u'"') {
                ++m_pos;
                return true;
            }
            if (c == u'\n' || c == u'\r')
                return fail(m_pos, ClaimsText::tr("unexpected line break in a string (write \\n)"));
            if (c.unicode() < 0x20)
                return fail(m_pos, ClaimsText::tr("unexpected control character in a string"));
            if (c != u'\\') {
                if (decoded)
                    decoded->append(c);
                ++m_pos;
                continue;
            }
            const qsizetype escapePos = m_pos;
            ++m_pos;
            if (atEnd())
                return fail(start, ClaimsText::tr("a string that never ends"));
            const QChar e = current();
            ++m_pos;
            static const QString simple = QStringLiteral("\"\\/bfnrt");
            static const QString meaning = QStringLiteral("\"\\/\b\f\n\r\t");
            if (const qsizetype index = simple.indexOf(e); index >= 0) {
                if (decoded)
                    decoded->append(meaning.at(index));
                continue;
            }
            if (e != u'u')
                return fail(escapePos, ClaimsText::tr("invalid escape '\\%1'").arg(e));
            int code = 0;
            for (int i = 0; i < 4; ++i) {
                const int digit = atEnd() ? -1 : hexValue(current());
                if (digit < 0)
                    return fail(escapePos, ClaimsText::tr("invalid escape: \\u needs four hex "
                                                          "digits"));
                code = code * 16 + digit;
                ++m_pos;
            }
            if (decoded)
                decoded->append(QChar(char16_t(code)));
        }
    }

    bool number()
    {
        const qsizetype start = m_pos;
        qsizetype end = m_pos;
        while (end < m_text.size() &&
               (m_text.at(end).isLetterOrNumber() || m_text.at(end) == u'.' ||
                m_text.at(end) == u'-' || m_text.at(end) == u'+'))
            ++end;
        const QString token = m_text.mid(start, end - start);
        if (!numberGrammar().match(token).hasMatch())
            return fail(start, ClaimsText::tr("invalid number '%1'").arg(token));
        m_pos = end;
        bool fitsInteger = false;
        bool fitsDouble = false;
        token.toLongLong(&fitsInteger);
        const double number = token.toDouble(&fitsDouble);
        const bool integral = !token.contains(u'.') && !token.contains(u'e', Qt::CaseInsensitive);
        // Qt would keep a longer integer as a rounded double, and refuses an infinite one.
        if ((integral && !fitsInteger) || !fitsDouble || !std::isfinite(number))
            return fail(start, ClaimsText::tr("the number %1 is too large to keep exactly (write "
                                              "it as a string)")
                                   .arg(token));
        return true;
    }

    bool literal()
    {
        for (const auto word :
             {QLatin1String("true"), QLatin1String("false"), QLatin1String("null")}) {
            if (QStringView(m_text).mid(m_pos).startsWith(word)) {
                const qsizetype end = m_pos + word.size();
                // "nullx" is one unknown word, not null followed by junk.
                if (end < m_text.size() && m_text.at(end).isLetterOrNumber())
                    break;
                m_pos = end;
                return true;
            }
        }
        return failUnexpected();
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    QString m_problem;
};

// The one JSON value in `text`, which has passed the checker.
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
    if (!numberGrammar().match(trimmed).hasMatch()) {
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

QStringList reservedNames()
{
    return registeredClaims() + descopeClaims();
}

QString reservedReason(const QString &name)
{
    if (registeredClaims().contains(name))
        return ClaimsText::tr("%1 is a registered JWT claim: Descope sets it in every session "
                              "token")
            .arg(name);
    if (descopeClaims().contains(name))
        return ClaimsText::tr("%1 is reserved: Descope puts its own %1 claim in session tokens")
            .arg(name);
    return {};
}

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
            } else if (JsonChecker checker(claim.value); !checker.check()) {
                valueProblem = checker.problem();
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

ParsedClaims fromText(const QString &text)
{
    ParsedClaims parsed;
    if (text.trimmed().isEmpty())
        return parsed;
    JsonChecker checker(text);
    if (!checker.check()) {
        parsed.problems.append({-1, checker.problem()});
        return parsed;
    }
    const QJsonValue value = parseCheckedValue(text);
    if (!value.isObject()) {
        parsed.problems.append(
            {-1,
             ClaimsText::tr("JSON: the claims must be one object, such as {\"plan\": \"gold\"}")});
        return parsed;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().isEmpty())
            parsed.problems.append(
                {-1, ClaimsText::tr("A claim name is required: \"\" is not one")});
        else if (const QString reserved = reservedReason(it.key()); !reserved.isEmpty())
            parsed.problems.append({-1, reserved});
    }
    if (parsed.problems.isEmpty())
        parsed.claims = object;
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

QString jsonSyntaxProblem(const QString &text)
{
    JsonChecker checker(text);
    return checker.check() ? QString() : checker.problem();
}

} // namespace claims

} // namespace descope
