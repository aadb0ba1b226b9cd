#pragma once

#include "AccessKey.h"
#include "KeyFormClaims.h"
#include "KeyRequests.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace descope {

// The parts of the key editor a problem can be about.
enum class KeyField
{
    Name,
    Description,
    Expiry,
    BoundUser,
    ProjectRoles,
    TenantRoles,
    PermittedIps,
    CustomClaims,
};

// One reason the form cannot be saved, and where: `row` is the line of the permitted IPs, the
// tenant entry or the claim row, or -1 for the field as a whole.
struct FieldProblem
{
    KeyField field = KeyField::Name;
    int row = -1;
    QString reason;

    friend bool operator==(const FieldProblem &, const FieldProblem &) = default;
};

// What the create and edit dialogs hold, as a plain value: every field as typed, the rules that
// decide whether it can be saved, and its conversion to the requests. No widgets, so that every
// rule is tested without a GUI.
//
// Both role scopes and both views of the custom claims are kept, so switching back and forth
// loses nothing; only the chosen scope and view are sent.
class KeyForm
{
public:
    enum class ExpiryPreset
    {
        Days30,
        Days60,
        Days90,
        OneYear,
        Never,
        Custom,
    };
    enum class RoleScope
    {
        Project,
        Tenants,
    };
    enum class ClaimsView
    {
        Rows,
        Text,
    };

    // Descope keeps expiry times as 32-bit Unix seconds (descope-api.md §2.1).
    static constexpr qint64 LatestExpiry = 2147483647;

    // False for a form made from an existing key: its expiry and bound user are shown but
    // cannot change, because Descope's update call does not take them.
    bool isNew = true;

    QString name;
    QString description;

    ExpiryPreset expiryPreset = ExpiryPreset::Days90;
    qint64 customExpiry = 0; // Unix seconds, for ExpiryPreset::Custom
    qint64 fixedExpiry = 0;  // an existing key's expireTime; 0 never expires

    QString boundUserId;

    RoleScope roleScope = RoleScope::Project;
    QStringList projectRoles;
    QList<KeyTenant> tenantRoles; // tenantName only for display

    // One entry per line as typed; blank lines are ignored.
    QStringList permittedIps;

    ClaimsView claimsView = ClaimsView::Rows;
    QList<ClaimRow> claimRows;
    QString claimsText;
    // What each view held when it was last left or filled by a conversion: a view left
    // unchanged is not converted again, so its other view keeps what was typed there.
    QList<ClaimRow> claimRowsWhenLeft;
    QString claimsTextWhenLeft;

    static KeyForm fromKey(const AccessKey &key);

    // Everything that stops a save, in the order of the dialog's fields. Custom expiries are
    // checked against `nowSeconds`.
    QList<FieldProblem> problems(qint64 nowSeconds) const;

    // What is worth knowing before a save but does not stop it (the server accepts it), in
    // the same form as problems: a CIDR range with host bits set.
    QList<FieldProblem> warnings() const;
    // The warnings about permitted IPs given one entry per line as typed (rows are lines);
    // lines with a problem get none, their problem says enough.
    static QList<FieldProblem> permittedIpWarnings(const QStringList &lines);

    // The expiry the form asks for, in Unix seconds; 0 never expires.
    qint64 expireTime(qint64 nowSeconds) const;
    static qint64 presetExpiry(ExpiryPreset preset, qint64 nowSeconds);
    // The permitted IPs to send: trimmed, without blank lines.
    QStringList permittedIpList() const;
    // The claims of the chosen view; complete only when that view has no problems.
    ParsedClaims parsedClaims() const;

    // Meaningful when problems() is empty.
    CreateKeyRequest toCreateRequest(qint64 nowSeconds) const;
    // The complete state the form shows, on top of `original`: what the form does not edit
    // (custom attributes) is carried over unchanged, and a cleared field is sent cleared.
    UpdateKeyRequest toUpdateRequest(const AccessKey &original) const;

    // Switches the claims view. What was typed in the view being left replaces the other view
    // when it changed since that view was shown and is valid. Otherwise each view keeps its own
    // content, so switching back and forth never loses what was typed in either.
    void setClaimsView(ClaimsView view);
    // Whether both views are valid and hold the same claims; when not, only the view shown
    // is saved.
    bool claimsViewsAgree() const;

    // Whether closing would lose something the user typed, compared with the form as it was
    // opened. Switching views or adding blank rows alone changes nothing.
    bool hasChangesFrom(const KeyForm &original) const;

    friend bool operator==(const KeyForm &, const KeyForm &) = default;
};

} // namespace descope
