// What the views read of the key table: each cell's text, sort value, tooltip, colour and
// font, the headers and role names, and the order of rows by a column.

#include "KeyTableModel.h"
#include "KeyTimeFormat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

#include <limits>

namespace descope {

namespace {

QString tenantsText(const AccessKey &key)
{
    QStringList names;
    names.reserve(key.keyTenants.size());
    for (const KeyTenant &tenant : key.keyTenants)
        names.append(tenant.tenantName.isEmpty() ? tenant.tenantId : tenant.tenantName);
    return names.join(QLatin1String(", "));
}

// "Never" sorts after every date.
qint64 expirySortValue(qint64 expireTime)
{
    return expireTime == 0 ? std::numeric_limits<qint64>::max() : expireTime;
}

template <typename T>
int threeWay(const T &left, const T &right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

int KeyTableModel::compareNames(int leftRow, int rightRow) const
{
    return threeWay(m_nameRanks[size_t(leftRow)], m_nameRanks[size_t(rightRow)]);
}

bool KeyTableModel::lessThan(int column, int leftRow, int rightRow) const
{
    const AccessKey &left = key(leftRow);
    const AccessKey &right = key(rightRow);
    int order = 0;
    switch (Column(column)) {
    case NameColumn:
        return compareNames(leftRow, rightRow) < 0;
    case StatusColumn:
        order = threeWay(int(status(leftRow)), int(status(rightRow)));
        break;
    case ExpiresColumn:
        order = threeWay(expirySortValue(left.expireTime), expirySortValue(right.expireTime));
        break;
    case CreatedColumn:
        order = threeWay(left.createdTime, right.createdTime);
        break;
    case CreatedByColumn:
        order = left.createdBy.compare(right.createdBy, Qt::CaseInsensitive);
        break;
    case RolesColumn:
        order = threeWay(left.roleNames.size(), right.roleNames.size());
        break;
    case TenantsColumn:
        order = threeWay(left.keyTenants.size(), right.keyTenants.size());
        break;
    case BoundUserColumn:
        order = left.boundUserId.compare(right.boundUserId, Qt::CaseInsensitive);
        break;
    case DescriptionColumn:
        order = left.description.compare(right.description, Qt::CaseInsensitive);
        break;
    case PermittedIpsColumn:
        order = threeWay(left.permittedIps.size(), right.permittedIps.size());
        break;
    case KeyIdColumn:
        order = left.id.compare(right.id);
        break;
    case ColumnCount:
        break;
    }
    // Ties fall back to the name, so equal values still come out in a predictable order.
    return order != 0 ? order < 0 : compareNames(leftRow, rightRow) < 0;
}

QVariant KeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return displayData(row, index.column());
    case Qt::ToolTipRole:
        return toolTipData(row, index.column());
    case SortRole:
        return sortData(row, index.column());
    case KeyIdRole:
        return row.key.id;
    case StatusRole:
        return int(status(index.row()));
    case ExpiringSoonRole:
        return isExpiringSoon(index.row());
    case BusyRole:
        return int(row.activity);
    case Qt::ForegroundRole:
        // A key waiting for the server's answer reads in grey, as a key that does not work.
        if (row.activity != KeyActivity::None && index.column() == StatusColumn)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (status(index.row()) != KeyStatus::Active)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (isExpiringSoon(index.row()) &&
            (index.column() == ExpiresColumn || index.column() == StatusColumn))
            return QBrush(QColor(0xb3, 0x5c, 0x00));
        return {};
    case Qt::FontRole:
        if (index.column() == StatusColumn && row.activity != KeyActivity::None) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (index.column() == ExpiresColumn && isExpiringSoon(index.row())) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant KeyTableModel::displayData(const Row &row, int column) const
{
    const AccessKey &key = row.key;
    switch (Column(column)) {
    case NameColumn:
        return key.name;
    case StatusColumn:
        if (row.activity != KeyActivity::None)
            return keyActivityText(row.activity);
        return keyStatusName(deriveKeyStatus(key.active, key.expireTime, m_nowSeconds));
    case ExpiresColumn:
        return formatExpiry(key.expireTime, m_nowSeconds);
    case CreatedColumn:
        // The date alone keeps the column narrow; the tooltip has the exact time.
        return key.createdTime == 0
                   ? QString()
                   : QLocale().toString(QDateTime::fromSecsSinceEpoch(key.createdTime).date(),
                                        QLocale::ShortFormat);
    case CreatedByColumn:
        return key.createdBy;
    case RolesColumn:
        return key.roleNames.join(QLatin1String(", "));
    case TenantsColumn:
        return tenantsText(key);
    case BoundUserColumn:
        return key.boundUserId;
    case DescriptionColumn:
        return key.description;
    case PermittedIpsColumn:
        return key.permittedIps.join(QLatin1String(", "));
    case KeyIdColumn:
        return key.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KeyTableModel::sortData(const Row &row, int column) const
{
    const AccessKey &key = row.key;
    switch (Column(column)) {
    case NameColumn:
        return key.name;
    case StatusColumn:
        return int(deriveKeyStatus(key.active, key.expireTime, m_nowSeconds));
    case ExpiresColumn:
        return expirySortValue(key.expireTime);
    case CreatedColumn:
        return key.createdTime;
    case CreatedByColumn:
        return key.createdBy;
    case RolesColumn:
        return qint64(key.roleNames.size());
    case TenantsColumn:
        return qint64(key.keyTenants.size());
    case BoundUserColumn:
        return key.boundUserId;
    case DescriptionColumn:
        return key.description;
    case PermittedIpsColumn:
        return qint64(key.permittedIps.size());
    case KeyIdColumn:
        return key.id;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant KeyTableModel::toolTipData(const Row &row, int column) const
{
    const AccessKey &key = row.key;
    switch (Column(column)) {
    case StatusColumn:
        if (row.activity == KeyActivity::None)
            return {};
        //: The tooltip of a key's status while a call about it runs; %1 is its status until then
        return tr("Waiting for the server's answer. Status until then: %1")
            .arg(keyStatusName(deriveKeyStatus(key.active, key.expireTime, m_nowSeconds)));
    case ExpiresColumn:
        if (key.expireTime == 0)
            return tr("This key never expires");
        return formatLocalDateTime(key.expireTime);
    case CreatedColumn:
        return key.createdTime == 0 ? QVariant() : formatLocalDateTime(key.createdTime);
    case TenantsColumn: {
        QStringList lines;
        for (const KeyTenant &tenant : key.keyTenants) {
            const QString name = tenant.tenantName.isEmpty() ? tenant.tenantId : tenant.tenantName;
            //: %1 is a tenant, %2 the roles the key has in it
            lines.append(tr("%1: %2").arg(name, tenant.roleNames.join(QLatin1String(", "))));
        }
        return lines.isEmpty() ? QVariant() : lines.join(u'\n');
    }
    case RolesColumn:
    case PermittedIpsColumn:
    case DescriptionColumn:
        return displayData(row, column);
    default:
        return {};
    }
}

QVariant KeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case StatusColumn:
        //: Column header: whether the key is active, inactive or expired
        return tr("Status", "column header");
    case ExpiresColumn:
        //: Column header: when the key expires (a relative time such as "in 3 days")
        return tr("Expires", "column header");
    case CreatedColumn:
        //: Column header: when the key was created
        return tr("Created", "column header");
    case CreatedByColumn:
        //: Column header: who created the key
        return tr("Created by", "column header");
    case RolesColumn:
        return tr("Roles");
    case TenantsColumn:
        return tr("Tenants");
    case BoundUserColumn:
        //: Column header: the user a key acts for
        return tr("Bound user");
    case DescriptionColumn:
        return tr("Description");
    case PermittedIpsColumn:
        return tr("Permitted IPs");
    case KeyIdColumn:
        return tr("Key ID");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> KeyTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SortRole, QByteArrayLiteral("sortValue"));
    names.insert(KeyIdRole, QByteArrayLiteral("keyId"));
    names.insert(StatusRole, QByteArrayLiteral("status"));
    names.insert(ExpiringSoonRole, QByteArrayLiteral("expiringSoon"));
    names.insert(BusyRole, QByteArrayLiteral("busy"));
    return names;
}

} // namespace descope
