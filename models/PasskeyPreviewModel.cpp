#include "PasskeyPreviewModel.h"

#include <QBrush>
#include <QColor>

namespace descope {

namespace {

QString yesNo(bool value)
{
    return value ? PasskeyPreviewModel::tr("Yes") : PasskeyPreviewModel::tr("No");
}

QString formatText(PasskeyDevice::Format format)
{
    return format == PasskeyDevice::Format::Descope ? PasskeyPreviewModel::tr("Descope")
                                                    : PasskeyPreviewModel::tr("Auth0");
}

} // namespace

PasskeyPreviewModel::PasskeyPreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int PasskeyPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PasskeyPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void PasskeyPreviewModel::setFile(const PasskeyFile &file)
{
    beginResetModel();
    m_rows.clear();
    m_rows.reserve(file.entries.size());
    for (const PasskeyFile::Entry &entry : file.entries)
        m_rows.append({entry, {}});
    for (const PasskeyProblem &problem : file.problems) {
        if (problem.passkey >= 0 && problem.passkey < m_rows.size())
            m_rows[problem.passkey].problems.append(problem.text());
    }
    endResetModel();
}

void PasskeyPreviewModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

PasskeyPreviewModel::Eligibility PasskeyPreviewModel::backupEligibility(const PasskeyDevice &device)
{
    if (device.format == PasskeyDevice::Format::Descope)
        return device.backupEligible ? Eligibility::Yes : Eligibility::No;
    const QString &type = device.credentialDeviceType;
    if (type == QLatin1String("multiDevice") || type == QLatin1String("multi_device"))
        return Eligibility::Yes;
    if (type == QLatin1String("singleDevice") || type == QLatin1String("single_device"))
        return Eligibility::No;
    return Eligibility::Unknown;
}

QVariant PasskeyPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case HasProblemsRole:
        return !row.problems.isEmpty();
    case Qt::ForegroundRole:
        if (!row.problems.isEmpty())
            return QBrush(QColor(0xb9, 0x1c, 0x1c));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LineColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PasskeyPreviewModel::displayData(const Row &row, int column) const
{
    const PasskeyDevice &device = row.entry.device;
    switch (column) {
    case LineColumn:
        return QString::number(row.entry.line);
    case CredentialIdColumn:
        return device.credentialId;
    case RelyingPartyColumn:
        return device.rpId;
    case TransportsColumn:
        return device.transports.join(QLatin1String(", "));
    case BackupEligibleColumn:
        switch (backupEligibility(device)) {
        case Eligibility::Yes:
            return tr("Yes");
        case Eligibility::No:
            return tr("No");
        case Eligibility::Unknown:
            return tr("Unknown");
        }
        return {};
    case BackedUpColumn:
        return yesNo(device.backupState);
    case FormatColumn:
        return formatText(device.format);
    default:
        return {};
    }
}

QVariant PasskeyPreviewModel::sortData(const Row &row, int column) const
{
    const PasskeyDevice &device = row.entry.device;
    switch (column) {
    case LineColumn:
        return row.entry.line;
    case BackupEligibleColumn:
        return int(backupEligibility(device));
    case BackedUpColumn:
        return int(device.backupState);
    default:
        return displayData(row, column);
    }
}

QVariant PasskeyPreviewModel::toolTipData(const Row &row, int column) const
{
    if (!row.problems.isEmpty())
        return row.problems.join(u'\n');
    const PasskeyDevice &device = row.entry.device;
    switch (column) {
    case CredentialIdColumn:
        return device.credentialId;
    case BackupEligibleColumn:
        if (device.format == PasskeyDevice::Format::Auth0)
            return device.credentialDeviceType.isEmpty()
                       ? tr("The file does not give credentialDeviceType.")
                       : tr("From credentialDeviceType: %1").arg(device.credentialDeviceType);
        return {};
    default:
        return {};
    }
}

QVariant PasskeyPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LineColumn:
        return tr("Line");
    case CredentialIdColumn:
        return tr("Credential ID");
    case RelyingPartyColumn:
        return tr("Relying Party");
    case TransportsColumn:
        return tr("Transports");
    case BackupEligibleColumn:
        return tr("Backup Eligible");
    case BackedUpColumn:
        return tr("Backed Up");
    case FormatColumn:
        return tr("Format");
    default:
        return {};
    }
}

QHash<int, QByteArray> PasskeyPreviewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, "sort");
    names.insert(HasProblemsRole, "hasProblems");
    return names;
}

} // namespace descope
