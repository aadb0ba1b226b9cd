#include "KeyDetailsPane.h"

#include "FormRows.h"
#include "JsonTreeWidget.h"
#include "KeyStatus.h"
#include "KeyTimeFormat.h"
#include "StandardLabels.h"

#include <QEvent>
#include <QFont>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace descope {

namespace {

QLabel *valueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Key names and descriptions come from users: never let them render as rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

// A missing value shows a word such as "None" in the placeholder colour, so that it cannot be
// mistaken for a value that happens to read "None".
void setValue(QLabel *label, const QString &value, const QString &missing)
{
    const bool isMissing = value.isEmpty();
    label->setText(isMissing ? missing : value);
    label->setForegroundRole(isMissing ? QPalette::PlaceholderText : QPalette::WindowText);
}

QString statusBadgeStyle(KeyStatus status)
{
    const char *colour = "#15803d";
    if (status == KeyStatus::Inactive)
        colour = "#6b7280";
    else if (status == KeyStatus::Expired)
        colour = "#b91c1c";
    return QStringLiteral("QLabel { background-color: %1; color: white; font-weight: bold;"
                          " border-radius: 4px; padding: 2px 8px; }")
        .arg(QLatin1String(colour));
}

} // namespace

KeyDetailsPane::KeyDetailsPane(QWidget *parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(m_stack))
    , m_scrollArea(new QScrollArea(m_stack))
    , m_name(valueLabel(QStringLiteral("detailsName"), this))
    , m_headingStatus(new QLabel(this))
    , m_readOnly(new QLabel(this))
    , m_keyId(valueLabel(QStringLiteral("detailsKeyId"), this))
    , m_status(valueLabel(QStringLiteral("detailsStatus"), this))
    , m_description(valueLabel(QStringLiteral("detailsDescription"), this))
    , m_created(valueLabel(QStringLiteral("detailsCreated"), this))
    , m_expires(valueLabel(QStringLiteral("detailsExpires"), this))
    , m_createdBy(valueLabel(QStringLiteral("detailsCreatedBy"), this))
    , m_boundUser(valueLabel(QStringLiteral("detailsBoundUser"), this))
    , m_clientId(valueLabel(QStringLiteral("detailsClientId"), this))
    , m_roles(valueLabel(QStringLiteral("detailsRoles"), this))
    , m_tenants(valueLabel(QStringLiteral("detailsTenants"), this))
    , m_permittedIps(valueLabel(QStringLiteral("detailsPermittedIps"), this))
    , m_claimsTree(new JsonTreeWidget(this))
    , m_claimsEmpty(new QLabel(this))
    , m_attributesTree(new JsonTreeWidget(this))
    , m_attributesEmpty(new QLabel(this))
{
    setObjectName(QStringLiteral("keyDetailsPane"));

    m_placeholder->setObjectName(QStringLiteral("detailsPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);

    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.5);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_headingStatus->setObjectName(QStringLiteral("detailsHeadingStatus"));
    m_readOnly->setObjectName(QStringLiteral("detailsReadOnly"));
    m_readOnly->setWordWrap(true);

    m_claimsTree->setObjectName(QStringLiteral("detailsClaimsTree"));
    m_claimsEmpty->setObjectName(QStringLiteral("detailsClaimsEmpty"));
    m_attributesTree->setObjectName(QStringLiteral("detailsAttributesTree"));
    m_attributesEmpty->setObjectName(QStringLiteral("detailsAttributesEmpty"));
    for (QLabel *empty : {m_claimsEmpty, m_attributesEmpty})
        empty->setForegroundRole(QPalette::PlaceholderText);

    auto *heading = new QHBoxLayout;
    heading->addWidget(m_name, 1);
    heading->addWidget(m_headingStatus, 0, Qt::AlignTop);

    auto *form = m_form = new QFormLayout;
    // Narrow panes put each value under its caption rather than squeezing both into one line.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // Captions stay level with the first line of values that span several lines.
    form->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Captions are set by retranslate(), in the language installed then.
    for (QLabel *field : {m_keyId, m_status, m_description, m_created, m_expires, m_createdBy,
                          m_boundUser, m_clientId, m_roles, m_tenants, m_permittedIps})
        form->addRow(new QLabel(this), field);
    countLabelSpacing(form);

    auto *content = new QWidget(m_scrollArea);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(heading);
    layout->addWidget(m_readOnly);
    layout->addLayout(form);
    m_claimsTitle = sectionTitle(QString(), content);
    layout->addWidget(m_claimsTitle);
    layout->addWidget(m_claimsTree);
    layout->addWidget(m_claimsEmpty);
    m_attributesTitle = sectionTitle(QString(), content);
    layout->addWidget(m_attributesTitle);
    layout->addWidget(m_attributesTree);
    layout->addWidget(m_attributesEmpty);
    layout->addStretch();

    m_scrollArea->setObjectName(QStringLiteral("detailsScrollArea"));
    m_scrollArea->setWidgetResizable(true);
    m_scrollArea->setFrameShape(QFrame::NoFrame);
    m_scrollArea->setWidget(content);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_scrollArea);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    retranslate();
    showSelectionCount(0);
}

void KeyDetailsPane::retranslate()
{
    const auto caption = [this](QWidget *field, const QString &text) {
        if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(field)))
            label->setText(text);
    };
    caption(m_keyId, tr("Key ID:"));
    caption(m_status, tr("Status:"));
    caption(m_description, tr("Description:"));
    caption(m_created, tr("Created:"));
    caption(m_expires, tr("Expires:"));
    caption(m_createdBy, tr("Created by:"));
    caption(m_boundUser, tr("Bound user:"));
    caption(m_clientId, tr("Client ID:"));
    caption(m_roles, tr("Project roles:"));
    caption(m_tenants, tr("Tenants:"));
    caption(m_permittedIps, tr("Permitted IPs:"));
    m_claimsTitle->setText(tr("Custom claims"));
    m_attributesTitle->setText(tr("Custom attributes"));
    m_readOnly->setText(tr("Read-only: this key cannot be edited."));
    m_claimsEmpty->setText(tr("No custom claims"));
    m_attributesEmpty->setText(tr("No custom attributes"));
}

void KeyDetailsPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The values too: statuses, dates and "None" are words of the language.
        if (m_shownKey)
            showKey(*m_shownKey, m_shownNow);
        else
            showSelectionCount(m_shownCount);
    }
    QWidget::changeEvent(event);
}

void KeyDetailsPane::showKey(const AccessKey &key, qint64 nowSeconds)
{
    const KeyStatus status = deriveKeyStatus(key.active, key.expireTime, nowSeconds);
    const QString statusName = keyStatusName(status);

    setValue(m_name, key.name, tr("Unnamed key"));
    m_headingStatus->setText(statusName);
    m_headingStatus->setStyleSheet(statusBadgeStyle(status));
    m_readOnly->setVisible(!key.editable);

    setValue(m_keyId, key.id, tr("Unknown"));
    m_status->setText(statusName);
    setValue(m_description, key.description, tr("None"));

    const auto exactAndRelative = [nowSeconds](qint64 seconds) {
        //: %1 is a local date and time, %2 how long ago or ahead it is, e.g. "in 3 days"
        return tr("%1 (%2)", "time")
            .arg(formatLocalDateTime(seconds), formatRelativeTime(seconds, nowSeconds));
    };
    setValue(m_created, key.createdTime == 0 ? QString() : exactAndRelative(key.createdTime),
             tr("Unknown"));
    if (key.expireTime == 0) {
        m_expires->setText(tr("Never"));
    } else if (key.expireTime <= nowSeconds) {
        //: %1 is a local date and time, %2 how long ago it is, e.g. "3 days ago"
        m_expires->setText(tr("Expired on %1 (%2)")
                               .arg(formatLocalDateTime(key.expireTime),
                                    formatRelativeTime(key.expireTime, nowSeconds)));
    } else {
        m_expires->setText(exactAndRelative(key.expireTime));
    }

    setValue(m_createdBy, key.createdBy, tr("Unknown"));
    setValue(m_boundUser, key.boundUserId, tr("None"));
    setValue(m_clientId, key.clientId, tr("None"));
    setValue(m_roles, key.roleNames.join(QStringLiteral(", ")), tr("None"));

    QStringList tenantLines;
    for (const KeyTenant &tenant : key.keyTenants) {
        const QString who = tenant.tenantName.isEmpty()
                                ? tenant.tenantId
                                //: %1 is a tenant name, %2 its ID
                                : tr("%1 (%2)", "tenant").arg(tenant.tenantName, tenant.tenantId);
        const QString roles = tenant.roleNames.isEmpty()
                                  ? tr("no roles")
                                  : tenant.roleNames.join(QStringLiteral(", "));
        //: %1 is a tenant, %2 the key's roles in it
        tenantLines.append(tr("%1: %2").arg(who, roles));
    }
    setValue(m_tenants, tenantLines.join(u'\n'), tr("None"));
    setValue(m_permittedIps, key.permittedIps.join(u'\n'), tr("Any address"));

    m_claimsTree->setJson(key.customClaims);
    m_claimsTree->setVisible(!key.customClaims.isEmpty());
    m_claimsEmpty->setVisible(key.customClaims.isEmpty());
    m_attributesTree->setJson(key.customAttributes);
    m_attributesTree->setVisible(!key.customAttributes.isEmpty());
    m_attributesEmpty->setVisible(key.customAttributes.isEmpty());

    // A different key starts at the top; the same key refreshed keeps the reader's place.
    if (key.id != m_shownKeyId || m_stack->currentWidget() != m_scrollArea)
        m_scrollArea->verticalScrollBar()->setValue(0);
    m_shownKeyId = key.id;
    m_shownKey = key;
    m_shownNow = nowSeconds;
    m_stack->setCurrentWidget(m_scrollArea);
}

void KeyDetailsPane::showSelectionCount(int count)
{
    m_shownKey.reset();
    m_shownCount = count;
    m_placeholder->setText(count > 1 ? tr("%n keys selected", nullptr, count)
                                     : tr("Select a key to see its details"));
    m_stack->setCurrentWidget(m_placeholder);
}

} // namespace descope
