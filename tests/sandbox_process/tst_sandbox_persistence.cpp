// The sandbox's SQLite file: what a restart, a kill -9 and seeding leave behind, and that the
// file never holds a key's cleartext.

#include "HttpTestClient.h"
#include "InProcessSandbox.h"
#include "SandboxProcess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using nlohmann::json;
using sandbox_process::InProcessSandbox;
using sandbox_process::SandboxProcess;

namespace {

sandbox::SandboxOptions onFile(const QString &path)
{
    sandbox::SandboxOptions options;
    options.databasePath = path;
    return options;
}

// A member of a JSON object; null when `object` is not an object or lacks it.
json field(const json &object, const char *name)
{
    return object.is_object() ? object.value(name, json()) : json();
}

// A string field of a JSON object as a QString ("" when absent), for readable QCOMPAREs.
QString text(const json &object, const char *name)
{
    const json value = field(object, name);
    return value.is_string() ? QString::fromStdString(value.get<std::string>()) : QString();
}

QString dumped(const json &value)
{
    return QString::fromStdString(value.dump());
}

HttpTestClient::Response loadKey(const HttpTestClient &client, const std::string &id)
{
    return client.get(QStringLiteral("/v1/mgmt/accesskey?id=") + QString::fromStdString(id));
}

json keyOf(const HttpTestClient::Response &response)
{
    return field(response.json(), "key");
}

json loadedKey(const HttpTestClient &client, const std::string &id)
{
    return keyOf(loadKey(client, id));
}

// The keys' IDs in sorted order, so that a comparison does not depend on the search order.
json idsOf(const json &keys)
{
    std::vector<std::string> ids;
    for (const auto &key : keys)
        ids.push_back(text(key, "id").toStdString());
    std::sort(ids.begin(), ids.end());
    return ids;
}

json searchAll(const HttpTestClient &client)
{
    const auto response = client.post(QStringLiteral("/v1/mgmt/accesskey/search"), json::object());
    return response.status == 200 ? field(response.json(), "keys") : json();
}

HttpTestClient::Response exchangeKey(const HttpTestClient &client, const std::string &cleartext)
{
    return client.postRaw(QStringLiteral("/v1/auth/accesskey/exchange"), QByteArrayLiteral("{}"),
                          client.accessKeyAuthorization(cleartext));
}

std::string jwksKid(const HttpTestClient &client, const QString &projectId)
{
    const auto response =
        client.get(QStringLiteral("/v2/keys/") + projectId, HttpTestClient::NoAuthorization);
    const json keys = field(response.json(), "keys");
    if (response.status != 200 || !keys.is_array() || keys.empty())
        return {};
    return text(keys.front(), "kid").toStdString();
}

std::string jwtHeaderKid(const std::string &jwt)
{
    const QByteArray header = QByteArray::fromStdString(jwt.substr(0, jwt.find('.')));
    const QByteArray decoded = QByteArray::fromBase64(header, QByteArray::Base64UrlEncoding |
                                                                  QByteArray::OmitTrailingEquals);
    const json parsed = json::parse(decoded.toStdString(), nullptr, false);
    return text(parsed, "kid").toStdString();
}

// The database file with its WAL and journal companions, concatenated.
QByteArray databaseBytes(const QString &path)
{
    QByteArray bytes;
    for (const QString &suffix :
         {QString(), QStringLiteral("-wal"), QStringLiteral("-journal"), QStringLiteral("-shm")}) {
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            bytes += file.readAll();
    }
    return bytes;
}

// The secret part of a "<keyId>.<secret>" cleartext (the key ID itself is stored, of course).
QByteArray secretPart(const std::string &cleartext, const std::string &id)
{
    const std::string prefix = id + '.';
    return QByteArray::fromStdString(cleartext.starts_with(prefix) ? cleartext.substr(prefix.size())
                                                                   : cleartext);
}

struct CreatedKey
{
    std::string id; // empty when the create failed
    std::string cleartext;
};

CreatedKey createKey(const HttpTestClient &client, const std::string &name)
{
    const auto response = client.post(QStringLiteral("/v1/mgmt/accesskey/create"),
                                      {{"name", name}, {"roleNames", {"Viewer"}}});
    if (response.status != 200) {
        qWarning("create answered %d: %s", response.status, response.body.constData());
        return {};
    }
    const json body = response.json();
    return {text(field(body, "key"), "id").toStdString(), text(body, "cleartext").toStdString()};
}

} // namespace

class SandboxPersistenceTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void restartKeepsKeysSigningKeyAndSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("restart.db"));
        std::string updatedId, inactiveId, deletedId, untouchedId, cleartext, kid;
        json before; // id -> key as loaded just before the stop
        {
            const auto running = InProcessSandbox::start(onFile(path));
            QVERIFY(running);
            const HttpTestClient &client = *running->client;

            const CreatedKey updated = createKey(client, "persisted-updated");
            updatedId = updated.id;
            cleartext = updated.cleartext;
            inactiveId = createKey(client, "persisted-inactive").id;
            deletedId = createKey(client, "persisted-deleted").id;
            untouchedId = createKey(client, "persisted-untouched").id;
            QVERIFY(!updatedId.empty() && !inactiveId.empty() && !deletedId.empty() &&
                    !untouchedId.empty());
            QVERIFY(!cleartext.empty());

            const auto update = client.post(QStringLiteral("/v1/mgmt/accesskey/update"),
                                            {{"id", updatedId},
                                             {"name", "persisted-renamed"},
                                             {"description", "changed before the restart"},
                                             {"roleNames", {"Editor"}}});
            QCOMPARE(update.status, 200);
            QCOMPARE(
                client.post(QStringLiteral("/v1/mgmt/accesskey/deactivate"), {{"id", inactiveId}})
                    .status,
                200);
            QCOMPARE(client.post(QStringLiteral("/v1/mgmt/accesskey/delete"), {{"id", deletedId}})
                         .status,
                     200);

            for (const auto &id : {updatedId, inactiveId, untouchedId}) {
                const auto loaded = loadKey(client, id);
                QCOMPARE(loaded.status, 200);
                before[id] = keyOf(loaded);
            }
            kid = jwksKid(client, running->host->projectId());
            QVERIFY(!kid.empty());
            QCOMPARE(exchangeKey(client, cleartext).status, 200);
        } // the host stops here

        const auto running = InProcessSandbox::start(onFile(path));
        QVERIFY(running);
        const HttpTestClient &client = *running->client;

        for (const auto &id : {updatedId, inactiveId, untouchedId}) {
            const auto loaded = loadKey(client, id);
            QCOMPARE(loaded.status, 200);
            QCOMPARE(dumped(keyOf(loaded)), dumped(before[id]));
        }
        const json renamed = loadedKey(client, updatedId);
        QCOMPARE(text(renamed, "name"), QStringLiteral("persisted-renamed"));
        QCOMPARE(text(renamed, "description"), QStringLiteral("changed before the restart"));
        QCOMPARE(dumped(field(renamed, "roleNames")), QStringLiteral(R"(["Editor"])"));
        QCOMPARE(text(loadedKey(client, inactiveId), "status"), QStringLiteral("inactive"));
        QCOMPARE(text(loadedKey(client, untouchedId), "status"), QStringLiteral("active"));
        QCOMPARE(loadKey(client, deletedId).status, 404);
        QCOMPARE(searchAll(client).size(), std::size_t(3));

        QCOMPARE(jwksKid(client, running->host->projectId()), kid);
        const auto exchanged = exchangeKey(client, cleartext);
        QCOMPARE(exchanged.status, 200);
        QCOMPARE(jwtHeaderKid(text(exchanged.json(), "sessionJwt").toStdString()), kid);
        QCOMPARE(text(exchanged.json(), "keyId"), QString::fromStdString(updatedId));
    }

    void committedKeySurvivesKillNine()
    {
        const QString path = m_dir.filePath(QStringLiteral("killed.db"));
        const QStringList arguments{QStringLiteral("--db"), path};
        std::string id;
        {
            SandboxProcess program(arguments);
            QVERIFY2(program.start(), qPrintable(program.failure()));
            id = createKey(program.client(), "survives-sigkill").id;
            QVERIFY(!id.empty());

            program.kill();
            QCOMPARE(program.process().state(), QProcess::NotRunning);
            QCOMPARE(program.process().exitStatus(), QProcess::CrashExit);
        }

        SandboxProcess restarted(arguments);
        QVERIFY2(restarted.start(), qPrintable(restarted.failure()));
        const auto loaded = loadKey(restarted.client(), id);
        QCOMPARE(loaded.status, 200);
        QCOMPARE(text(keyOf(loaded), "name"), QStringLiteral("survives-sigkill"));
    }

    void seedOptionCreatesThatManyKeys()
    {
        SandboxProcess program({QStringLiteral("--seed"), QStringLiteral("25")});
        QVERIFY2(program.start(), qPrintable(program.failure()));
        const json keys = searchAll(program.client());
        QCOMPARE(keys.size(), std::size_t(25));
    }

    void seedOnlyNewDatabaseSeedsOnce()
    {
        sandbox::SandboxOptions options = onFile(m_dir.filePath(QStringLiteral("seed-once.db")));
        options.seedCount = 25;
        options.seedOnlyNewDatabase = true;
        json firstIds;
        {
            const auto running = InProcessSandbox::start(options);
            QVERIFY(running);
            const json keys = searchAll(*running->client);
            QCOMPARE(keys.size(), std::size_t(25));
            firstIds = idsOf(keys);
        }
        const auto running = InProcessSandbox::start(options);
        QVERIFY(running);
        const json keys = searchAll(*running->client);
        QCOMPARE(keys.size(), std::size_t(25));
        QCOMPARE(dumped(idsOf(keys)), dumped(firstIds));
    }

    void seedEveryStartSeedsAgain()
    {
        sandbox::SandboxOptions options = onFile(m_dir.filePath(QStringLiteral("seed-each.db")));
        options.seedCount = 5;
        options.seedOnlyNewDatabase = false; // what the command line does
        for (const std::size_t expected : {std::size_t(5), std::size_t(10)}) {
            const auto running = InProcessSandbox::start(options);
            QVERIFY(running);
            QCOMPARE(searchAll(*running->client).size(), expected);
        }
    }

    void databaseHoldsNoCleartext()
    {
        const QString path = m_dir.filePath(QStringLiteral("no-cleartext.db"));
        std::string id, cleartext, rotatedCleartext;
        {
            const auto running = InProcessSandbox::start(onFile(path));
            QVERIFY(running);
            const CreatedKey created = createKey(*running->client, "never-stored-in-clear");
            id = created.id;
            cleartext = created.cleartext;
            QVERIFY(!id.empty() && !cleartext.empty());
            const auto rotated =
                running->client->post(QStringLiteral("/v1/mgmt/accesskey/rotate"), {{"id", id}});
            QCOMPARE(rotated.status, 200);
            rotatedCleartext = text(rotated.json(), "cleartext").toStdString();
            QVERIFY(!rotatedCleartext.empty());
            QVERIFY(rotatedCleartext != cleartext);

            // While running, recent writes sit in the WAL.
            const QByteArray bytes = databaseBytes(path);
            QVERIFY(bytes.contains(QByteArray::fromStdString(id))); // we read the right files
            QVERIFY(!bytes.contains(QByteArray::fromStdString(cleartext)));
            QVERIFY(!bytes.contains(secretPart(cleartext, id)));
            QVERIFY(!bytes.contains(QByteArray::fromStdString(rotatedCleartext)));
            QVERIFY(!bytes.contains(secretPart(rotatedCleartext, id)));
        }
        // After a clean stop, the WAL may have been folded into the main file.
        const QByteArray bytes = databaseBytes(path);
        QVERIFY(bytes.contains(QByteArray::fromStdString(id)));
        for (const auto &secret : {cleartext, rotatedCleartext}) {
            QVERIFY(!bytes.contains(QByteArray::fromStdString(secret)));
            QVERIFY(!bytes.contains(secretPart(secret, id)));
        }
    }
};

QTEST_GUILESS_MAIN(SandboxPersistenceTest)
#include "tst_sandbox_persistence.moc"
