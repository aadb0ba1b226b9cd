#pragma once

#include "JsonTestPrinting.h"

#include <QByteArray>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QUrl>

#include <nlohmann/json.hpp>

// A blocking HTTP client for tests: it spins the caller's event loop until the answer is in,
// so the server under test must run in another thread (SandboxHost does that).
class HttpTestClient
{
public:
    struct Response
    {
        int status = 0; // 0 when no HTTP answer arrived
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString networkError;

        nlohmann::json json() const; // discarded value when the body is not JSON
        QByteArray header(const QByteArray &name) const;
    };

    // Pass as `authorization` to send no Authorization header at all.
    static inline const QByteArray NoAuthorization = QByteArrayLiteral("<none>");

    HttpTestClient(QUrl baseUrl, QString projectId, QString managementKey);

    // Management calls carry `Bearer <projectId>:<managementKey>` unless `authorization` is set.
    Response post(const QString &path, const nlohmann::json &body) const;
    Response postRaw(const QString &path, const QByteArray &body,
                     const QByteArray &authorization = {}) const;
    Response get(const QString &path, const QByteArray &authorization = {}) const;
    Response send(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QByteArray &authorization, int timeoutMs = 30000) const;

    QByteArray managementAuthorization() const;
    QByteArray accessKeyAuthorization(const std::string &cleartext) const;
    QUrl url(const QString &pathAndQuery) const;

private:
    QUrl m_baseUrl;
    QString m_projectId;
    QString m_managementKey;
    mutable QNetworkAccessManager m_network;
};
