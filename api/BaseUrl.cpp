#include "BaseUrl.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace descope {

namespace {
constexpr qsizetype RegionalIdLength = 32;
constexpr qsizetype RegionLength = 4;

// The problems are shown under the base URL field; this gives them BaseUrlText::tr() in the
// "descope::BaseUrl" context.
class BaseUrlText
{
    Q_DECLARE_TR_FUNCTIONS(descope::BaseUrl)
};
} // namespace

QUrl baseUrlForProjectId(const QString &projectId)
{
    if (projectId.size() >= RegionalIdLength) {
        const QString region = projectId.mid(1, RegionLength).toLower();
        return QUrl(QStringLiteral("https://api.%1.descope.com").arg(region));
    }
    return QUrl(QStringLiteral("https://api.descope.com"));
}

QString baseUrlProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return BaseUrlText::tr("The base URL is not a valid URL with a host name.");
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https")
        return {};
    if (scheme != u"http")
        return BaseUrlText::tr("The base URL must start with https://.");
    const QHostAddress address(url.host());
    const bool loopback =
        url.host().compare(u"localhost", Qt::CaseInsensitive) == 0 || address.isLoopback();
    // Refused, not merely warned about: the management key administers every access key of
    // the project, and nothing the user could confirm makes plain http to another machine safe.
    if (loopback)
        return {};
    //: %1 is the host name of the base URL
    return BaseUrlText::tr("Plain http would send the management key to %1 unencrypted, for "
                           "anyone on the network to read: use https://. Plain http is allowed "
                           "only for this computer (localhost, 127.0.0.1 or ::1); reach a test "
                           "server elsewhere through a tunnel to it.")
        .arg(url.host());
}

} // namespace descope
