#include "JsonSyntaxCheck.h"

#include "ClaimsText.h"

#include <QSet>

#include <cmath>

namespace descope {

using detail::ClaimsText;

namespace {

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
        if (!jsonNumberGrammar().match(token).hasMatch())
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

} // namespace

const QRegularExpression &jsonNumberGrammar()
{
    static const QRegularExpression grammar(
        QStringLiteral("^-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?$"));
    return grammar;
}

namespace claims {

QString jsonSyntaxProblem(const QString &text)
{
    JsonChecker checker(text);
    return checker.check() ? QString() : checker.problem();
}

} // namespace claims

} // namespace descope
