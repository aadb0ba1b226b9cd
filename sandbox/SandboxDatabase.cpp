#include "SandboxDatabase.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sandbox {

namespace {

const char *const SchemaStatements[] = {
    "CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS access_keys ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " id TEXT NOT NULL UNIQUE,"
    " document TEXT NOT NULL,"
    " secret_salt BLOB NOT NULL,"
    " secret_hash BLOB NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tenants ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, name TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS roles ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, document TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS passkeys ("
    " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
    " login_id TEXT NOT NULL,"
    " credential_id TEXT NOT NULL,"
    " document TEXT NOT NULL,"
    " UNIQUE (login_id, credential_id))",
};

QString describe(const QSqlError &error)
{
    return error.text().isEmpty() ? QStringLiteral("unknown SQLite error") : error.text();
}

} // namespace

SandboxDatabase::SandboxDatabase()
    : m_connectionName(QStringLiteral("descope-sandbox-") +
                       QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

SandboxDatabase::~SandboxDatabase()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SandboxDatabase::open(const QString &path, QString *error)
{
    m_isNew = path.isEmpty() || !QFileInfo::exists(path) || QFileInfo(path).size() == 0;
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!m_db.open()) {
        *error = QStringLiteral("cannot open the database %1: %2")
                     .arg(path.isEmpty() ? QStringLiteral("in memory") : path,
                          describe(m_db.lastError()));
        return false;
    }
    try {
        exec(QStringLiteral("PRAGMA journal_mode=WAL"));
        exec(QStringLiteral("PRAGMA synchronous=FULL"));
        exec(QStringLiteral("PRAGMA busy_timeout=5000"));
    } catch (const StorageError &failure) {
        *error = QString::fromUtf8(failure.what());
        return false;
    }
    return createSchema(error);
}

bool SandboxDatabase::createSchema(QString *error)
{
    try {
        Transaction transaction(*this);
        for (const char *statement : SchemaStatements)
            exec(QString::fromLatin1(statement));
        transaction.commit();
    } catch (const StorageError &failure) {
        *error = QStringLiteral("cannot create the schema: ") + QString::fromUtf8(failure.what());
        return false;
    }
    return true;
}

void SandboxDatabase::exec(const QString &statement)
{
    QSqlQuery query(m_db);
    if (!query.exec(statement))
        throw StorageError(describe(query.lastError()).toStdString());
}

std::optional<QByteArray> SandboxDatabase::meta(const QString &name)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("SELECT value FROM meta WHERE name = ?"));
    query.addBindValue(name);
    if (!query.exec())
        throw StorageError(describe(query.lastError()).toStdString());
    if (!query.next())
        return std::nullopt;
    return query.value(0).toByteArray();
}

void SandboxDatabase::setMeta(const QString &name, const QByteArray &value)
{
    QSqlQuery query(m_db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (name, value) VALUES (?, ?)"));
    query.addBindValue(name);
    query.addBindValue(value);
    if (!query.exec())
        throw StorageError(describe(query.lastError()).toStdString());
}

SandboxDatabase::Transaction::Transaction(SandboxDatabase &database)
    : m_database(database)
{
    if (!m_database.m_db.transaction())
        throw StorageError(describe(m_database.m_db.lastError()).toStdString());
}

SandboxDatabase::Transaction::~Transaction()
{
    if (!m_done)
        m_database.m_db.rollback();
}

void SandboxDatabase::Transaction::commit()
{
    if (!m_database.m_db.commit())
        throw StorageError(describe(m_database.m_db.lastError()).toStdString());
    m_done = true;
}

} // namespace sandbox
