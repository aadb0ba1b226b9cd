#include "KeyForm.h"

#include "IpRange.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

#include <algorithm>

namespace descope {

namespace {

// The models library has no QObject to translate with; this gives the reasons a
// "descope::KeyForm" context that lupdate understands.
class KeyFormText
{
    Q_DECLARE_TR_FUNCTIONS(descope::KeyForm)
};

constexpr qint64 Day = 24 * 60 * 60;

bool containsSpace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

void checkExpiry(const KeyForm &form, qint64 nowSeconds, QList<FieldProblem> &problems)
{
    if (!form.isNew)
        return; // fixed when the key was created; an expired key can still be edited
    if (form.expiryPreset == KeyForm::ExpiryPreset::Custom) {
        if (form.customExpiry <= 0)
            problems.append({KeyField::Expiry, -1, KeyFormText::tr("Choose a date and time")});
        else if (form.customExpiry <= nowSeconds)
            problems.append({KeyField::Expiry, -1, KeyFormText::tr("The expiry is in the past")});
    }
    if (form.expireTime(nowSeconds) > KeyForm::LatestExpiry)
        problems.append(
            {KeyField::Expiry, -1,
             KeyFormText::tr("Descope cannot store expiry times after 19 January 2038, 03:14 UTC; "
                             "choose an earlier date")});
}

void checkTenants(const KeyForm &form, QList<FieldProblem> &problems)
{
    if (form.roleScope != KeyForm::RoleScope::Tenants)
        return;
    QSet<QString> seen;
    for (int row = 0; row < form.tenantRoles.size(); ++row) {
        const KeyTenant &tenant = form.tenantRoles.at(row);
        if (tenant.tenantId.isEmpty()) {
            problems.append({KeyField::TenantRoles, row, KeyFormText::tr("Choose a tenant")});
            continue;
        }
        // The server refuses a tenant listed twice; merging the roles silently could surprise.
        if (seen.contains(tenant.tenantId)) {
            const QString shown = tenant.tenantName.isEmpty() ? tenant.tenantId : tenant.tenantName;
            problems.append(
                {KeyField::TenantRoles, row,
                 KeyFormText::tr("Tenant repeated: %1 is in an earlier row").arg(shown)});
        }
        seen.insert(tenant.tenantId);
    }
}

void checkPermittedIps(const KeyForm &form, QList<FieldProblem> &problems)
{
    QSet<QString> seen;
    for (int line = 0; line < form.permittedIps.size(); ++line) {
        const QString entry = form.permittedIps.at(line).trimmed();
        if (entry.isEmpty())
            continue;
        if (const QString problem = ipRangeProblem(entry); !problem.isEmpty()) {
            problems.append({KeyField::PermittedIps, line, problem});
            continue;
        }
        const QString folded = entry.toLower(); // IPv6 hex digits in either case
        if (seen.contains(folded))
            problems.append(
                {KeyField::PermittedIps, line, KeyFormText::tr("%1 is listed twice").arg(entry)});
        seen.insert(folded);
    }
}

QList<KeyTenant> requestTenants(const QList<KeyTenant> &tenants)
{
    QList<KeyTenant> result;
    for (const KeyTenant &tenant : tenants) {
        if (!tenant.tenantId.isEmpty())
            result.append({tenant.tenantId, QString(), tenant.roleNames});
    }
    return result;
}

bool sameTenantRoles(const QList<KeyTenant> &a, const QList<KeyTenant> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const KeyTenant &x, const KeyTenant &y) {
                          return x.tenantId == y.tenantId && x.roleNames == y.roleNames;
                      });
}

} // namespace

KeyForm KeyForm::fromKey(const AccessKey &key)
{
    KeyForm form;
    form.isNew = false;
    form.name = key.name;
    form.description = key.description;
    form.fixedExpiry = key.expireTime;
    form.expiryPreset = key.expireTime == 0 ? ExpiryPreset::Never : ExpiryPreset::Custom;
    form.customExpiry = key.expireTime;
    form.boundUserId = key.boundUserId;
    form.roleScope = key.keyTenants.isEmpty() ? RoleScope::Project : RoleScope::Tenants;
    form.projectRoles = key.roleNames;
    form.tenantRoles = key.keyTenants;
    form.permittedIps = key.permittedIps;
    form.claimsView = ClaimsView::Rows;
    form.claimRows = claims::toRows(key.customClaims);
    form.claimsText = claims::toText(key.customClaims);
    form.claimRowsWhenLeft = form.claimRows;
    form.claimsTextWhenLeft = form.claimsText;
    return form;
}

QList<FieldProblem> KeyForm::problems(qint64 nowSeconds) const
{
    QList<FieldProblem> problems;
    if (name.trimmed().isEmpty())
        problems.append({KeyField::Name, -1, KeyFormText::tr("A name is required")});
    checkExpiry(*this, nowSeconds, problems);
    if (isNew && containsSpace(boundUserId.trimmed()))
        problems.append(
            {KeyField::BoundUser, -1, KeyFormText::tr("A user ID has no spaces in it")});
    checkTenants(*this, problems);
    checkPermittedIps(*this, problems);
    for (const ClaimProblem &problem : parsedClaims().problems)
        problems.append({KeyField::CustomClaims, problem.row, problem.reason});
    return problems;
}

QList<FieldProblem> KeyForm::warnings() const
{
    return permittedIpWarnings(permittedIps);
}

QList<FieldProblem> KeyForm::permittedIpWarnings(const QStringList &lines)
{
    QList<FieldProblem> warnings;
    for (int line = 0; line < lines.size(); ++line) {
        if (const QString warning = ipRangeWarning(lines.at(line).trimmed()); !warning.isEmpty())
            warnings.append({KeyField::PermittedIps, line, warning});
    }
    return warnings;
}

qint64 KeyForm::presetExpiry(ExpiryPreset preset, qint64 nowSeconds)
{
    switch (preset) {
    case ExpiryPreset::Days30:
        return nowSeconds + 30 * Day;
    case ExpiryPreset::Days60:
        return nowSeconds + 60 * Day;
    case ExpiryPreset::Days90:
        return nowSeconds + 90 * Day;
    case ExpiryPreset::OneYear:
        // A calendar year: the same date next year, 29 February becoming 28 February.
        return QDateTime::fromSecsSinceEpoch(nowSeconds, Qt::UTC).addYears(1).toSecsSinceEpoch();
    case ExpiryPreset::Never:
    case ExpiryPreset::Custom:
        break;
    }
    return 0;
}

qint64 KeyForm::expireTime(qint64 nowSeconds) const
{
    if (!isNew)
        return fixedExpiry;
    if (expiryPreset == ExpiryPreset::Custom)
        return customExpiry;
    return presetExpiry(expiryPreset, nowSeconds);
}

QStringList KeyForm::permittedIpList() const
{
    QStringList list;
    for (const QString &line : permittedIps) {
        const QString entry = line.trimmed();
        if (!entry.isEmpty())
            list.append(entry);
    }
    return list;
}

ParsedClaims KeyForm::parsedClaims() const
{
    return claimsView == ClaimsView::Rows ? claims::fromRows(claimRows)
                                          : claims::fromText(claimsText);
}

CreateKeyRequest KeyForm::toCreateRequest(qint64 nowSeconds) const
{
    CreateKeyRequest request;
    request.name = name.trimmed();
    request.expireTime = expireTime(nowSeconds);
    if (roleScope == RoleScope::Project)
        request.roleNames = projectRoles;
    else
        request.keyTenants = requestTenants(tenantRoles);
    request.description = description.trimmed();
    request.permittedIps = permittedIpList();
    request.customClaims = parsedClaims().claims;
    request.boundUserId = boundUserId.trimmed();
    return request;
}

UpdateKeyRequest KeyForm::toUpdateRequest(const AccessKey &original) const
{
    UpdateKeyRequest request = UpdateKeyRequest::fromKey(original);
    request.name = name.trimmed();
    request.description = description.trimmed();
    // The scope not chosen is sent empty, so switching scope really replaces the roles.
    request.roleNames = roleScope == RoleScope::Project ? projectRoles : QStringList();
    request.keyTenants =
        roleScope == RoleScope::Tenants ? requestTenants(tenantRoles) : QList<KeyTenant>();
    request.permittedIps = permittedIpList();
    request.customClaims = parsedClaims().claims;
    return request;
}

void KeyForm::setClaimsView(ClaimsView view)
{
    if (view == claimsView)
        return;
    const bool leavingRows = claimsView == ClaimsView::Rows;
    const bool changed =
        leavingRows ? claimRows != claimRowsWhenLeft : claimsText != claimsTextWhenLeft;
    const ParsedClaims leaving = parsedClaims();
    claimsView = view;
    if (leavingRows)
        claimRowsWhenLeft = claimRows;
    else
        claimsTextWhenLeft = claimsText;
    if (!changed || !leaving.ok())
        return;
    if (leavingRows)
        claimsText = claimsTextWhenLeft = claims::toText(leaving.claims);
    else
        claimRows = claimRowsWhenLeft = claims::toRows(leaving.claims);
}

bool KeyForm::claimsViewsAgree() const
{
    const ParsedClaims rows = claims::fromRows(claimRows);
    const ParsedClaims text = claims::fromText(claimsText);
    return rows.ok() && text.ok() && rows.claims == text.claims;
}

bool KeyForm::hasChangesFrom(const KeyForm &original) const
{
    if (name != original.name || description != original.description ||
        roleScope != original.roleScope || projectRoles != original.projectRoles ||
        !sameTenantRoles(tenantRoles, original.tenantRoles) ||
        permittedIpList() != original.permittedIpList())
        return true;
    if (isNew && (expiryPreset != original.expiryPreset || boundUserId != original.boundUserId ||
                  (expiryPreset == ExpiryPreset::Custom && customExpiry != original.customExpiry)))
        return true;

    const ParsedClaims mine = parsedClaims();
    const ParsedClaims theirs = original.parsedClaims();
    if (mine.ok() && theirs.ok())
        return mine.claims != theirs.claims;
    // Something invalid was typed: compare what was typed in the view shown.
    if (claimsView != original.claimsView)
        return true;
    return claimsView == ClaimsView::Rows ? claimRows != original.claimRows
                                          : claimsText != original.claimsText;
}

} // namespace descope
