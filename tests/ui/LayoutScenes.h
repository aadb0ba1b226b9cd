#pragma once

// What tst_layout_languages does to each dialog before it measures it: open and wait for its
// lists, close it discarding what was typed, show a window, choose a long tenant name, and
// report every finding of the probe at once.

#include "KeyEditorDialog.h"
#include "KeyFilterBar.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "UserPrompts.h"

#include <QComboBox>
#include <QDebug>
#include <QPointer>
#include <QTest>

namespace layoutscenes {

using namespace descope;

// A real project's tenant names run longer than the sandbox's.
inline const QString LongTenantName =
    QStringLiteral("Umbrella Health Sciences International — Europe, Middle East & Africa");

// Each finding on a line of its own (a failure message would be cut short), and how many.
inline QByteArray listed(const QStringList &problems)
{
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    return QByteArray::number(problems.size()) + " texts do not read whole (listed above)";
}

// Opens a dialog that deletes itself, waits for its tenants and roles, and returns it.
inline bool openEditor(KeyEditorDialog *dialog)
{
    dialog->open();
    return QTest::qWaitForWindowExposed(dialog) &&
           QTest::qWaitFor([dialog] { return !dialog->isLoadingCatalog(); }, 10000);
}

inline void closeEditor(KeyEditorDialog *dialog)
{
    const QPointer<KeyEditorDialog> guard(dialog);
    // Discards what the test typed, if anything.
    UserPrompts::queueAnswer(QMessageBox::Discard);
    dialog->reject();
    QTRY_VERIFY(guard.isNull());
    UserPrompts::reset();
}

inline bool show(QWidget *widget)
{
    widget->show();
    return QTest::qWaitForWindowExposed(widget);
}

// A tenant with a long name, as real projects have them, chosen in the filter.
inline bool chooseLongTenant(MainWindow &window)
{
    QList<Tenant> tenants = window.session()->tenants();
    tenants.append({QStringLiteral("T2LongName000000000000000009"), LongTenantName});
    window.findChild<KeyFilterBar *>()->setTenants(tenants);
    auto *tenantFilter = window.findChild<QComboBox *>(QStringLiteral("tenantFilter"));
    tenantFilter->setCurrentIndex(tenantFilter->count() - 1);
    return tenantFilter->currentText() == LongTenantName;
}

} // namespace layoutscenes

// The probe's findings, all of them at once, as the failure message.
#define QVERIFY_READABLE(probe)                                                                    \
    do {                                                                                           \
        const QStringList found = (probe).problems();                                              \
        QVERIFY2(found.isEmpty(), layoutscenes::listed(found).constData());                        \
    } while (false)
