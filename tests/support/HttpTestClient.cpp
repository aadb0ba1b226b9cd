#include "HttpTestClient.h"

#include <QEventLoop>
#include <QNetworkReply>
#include <QTimer>

HttpTestClient::HttpTestClient(QUrl baseUrl, QString projectId, QString managementKey)
    : m_baseUrl(std::move(baseUrl))
    , m_projectId(std::move(projectId))
    , m_managementKey(std::move(managementKey))
{}

nlohmann::json HttpTestClient::Response::json() const
{
    return nlohmann::json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

QByteArray HttpTestClient::Response::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray HttpTestClient::managementAuthorization() const
{
    return "Bearer " + m_projectId.toUtf8() + ':' + m_managementKey.toUtf8();
}

QByteArray HttpTestClient::accessKeyAuthorization(const std::string &cleartext) const
{
    return "Bearer " + m_projectId.toUtf8() + ':' + QByteArray::fromStdString(cleartext);
}

QUrl HttpTestClient::url(const QString &pathAndQuery) const
{
    return QUrl(m_baseUrl.toString(QUrl::StripTrailingSlash) + pathAndQuery);
}

HttpTestClient::Response HttpTestClient::post(const QString &path, const nlohmann::json &body) const
{
    return postRaw(path, QByteArray::fromStdString(body.dump()));
}

HttpTestClient::Response HttpTestClient::postRaw(const QString &path, const QByteArray &body,
                                                 const QByteArray &authorization) const
{
    return send("POST", path, body, authorization);
}

HttpTestClient::Response HttpTestClient::get(const QString &path,
                                             const QByteArray &authorization) const
{
    return send("GET", path, {}, authorization);
}

HttpTestClient::Response HttpTestClient::send(const QByteArray &method, const QString &path,
                                              const QByteArray &body,
                                              const QByteArray &authorization, int timeoutMs) const
{
    QNetworkRequest request(url(path));
    if (authorization != NoAuthorization)
        request.setRawHeader("Authorization",
                             authorization.isEmpty() ? managementAuthorization() : authorization);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);

    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append(pair);
    if (reply->error() != QNetworkReply::NoError && response.status == 0)
        response.networkError = reply->errorString();
    reply->deleteLater();
    return response;
}
