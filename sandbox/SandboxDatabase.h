#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <optional>
#include <stdexcept>

namespace sandbox {

// Thrown when SQLite refuses a write; the request then fails with 500 and nothing is kept.
class StorageError : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// One SQLite connection (WAL, synchronous=FULL so that a committed write survives kill -9 and
// power loss alike) owned by the thread that serves requests. Qt SQL connections are bound
// to the thread that opened them, so open() must run in the server thread.
class SandboxDatabase
{
public:
    SandboxDatabase();
    ~SandboxDatabase();
    SandboxDatabase(const SandboxDatabase &) = delete;
    SandboxDatabase &operator=(const SandboxDatabase &) = delete;

    // An empty path opens a private in-memory database.
    bool open(const QString &path, QString *error);
    bool isNew() const { return m_isNew; }
    QSqlDatabase &connection() { return m_db; }

    std::optional<QByteArray> meta(const QString &name);
    void setMeta(const QString &name, const QByteArray &value);

    // Runs statements that take no parameters; throws StorageError.
    void exec(const QString &statement);

    class Transaction
    {
    public:
        explicit Transaction(SandboxDatabase &database);
        ~Transaction(); // rolls back unless committed
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        void commit();

    private:
        SandboxDatabase &m_database;
        bool m_done = false;
    };

private:
    bool createSchema(QString *error);

    QString m_connectionName;
    QSqlDatabase m_db;
    bool m_isNew = false;
};

} // namespace sandbox
