#pragma once

#include "AccessKey.h"

#include <QWidget>

#include <optional>

class QFormLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace descope {

class JsonTreeWidget;

// Everything the console knows about one access key, read-only, for an administrator who needs
// to check and copy any field. When no single key is selected it shows a short hint instead.
class KeyDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit KeyDetailsPane(QWidget *parent = nullptr);

    // Shows every field of one key; statuses and relative times are computed against nowSeconds.
    void showKey(const AccessKey &key, qint64 nowSeconds);

    // No single key to show: 0 -> "Select a key to see its details", n > 1 -> "%n keys selected".
    void showSelectionCount(int count);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QStackedWidget *m_stack;
    QFormLayout *m_form = nullptr;
    QLabel *m_claimsTitle = nullptr;
    QLabel *m_attributesTitle = nullptr;
    QLabel *m_placeholder;
    QScrollArea *m_scrollArea;
    QLabel *m_name;
    QLabel *m_headingStatus;
    QLabel *m_readOnly;
    QLabel *m_keyId;
    QLabel *m_status;
    QLabel *m_description;
    QLabel *m_created;
    QLabel *m_expires;
    QLabel *m_createdBy;
    QLabel *m_boundUser;
    QLabel *m_clientId;
    QLabel *m_roles;
    QLabel *m_tenants;
    QLabel *m_permittedIps;
    JsonTreeWidget *m_claimsTree;
    QLabel *m_claimsEmpty;
    JsonTreeWidget *m_attributesTree;
    QLabel *m_attributesEmpty;
    QString m_shownKeyId;
    // What is shown, to show it again in another language.
    std::optional<AccessKey> m_shownKey;
    qint64 m_shownNow = 0;
    int m_shownCount = 0;
};

} // namespace descope
