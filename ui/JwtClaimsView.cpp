#include "JwtClaimsView.h"

#include "ExchangeResult.h"
#include "JsonTreeWidget.h"
#include "StandardLabels.h"

#include <QLabel>
#include <QVBoxLayout>

namespace descope {

namespace {

const QString NsecClaim = QStringLiteral("nsec");

QString bannerStyle(bool good)
{
    return QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 4px;"
                          " padding: 4px 8px; }")
        .arg(good ? QLatin1String("#15803d") : QLatin1String("#b91c1c"));
}

} // namespace

JwtClaimsView::JwtClaimsView(QWidget *parent)
    : QWidget(parent)
    , m_verification(new QLabel(this))
    , m_headerTree(new JsonTreeWidget(this))
    , m_claimsTree(new JsonTreeWidget(this))
    , m_nsecTree(new JsonTreeWidget(this))
    , m_nsecEmpty(new QLabel(tr("None requested"), this))
{
    m_verification->setObjectName(QStringLiteral("verificationLabel"));
    m_verification->setTextFormat(Qt::PlainText);
    m_verification->setWordWrap(true);
    m_headerTree->setObjectName(QStringLiteral("jwtHeaderTree"));
    m_claimsTree->setObjectName(QStringLiteral("jwtClaimsTree"));
    m_nsecTree->setObjectName(QStringLiteral("jwtNsecTree"));
    m_nsecEmpty->setObjectName(QStringLiteral("jwtNsecEmpty"));
    m_nsecEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_claimsTree->setTimeMembers(timeClaims());
    m_nsecTree->setTimeMembers(timeClaims());

    auto *nsecNote = new QLabel(tr("Chosen by the caller at exchange time, not by the key's "
                                   "configuration: services should not trust them."),
                                this);
    nsecNote->setWordWrap(true);
    nsecNote->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_verification);
    layout->addWidget(sectionTitle(tr("Header"), this));
    layout->addWidget(m_headerTree);
    layout->addWidget(sectionTitle(tr("Claims"), this));
    layout->addWidget(m_claimsTree);
    layout->addWidget(sectionTitle(tr("Exchange-time claims (nsec)"), this));
    layout->addWidget(nsecNote);
    layout->addWidget(m_nsecTree);
    layout->addWidget(m_nsecEmpty);
}

QSet<QString> JwtClaimsView::timeClaims()
{
    return {QStringLiteral("exp"),       QStringLiteral("nbf"),        QStringLiteral("iat"),
            QStringLiteral("auth_time"), QStringLiteral("updated_at"), QStringLiteral("toe"),
            QStringLiteral("rexp")};
}

void JwtClaimsView::showResult(const ExchangeResult &result)
{
    if (result.signatureVerified) {
        const QString kid = result.header.value(QStringLiteral("kid")).toString();
        m_verification->setText(
            //: %1 is the ID (kid) of the project's public key
            tr("Signature verified with the project's public key %1.").arg(kid));
    } else {
        const QString why = result.verificationProblem.isEmpty() ? tr("no reason was given")
                                                                 : result.verificationProblem;
        m_verification->setText(
            //: %1 says why, e.g. "the token's key ID is not among the project's keys"
            tr("The signature could not be verified against the project's keys: %1").arg(why));
    }
    m_verification->setProperty("verified", result.signatureVerified);
    m_verification->setStyleSheet(bannerStyle(result.signatureVerified));

    m_headerTree->setJson(result.header);
    QJsonObject claims = result.claims;
    QJsonObject nsec;
    if (claims.value(NsecClaim).isObject())
        nsec = claims.take(NsecClaim).toObject();
    m_claimsTree->setJson(claims);
    m_nsecTree->setJson(nsec);
    m_nsecTree->setVisible(!nsec.isEmpty());
    m_nsecEmpty->setVisible(nsec.isEmpty());
}

void JwtClaimsView::clear()
{
    m_verification->clear();
    m_verification->setProperty("verified", QVariant());
    m_headerTree->clear();
    m_claimsTree->clear();
    m_nsecTree->clear();
}

} // namespace descope
