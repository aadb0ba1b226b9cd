#include "PasskeyStore.h"

#include "SandboxDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sandbox {

PasskeyStore::PasskeyStore(SandboxDatabase &database)
    : m_database(database)
{}

void PasskeyStore::import(const std::string &loginId, const std::vector<nlohmann::json> &devices)
{
    SandboxDatabase::Transaction transaction(m_database);
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO passkeys (login_id, credential_id, document)"
                                 " VALUES (?, ?, ?) ON CONFLICT (login_id, credential_id)"
                                 " DO UPDATE SET document = excluded.document"));
    for (const auto &device : devices) {
        query.bindValue(0, QString::fromStdString(loginId));
        query.bindValue(1, QString::fromStdString(device.at("id").get<std::string>()));
        query.bindValue(2, QString::fromStdString(device.dump()));
        if (!query.exec())
            throw StorageError(query.lastError().text().toStdString());
    }
    transaction.commit();
}

std::vector<nlohmann::json> PasskeyStore::list(const std::string &loginId)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT document FROM passkeys WHERE login_id = ? ORDER BY seq"));
    query.addBindValue(QString::fromStdString(loginId));
    if (!query.exec())
        throw StorageError(query.lastError().text().toStdString());
    std::vector<nlohmann::json> devices;
    while (query.next()) {
        auto device =
            nlohmann::json::parse(query.value(0).toString().toStdString(), nullptr, false);
        if (!device.is_discarded())
            devices.push_back(std::move(device));
    }
    return devices;
}

} // namespace sandbox
