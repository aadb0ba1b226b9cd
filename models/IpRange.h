#pragma once

#include <QString>

namespace descope {

// One entry of a key's permittedIps: an IPv4 or IPv6 address, or a CIDR range of either.
//
// Stricter than QHostAddress on purpose, so that what the console sends means the same thing
// everywhere: QHostAddress reads "010.0.0.1" as octal (8.0.0.1) and "1.2.3" as 1.2.0.3, and
// accepts zone IDs and netmask suffixes that a server written against Go's net package
// refuses. Every entry accepted here is also accepted by the sandbox.

// Why `entry` is not an address or CIDR range, in one sentence that names the culprit
// ("10.0.0.300 is not an IPv4 address: 300 is more than 255", "/33 is too long for IPv4");
// an empty string when it is one. `entry` is taken as it is: surrounding blanks are a problem.
QString ipRangeProblem(const QString &entry);

inline bool isIpRange(const QString &entry)
{
    return ipRangeProblem(entry).isEmpty();
}

// The network a CIDR range stands for, with the host bits cleared ("10.0.0.0/8" for
// "10.1.2.3/8"); the entry itself for a single address, and an empty string when `entry` is not
// an IP range. IPv6 networks are written in their shortest form.
QString ipRangeNetwork(const QString &entry);

// Something worth knowing about an entry that is nevertheless accepted (by the form and by
// Descope), or an empty string: a CIDR range whose address has host bits set, such as
// "10.1.2.3/8", covers the whole network 10.0.0.0/8, which is rarely what was meant.
QString ipRangeWarning(const QString &entry);

} // namespace descope
