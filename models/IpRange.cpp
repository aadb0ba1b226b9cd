#include "IpRange.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <algorithm>

namespace descope {

namespace {

// The models library has no QObject to translate with; this gives the reasons a
// "descope::IpRange" context that lupdate understands.
class IpRangeText
{
    Q_DECLARE_TR_FUNCTIONS(descope::IpRange)
};

constexpr int MaxIpv4Prefix = 32;
constexpr int MaxIpv6Prefix = 128;

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isHexDigit(QChar c)
{
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

// Why `address` (no prefix) is not a dotted-quad IPv4 address.
QString ipv4Problem(const QString &address)
{
    if (address.isEmpty())
        return IpRangeText::tr("The address before the / is missing");
    for (const QChar c : address) {
        if (!isDigit(c) && c != u'.')
            return IpRangeText::tr("%1 is not an IP address or CIDR range").arg(address);
    }
    const QStringList parts = address.split(u'.');
    if (parts.size() != 4)
        return IpRangeText::tr("%1 is not an IPv4 address: it needs four numbers separated by dots")
            .arg(address);
    for (const QString &part : parts) {
        if (part.isEmpty())
            return IpRangeText::tr("%1 is not an IPv4 address: a number is missing between dots")
                .arg(address);
        // Leading zeros are octal to inet_aton and QHostAddress ("010" is 8) and refused by Go:
        // the same entry would mean different addresses to different readers.
        if (part.size() > 1 && part.front() == u'0')
            return IpRangeText::tr("%1 is not an IPv4 address: %2 has a leading zero, which some "
                                   "systems read as octal")
                .arg(address, part);
        if (part.size() > 3 || part.toInt() > 255)
            return IpRangeText::tr("%1 is not an IPv4 address: %2 is more than 255")
                .arg(address, part);
    }
    return {};
}

// Why `address` (no prefix) is not an IPv6 address in any of its textual forms: full,
// compressed with "::", or with an embedded IPv4 address at the end.
QString ipv6Problem(const QString &address)
{
    const qsizetype zone = address.indexOf(u'%');
    if (zone >= 0)
        return IpRangeText::tr("%1: zone IDs such as %2 name a local interface and are not "
                               "allowed in permitted IPs")
            .arg(address, address.mid(zone));
    if (address.contains(u'[') || address.contains(u']'))
        return IpRangeText::tr("%1: write the address without brackets").arg(address);
    for (const QChar c : address) {
        if (!isHexDigit(c) && c != u':' && c != u'.')
            return IpRangeText::tr("%1 is not an IPv6 address: '%2' is not a hex digit")
                .arg(address, QString(c));
    }

    const qsizetype gap = address.indexOf(QLatin1String("::"));
    if (gap >= 0 && address.indexOf(QLatin1String("::"), gap + 1) >= 0)
        return IpRangeText::tr("%1 is not an IPv6 address: '::' may appear only once").arg(address);

    QStringList groups;
    if (gap >= 0) {
        const QString head = address.left(gap);
        const QString tail = address.mid(gap + 2);
        if (!head.isEmpty())
            groups += head.split(u':');
        if (!tail.isEmpty())
            groups += tail.split(u':');
    } else {
        groups = address.split(u':');
    }

    int groupCount = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &group = groups.at(i);
        if (group.isEmpty())
            return IpRangeText::tr("%1 is not an IPv6 address: a group is missing between colons")
                .arg(address);
        if (group.contains(u'.')) {
            if (i != groups.size() - 1)
                return IpRangeText::tr("%1 is not an IPv6 address: an IPv4 part may only come last")
                    .arg(address);
            const QString embedded = ipv4Problem(group);
            if (!embedded.isEmpty())
                return IpRangeText::tr("%1 is not an IPv6 address: %2").arg(address, embedded);
            groupCount += 2;
            continue;
        }
        if (group.size() > 4)
            return IpRangeText::tr("%1 is not an IPv6 address: %2 has more than four hex digits")
                .arg(address, group);
        ++groupCount;
    }

    // "::" stands for at least one group of zeros.
    if (gap >= 0 && groupCount > 7)
        return IpRangeText::tr("%1 is not an IPv6 address: it has too many groups").arg(address);
    if (gap < 0 && groupCount > 8)
        return IpRangeText::tr("%1 is not an IPv6 address: it has %2 groups, not 8")
            .arg(address, QString::number(groupCount));
    if (gap < 0 && groupCount < 8)
        return IpRangeText::tr("%1 is not an IPv6 address: it has %2 groups; it needs 8, or '::' "
                               "for a run of zeros")
            .arg(address, QString::number(groupCount));
    return {};
}

// Why `prefix` (after the slash) is not a prefix length for the family.
QString prefixProblem(const QString &entry, const QString &prefix, bool ipv6)
{
    const int maximum = ipv6 ? MaxIpv6Prefix : MaxIpv4Prefix;
    if (prefix.isEmpty())
        return IpRangeText::tr("%1 has no prefix length after the /").arg(entry);
    if (prefix.contains(u'/'))
        return IpRangeText::tr("%1 has more than one /").arg(entry);
    for (const QChar c : prefix) {
        if (!isDigit(c))
            return IpRangeText::tr("/%1 is not a prefix length: use a number from 0 to %2")
                .arg(prefix, QString::number(maximum));
    }
    if (prefix.size() > 1 && prefix.front() == u'0')
        return IpRangeText::tr("/%1 has a leading zero: write /%2")
            .arg(prefix, QString::number(prefix.toInt()));
    if (prefix.size() > 3 || prefix.toInt() > maximum)
        return ipv6 ? IpRangeText::tr("/%1 is too long for IPv6").arg(prefix)
                    : IpRangeText::tr("/%1 is too long for IPv4").arg(prefix);
    return {};
}

// The first `bits` bits of `bytes` kept, the others cleared.
void keepPrefix(quint8 *bytes, int size, int bits)
{
    for (int i = 0; i < size; ++i) {
        const int kept = std::clamp(bits - 8 * i, 0, 8);
        bytes[i] &= quint8(0xff00u >> kept);
    }
}

} // namespace

QString ipRangeProblem(const QString &entry)
{
    if (entry.trimmed().isEmpty())
        return IpRangeText::tr("An address is required");
    for (const QChar c : entry) {
        if (c.isSpace()) {
            const QString trimmed = entry.trimmed();
            if (trimmed.contains(c))
                return IpRangeText::tr("%1 contains a space: put one address on each line")
                    .arg(trimmed);
            return IpRangeText::tr("Remove the spaces around %1").arg(trimmed);
        }
    }

    const qsizetype slash = entry.indexOf(u'/');
    const QString address = slash < 0 ? entry : entry.left(slash);
    const bool ipv6 = address.contains(u':');
    const QString problem = ipv6 ? ipv6Problem(address) : ipv4Problem(address);
    if (!problem.isEmpty() || slash < 0)
        return problem;
    return prefixProblem(entry, entry.mid(slash + 1), ipv6);
}

} // namespace descope

namespace descope {

QString ipRangeNetwork(const QString &entry)
{
    if (!isIpRange(entry))
        return {};
    const qsizetype slash = entry.indexOf(u'/');
    if (slash < 0)
        return entry;
    // The syntax is checked strictly above; what is left is plain arithmetic, which
    // QHostAddress does right for every form the check lets through.
    const QHostAddress address(entry.left(slash));
    const int prefix = entry.mid(slash + 1).toInt();
    QHostAddress network;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        quint32 bits = address.toIPv4Address();
        bits &= prefix == 0 ? 0u : ~quint32(0) << (MaxIpv4Prefix - prefix);
        network.setAddress(bits);
    } else {
        Q_IPV6ADDR bytes = address.toIPv6Address();
        keepPrefix(bytes.c, int(sizeof(bytes.c)), prefix);
        network.setAddress(bytes);
    }
    return QStringLiteral("%1/%2").arg(network.toString(), QString::number(prefix));
}

QString ipRangeWarning(const QString &entry)
{
    const qsizetype slash = entry.indexOf(u'/');
    if (slash < 0 || !isIpRange(entry))
        return {};
    const QString network = ipRangeNetwork(entry);
    const QString address = entry.left(slash);
    if (QHostAddress(network.left(network.indexOf(u'/'))).isEqual(QHostAddress(address)))
        return {};
    //: %1 is a CIDR range as typed, such as 10.1.2.3/8, %2 the network it stands for, such as
    //: 10.0.0.0/8, and %3 the address alone
    return IpRangeText::tr("%1 covers the whole network %2: write %2 if that is meant, or %3 "
                           "for that one address")
        .arg(entry, network, address);
}

} // namespace descope
