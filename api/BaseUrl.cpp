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
    return loopback ? QString()
                    : BaseUrlText::tr("Plain http is allowed only for loopback addresses; use "
                                      "https:// for %1.")
                          .arg(url.host());
}

} // namespace descope
