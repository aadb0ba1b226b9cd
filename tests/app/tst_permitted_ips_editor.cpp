// The permitted IPs of the key editor against a real sandbox: a CIDR range with host bits set
// (10.1.2.3/8, 2001:db8::1/64) is underlined in amber with a warning that names the network it
// covers, while Create stays enabled and the key is created with the entry as typed (the
// server accepts it); editing such a key shows the warning at once; a problem on another line
// is still red and still stops the save; and the warning goes when the entry is corrected.

#include "AwaitResult.h"
#include "FieldProblemLabel.h"
#include "KeyEditorDialog.h"
#include "ManagementClient.h"
#include "PermittedIpsEditor.h"
#include "SandboxClient.h"
#include "SandboxHost.h"
#include "UserPrompts.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>

using namespace descope;

namespace {

const QString HostBitsV4 = QStringLiteral("Line 1: 10.1.2.3/8 covers the whole network "
                                          "10.0.0.0/8: write 10.0.0.0/8 if that is meant, or "
                                          "10.1.2.3 for that one address");
const QString HostBitsV6 = QStringLiteral("Line 3: 2001:db8::1/64 covers the whole network "
                                          "2001:db8::/64: write 2001:db8::/64 if that is meant, "
                                          "or 2001:db8::1 for that one address");

} // namespace

class TestPermittedIpsEditor : public QObject
{
    Q_OBJECT

private:
    sandbox::SandboxHost m_host;
    std::unique_ptr<ManagementClient> m_client;
    QPointer<KeyEditorDialog> m_dialog;

    KeyEditorDialog *dialog() const
    {
        KeyEditorDialog *open = m_dialog.data();
        if (!open)
            qFatal("no dialog is open");
        return open;
    }
    template <typename T>
    T *child(const char *objectName) const
    {
        T *found = dialog()->findChild<T *>(QLatin1String(objectName));
        if (!found)
            qFatal("the dialog has no %s", objectName);
        return found;
    }
    PermittedIpsEditor *editor() const { return child<PermittedIpsEditor>("permittedIpsEditor"); }
    QPlainTextEdit *ipsText() const { return child<QPlainTextEdit>("permittedIpsText"); }
    QPushButton *saveButton() const { return child<QPushButton>("saveButton"); }
    // The warning as shown, or nothing while it is hidden.
    QString shownWarning() const
    {
        return child<QWidget>("permittedIpsWarning")->isVisible() ? editor()->warningText()
                                                                  : QString();
    }
    QString shownProblem() const
    {
        const auto *problem = child<FieldProblemLabel>("permittedIpsProblem");
        return problem->isVisible() ? problem->problem() : QString();
    }
    // The colours of the wavy underlines, line by line.
    QList<QPair<int, QColor>> underlines() const
    {
        QList<QPair<int, QColor>> marks;
        for (const QTextEdit::ExtraSelection &mark : ipsText()->extraSelections())
            marks.append({mark.cursor.blockNumber(), mark.format.underlineColor()});
        std::sort(marks.begin(), marks.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        return marks;
    }

    bool showDialog(KeyEditorDialog *dialog)
    {
        if (!dialog)
            return false;
        m_dialog = dialog;
        dialog->open();
        return QTest::qWaitForWindowExposed(dialog) &&
               QTest::qWaitFor([dialog] { return !dialog->isLoadingCatalog(); }, 10000);
    }

    std::optional<AccessKey> loadKey(const QString &id)
    {
        const auto result = await<AccessKey>([&](const QObject *context, auto callback) {
            m_client->loadKey(id, context, callback);
        });
        if (!result || !*result)
            return std::nullopt;
        return result->value();
    }

    static void typeLines(QWidget *edit, const QStringList &lines)
    {
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                QTest::keyClick(edit, Qt::Key_Return);
            QTest::keyClicks(edit, lines.at(i));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_host.start({}), qPrintable(m_host.errorString()));
        m_client = std::make_unique<ManagementClient>(clientSettingsFor(m_host));
        UserPrompts::setStrict(true);
    }

    void init() { UserPrompts::reset(); }

    void cleanup()
    {
        if (m_dialog) {
            dialog()->setAttribute(Qt::WA_DeleteOnClose, false);
            delete m_dialog;
        }
        QCOMPARE(UserPrompts::unansweredCount(), 0);
    }

    void hostBitsWarnButTheKeyIsCreatedAsTyped()
    {
        QVERIFY(showDialog(KeyEditorDialog::createKey(m_client.get(), nullptr)));
        QTest::keyClicks(child<QLineEdit>("nameField"), QStringLiteral("office-range"));
        QVERIFY(saveButton()->isEnabled());
        QCOMPARE(shownWarning(), QString());

        typeLines(ipsText(), {QStringLiteral("10.1.2.3/8"), QStringLiteral("192.0.2.0/24"),
                              QStringLiteral("2001:db8::1/64")});
        QCOMPARE(shownWarning(), HostBitsV4 + u'\n' + HostBitsV6);
        QCOMPARE(ipsText()->accessibleDescription(), HostBitsV4 + u'\n' + HostBitsV6);
        // Amber, not the red of a problem; the field is not outlined, Create stays enabled.
        const QColor amber(0x92, 0x40, 0x0e);
        QCOMPARE(underlines(), (QList<QPair<int, QColor>>{{0, amber}, {2, amber}}));
        QCOMPARE(shownProblem(), QString());
        QVERIFY(ipsText()->styleSheet().isEmpty());
        QVERIFY(saveButton()->isEnabled());
        QVERIFY(!child<QLabel>("problemSummary")->isVisible());

        // A real problem on another line is red and stops the save; the warning stays.
        QTest::keyClick(ipsText(), Qt::Key_Return);
        QTest::keyClicks(ipsText(), QStringLiteral("10.0.0.300"));
        QVERIFY(!saveButton()->isEnabled());
        QVERIFY(shownProblem().startsWith(QStringLiteral("Line 4: 10.0.0.300")));
        QCOMPARE(underlines().size(), 3);
        QCOMPARE(underlines().at(2).first, 3);
        QCOMPARE(underlines().at(2).second, QColor(0xb9, 0x1c, 0x1c));
        QCOMPARE(shownWarning(), HostBitsV4 + u'\n' + HostBitsV6);
        for (int i = 0; i < 11; ++i)
            QTest::keyClick(ipsText(), Qt::Key_Backspace);
        QVERIFY(saveButton()->isEnabled());

        QSignalSpy created(dialog(), &KeyEditorDialog::keyCreated);
        QTest::mouseClick(saveButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 10000);
        const auto key = loadKey(created.at(0).at(0).value<CreatedKey>().key.id);
        QVERIFY(key);
        QCOMPARE(key->permittedIps,
                 QStringList({QStringLiteral("10.1.2.3/8"), QStringLiteral("192.0.2.0/24"),
                              QStringLiteral("2001:db8::1/64")}));
        QTRY_VERIFY(m_dialog.isNull());

        // Editing the key shows the warning at once, and correcting the entry removes it.
        QVERIFY(showDialog(KeyEditorDialog::editKey(m_client.get(), *key, nullptr)));
        QCOMPARE(shownWarning(), HostBitsV4 + u'\n' + HostBitsV6);
        editor()->textEdit()->setPlainText(
            QStringLiteral("10.0.0.0/8\n192.0.2.0/24\n2001:db8::1/64"));
        QCOMPARE(shownWarning(), HostBitsV6);
        editor()->textEdit()->setPlainText(QStringLiteral("10.0.0.0/8\n192.0.2.0/24\n2001:db8::1"));
        QCOMPARE(shownWarning(), QString());
        QVERIFY(ipsText()->extraSelections().isEmpty());
        QCOMPARE(ipsText()->accessibleDescription(), QString());
    }
};

QTEST_MAIN(TestPermittedIpsEditor)
#include "tst_permitted_ips_editor.moc"
