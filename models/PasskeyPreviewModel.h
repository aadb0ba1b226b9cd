#pragma once

#include "PasskeyFile.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace descope {

// The passkeys of a file about to be imported, one row each in file order, so that an
// administrator sees what would be sent before anything is. Rows of passkeys with problems
// stand out and carry those problems in their tooltip. DisplayRole is translated text;
// SortRole holds the raw value (line number, text, or -1/0/1 for the backup flags).
class PasskeyPreviewModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LineColumn,
        CredentialIdColumn,
        RelyingPartyColumn,
        TransportsColumn,
        BackupEligibleColumn,
        BackedUpColumn,
        FormatColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        SortRole = Qt::UserRole + 1,
        HasProblemsRole, // bool, on every column
    };
    Q_ENUM(Role)

    explicit PasskeyPreviewModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Shows the file's passkeys instead of the previous ones: a new file is a new set, so this
    // resets the model.
    void setFile(const PasskeyFile &file);
    void clear();

    // Rows follow the file: row N is passkey N of PasskeyFile::entries (PasskeyProblem::passkey).
    const PasskeyFile::Entry &entry(int row) const { return m_rows[row].entry; }

    // Whether a passkey can be backed up: Descope says so in backupEligible; Auth0's
    // credentialDeviceType says it (multiDevice) or not (singleDevice), or nothing.
    enum class Eligibility
    {
        Unknown = -1,
        No = 0,
        Yes = 1,
    };
    static Eligibility backupEligibility(const PasskeyDevice &device);

private:
    struct Row
    {
        PasskeyFile::Entry entry;
        QStringList problems; // the texts, for the tooltip
    };

    QVariant displayData(const Row &row, int column) const;
    QVariant sortData(const Row &row, int column) const;
    QVariant toolTipData(const Row &row, int column) const;

    QList<Row> m_rows;
};

} // namespace descope
