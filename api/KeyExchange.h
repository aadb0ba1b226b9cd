#pragma once

#include "ExchangeResult.h"
#include "ManagementClient.h"

#include <QObject>
#include <QPointer>

#include <nlohmann/json.hpp>

namespace descope {

// Exchanges an access key for a session JWT and checks the token the way Descope's SDKs do:
// decode it, find its `kid` among the project's public keys (fetched once, and again when the
// kid is unknown), verify the RS256 signature. A token that does not verify is still shown,
// with the reason, so the user sees what the server sent.
class KeyExchange : public QObject
{
    Q_OBJECT

public:
    explicit KeyExchange(ManagementClient *client, QObject *parent = nullptr);

    void exchange(const QString &accessKey, const QJsonObject &customClaims,
                  const QString &selectedTenant, const QObject *context,
                  Callback<ExchangeResult> callback);
    void cancel();

private:
    void verify(ExchangeResult result, const QObject *context, Callback<ExchangeResult> callback,
                bool refetched);

    ManagementClient *m_client;
    QPointer<ApiJob> m_job;
    nlohmann::json m_jwks;
};

} // namespace descope
