#include "ExchangeClaims.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonParseError>

namespace descope {

namespace {

class ExchangeClaimsText
{
    Q_DECLARE_TR_FUNCTIONS(descope::ExchangeClaims)
};

} // namespace

ExchangeClaimsInput parseExchangeClaims(const QString &text)
{
    if (text.trimmed().isEmpty())
        return {};
    const QByteArray utf8 = text.toUtf8();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &error);
    if (error.error != QJsonParseError::NoError) {
        // The offset counts UTF-8 bytes; lines and columns count characters, from 1.
        const QString before = QString::fromUtf8(utf8.left(error.offset));
        const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
        const auto line = before.count(u'\n') + 1;
        const auto column = before.size() - lineStart + 1;
        //: %1 line, %2 column, %3 what is wrong, e.g. "missing value separator"
        return {{},
                ExchangeClaimsText::tr("Line %1, column %2: %3")
                    .arg(line)
                    .arg(column)
                    .arg(error.errorString())};
    }
    if (!document.isObject())
        return {{},
                ExchangeClaimsText::tr(
                    "The custom claims must be a JSON object, such as {\"team\": \"qa\"}.")};
    return {document.object(), {}};
}

} // namespace descope
