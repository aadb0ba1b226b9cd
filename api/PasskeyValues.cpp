#include "PasskeyValues.h"

#include "PasskeyWording.h"

#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>

namespace descope::detail {

namespace {

// WebAuthn's AuthenticatorTransport values.
constexpr std::array KnownTransports{"usb", "nfc", "ble", "smart-card", "hybrid", "internal"};
// SimpleWebAuthn spells them one way, Auth0's API the other; both reach the server as written.
constexpr std::array KnownDeviceTypes{"singleDevice", "multiDevice", "single_device",
                                      "multi_device"};

bool isAsciiLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
        return false;
    return std::all_of(label.begin(), label.end(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'-';
    });
}

} // namespace

std::optional<QByteArray> decodeBase64(const QString &text)
{
    const QByteArray bytes = text.toLatin1();
    if (text.size() != bytes.size() || bytes.isEmpty())
        return std::nullopt;
    const qsizetype padding = bytes.size() - QByteArray(bytes).replace('=', "").size();
    const qsizetype unpadded = bytes.size() - padding;
    if (padding > 2 || unpadded % 4 == 1 || (padding > 0 && bytes.size() % 4 != 0))
        return std::nullopt;
    const bool urlSafe = bytes.contains('-') || bytes.contains('_');
    auto decoded = QByteArray::fromBase64Encoding(
        bytes, QByteArray::AbortOnBase64DecodingErrors |
                   (urlSafe ? QByteArray::Base64UrlEncoding : QByteArray::Base64Encoding));
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

QString rpIdProblem(const QString &rpId)
{
    if (rpId.contains(QLatin1String("://")))
        return PasskeyText::tr("rpId must be a domain such as example.com, not a URL");
    if (rpId.contains(u':') || rpId.contains(u'/'))
        return PasskeyText::tr("rpId must be a domain such as example.com, without a port or path");
    const QString ascii = QString::fromLatin1(QUrl::toAce(rpId));
    const QStringList labels = ascii.split(u'.');
    const bool valid =
        !ascii.isEmpty() && ascii.size() <= 253 &&
        std::all_of(labels.begin(), labels.end(), [](const QString &l) { return isAsciiLabel(l); });
    if (!valid)
        return PasskeyText::tr("rpId must be a domain such as example.com");
    const QString &last = labels.last();
    if (std::all_of(last.begin(), last.end(), [](QChar c) { return c.isDigit(); }))
        return PasskeyText::tr("rpId must be a domain such as example.com, not an IP address");
    return {};
}

bool isUuid(const QString &text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        const bool hex =
            (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        if (dash ? c != u'-' : !hex)
            return false;
    }
    return true;
}

bool isKnownTransport(const std::string &name)
{
    return std::any_of(KnownTransports.begin(), KnownTransports.end(),
                       [&](const char *t) { return name == t; });
}

bool isKnownDeviceType(const std::string &name)
{
    return std::any_of(KnownDeviceTypes.begin(), KnownDeviceTypes.end(),
                       [&](const char *t) { return name == t; });
}

} // namespace descope::detail
