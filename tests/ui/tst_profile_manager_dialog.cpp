// The profile manager: the built-in Sandbox first and untouchable, adding (and connecting to a
// profile added with its key) and editing through the connect dialog, removing a profile with
// its key, forgetting a key while keeping the profile, the key's status, the live profile
// marked, and Connect.

#include "AppInfo.h"
#include "ConnectDialog.h"
#include "IsolatedSettings.h"
#include "MemorySecretStore.h"
#include "ProfileManagerDialog.h"
#include "ProfileStore.h"
#include "SecretCompare.h"
#include "SecretField.h"
#include "UserPrompts.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace descope;

class TestProfileManagerDialog : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileManagerDialog> m_dialog;
    ConnectionProfile m_production;
    ConnectionProfile m_staging;

    template <typename T>
    T *child(const char *objectName) const
    {
        return m_dialog->findChild<T *>(QLatin1String(objectName));
    }
    QListWidget *list() const { return child<QListWidget>("profileList"); }
    QPushButton *button(const char *objectName) const { return child<QPushButton>(objectName); }
    QString keyStatus() const { return child<QLabel>("keyStatusLabel")->text(); }

    QStringList rows() const
    {
        QStringList texts;
        for (int row = 0; row < list()->count(); ++row)
            texts.append(list()->item(row)->text());
        return texts;
    }

    ConnectionProfile saved(const QString &name, const QString &projectId)
    {
        ConnectionProfile draft;
        draft.name = name;
        draft.projectId = projectId;
        const auto result = m_profiles->save(draft);
        return result ? *result : ConnectionProfile();
    }

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        UserPrompts::setStrict(true);
    }

    void init()
    {
        IsolatedSettings::clear();
        UserPrompts::reset();
        m_profiles = std::make_unique<ProfileStore>();
        m_secrets = std::make_unique<MemorySecretStore>();
        m_secrets->setPersistent(true);
        m_production = saved(QStringLiteral("Production"), QStringLiteral("P2prod"));
        m_staging = saved(QStringLiteral("Staging"), QStringLiteral("P2staging"));
        QVERIFY(!m_production.id.isEmpty() && !m_staging.id.isEmpty());
        m_secrets->store(m_production.id, QStringLiteral("K2ProductionKey"));
        m_dialog = std::make_unique<ProfileManagerDialog>(m_profiles.get(), m_secrets.get());
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup()
    {
        QCOMPARE(UserPrompts::unansweredCount(), 0);
        QCOMPARE(UserPrompts::pendingAnswerCount(), 0);
        m_dialog.reset();
    }

    void listsTheSandboxFirstThenByName()
    {
        QCOMPARE(rows(), (QStringList{QStringLiteral("Sandbox (built in)"),
                                      QStringLiteral("Production"), QStringLiteral("Staging")}));
    }

    void theSandboxCanOnlyBeConnected()
    {
        m_dialog->selectProfile(QLatin1String(ConnectionProfile::SandboxId));
        QVERIFY(!button("editProfileButton")->isEnabled());
        QVERIFY(!button("removeProfileButton")->isEnabled());
        QVERIFY(!button("forgetKeyButton")->isEnabled());
        QVERIFY(button("connectProfileButton")->isEnabled());
        QVERIFY(keyStatus().contains(QStringLiteral("none needed")));
    }

    void showsWhetherAKeyIsStored()
    {
        m_dialog->selectProfile(m_production.id);
        QVERIFY(button("editProfileButton")->isEnabled());
        QVERIFY(button("removeProfileButton")->isEnabled());
        QTRY_COMPARE(keyStatus(), QStringLiteral("Management key: stored in the keychain"));
        QVERIFY(button("forgetKeyButton")->isEnabled());
        QVERIFY(child<QLabel>("profileDetailsLabel")->text().contains(QStringLiteral("P2prod")));

        m_dialog->selectProfile(m_staging.id);
        QTRY_VERIFY(keyStatus().contains(QStringLiteral("not stored")));
        QVERIFY(!button("forgetKeyButton")->isEnabled());
    }

    void forgetKeyAsksThenKeepsTheProfile()
    {
        m_dialog->selectProfile(m_production.id);
        QTRY_VERIFY(button("forgetKeyButton")->isEnabled());

        UserPrompts::queueAnswer(QMessageBox::No);
        QTest::mouseClick(button("forgetKeyButton"), Qt::LeftButton);
        QCOMPARE(UserPrompts::shown().size(), 1);
        QVERIFY(UserPrompts::shown().first().text.contains(QStringLiteral("“Production”")));
        QVERIFY(m_secrets->contains(m_production.id));

        UserPrompts::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(button("forgetKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_secrets->contains(m_production.id));
        QVERIFY(m_profiles->findById(m_production.id));
        QTRY_VERIFY(keyStatus().contains(QStringLiteral("not stored")));
        QVERIFY(!button("forgetKeyButton")->isEnabled());
    }

    void removeAsksThenRemovesProfileAndKey()
    {
        m_dialog->selectProfile(m_production.id);
        UserPrompts::queueAnswer(QMessageBox::No);
        QTest::mouseClick(button("removeProfileButton"), Qt::LeftButton);
        QCOMPARE(m_profiles->savedProfiles().size(), 2);

        UserPrompts::queueAnswer(QMessageBox::Yes);
        QTest::mouseClick(button("removeProfileButton"), Qt::LeftButton);
        QTRY_VERIFY(!m_profiles->findById(m_production.id));
        QVERIFY(!m_secrets->contains(m_production.id));
        QCOMPARE(rows(),
                 (QStringList{QStringLiteral("Sandbox (built in)"), QStringLiteral("Staging")}));
        QCOMPARE(UserPrompts::shown().last().buttonTexts.value(QMessageBox::Yes),
                 QStringLiteral("Remove"));
    }

    void connectEmitsTheSelectedProfile()
    {
        QSignalSpy requested(m_dialog.get(), &ProfileManagerDialog::connectRequested);
        m_dialog->selectProfile(m_staging.id);
        QTest::mouseClick(button("connectProfileButton"), Qt::LeftButton);
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().first().value<ConnectionProfile>(), m_staging);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    }

    void doubleClickConnectsToo()
    {
        QSignalSpy requested(m_dialog.get(), &ProfileManagerDialog::connectRequested);
        const QRect rect = list()->visualItemRect(list()->item(0));
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(requested.count(), 0);
        QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(requested.count(), 1);
        QVERIFY(requested.first().first().value<ConnectionProfile>().isSandbox);
    }

    void theLiveProfileIsMarked()
    {
        m_dialog->setActiveProfileId(m_staging.id);
        QVERIFY(rows().contains(QStringLiteral("Staging — connected")));
        QCOMPARE(m_dialog->selectedProfileId(), m_staging.id);
    }

    // Added with its key, a profile is connected to at once (Save and Connect): the manager
    // hands the live connection on and closes, as its own Connect does.
    void addingWithAKeyConnectsToTheNewProfile()
    {
        QSignalSpy connecting(m_dialog.get(), &ProfileManagerDialog::connectionRequested);
        QSignalSpy requested(m_dialog.get(), &ProfileManagerDialog::connectRequested);
        QTest::mouseClick(button("addProfileButton"), Qt::LeftButton);
        ConnectDialog *add = m_dialog->profileDialog();
        QVERIFY(add);
        QCOMPARE(add->mode(), ConnectDialog::Mode::NewProfile);
        QTRY_VERIFY(add->isVisible());
        add->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("EU"));
        add->findChild<QLineEdit *>(QStringLiteral("projectIdEdit"))
            ->setText(QStringLiteral("Peuw12aAc4T2V93bddihGEx2Ryhc8e5Z"));
        add->findChild<SecretField *>(QStringLiteral("managementKeyField"))
            ->lineEdit()
            ->setText(QStringLiteral("K2EuKey"));
        auto *save = add->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(save->text(), QStringLiteral("Save and &Connect"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->profileDialog());
        const auto eu = m_profiles->findByName(QStringLiteral("EU"));
        QVERIFY(eu);
        QCOMPARE_SECRET(m_secrets->secret(eu->id), QStringLiteral("K2EuKey"));

        QCOMPARE(connecting.count(), 1);
        QCOMPARE(connecting.first().at(0).value<ConnectionProfile>(), *eu);
        const auto connection = connecting.first().at(1).value<Connection>();
        QCOMPARE(connection.projectId, QStringLiteral("Peuw12aAc4T2V93bddihGEx2Ryhc8e5Z"));
        QCOMPARE(connection.baseUrl, QUrl(QStringLiteral("https://api.euw1.descope.com")));
        QCOMPARE_SECRET(connection.managementKey, QStringLiteral("K2EuKey"));
        QCOMPARE(requested.count(), 0); // the key is in hand: no keychain read needed
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QVERIFY(!m_dialog->isVisible());
    }

    // Without a key there is nothing to connect with: the profile is saved and selected, and
    // the manager stays open.
    void addingWithoutAKeyOnlySavesAndSelects()
    {
        QSignalSpy connecting(m_dialog.get(), &ProfileManagerDialog::connectionRequested);
        QSignalSpy requested(m_dialog.get(), &ProfileManagerDialog::connectRequested);
        QTest::mouseClick(button("addProfileButton"), Qt::LeftButton);
        ConnectDialog *add = m_dialog->profileDialog();
        QVERIFY(add);
        QTRY_VERIFY(add->isVisible());
        add->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("EU"));
        add->findChild<QLineEdit *>(QStringLiteral("projectIdEdit"))
            ->setText(QStringLiteral("Peuw12aAc4T2V93bddihGEx2Ryhc8e5Z"));
        auto *save = add->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QCOMPARE(save->text(), QStringLiteral("&Save"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->profileDialog());
        const auto eu = m_profiles->findByName(QStringLiteral("EU"));
        QVERIFY(eu);
        QVERIFY(rows().contains(QStringLiteral("EU")));
        QCOMPARE(m_dialog->selectedProfileId(), eu->id);
        QTRY_COMPARE(keyStatus(),
                     QStringLiteral("Management key: not stored; it is asked for on connecting"));
        QCOMPARE(connecting.count(), 0);
        QCOMPARE(requested.count(), 0);
        QVERIFY(m_dialog->isVisible());
    }

    void editOpensTheDialogWithTheProfile()
    {
        m_dialog->selectProfile(m_production.id);
        QTest::mouseClick(button("editProfileButton"), Qt::LeftButton);
        ConnectDialog *edit = m_dialog->profileDialog();
        QVERIFY(edit);
        QCOMPARE(edit->mode(), ConnectDialog::Mode::EditProfile);
        QCOMPARE(edit->formProfile().id, m_production.id);
        QTRY_VERIFY(!edit->isBusy());
        QCOMPARE_SECRET(
            edit->findChild<SecretField *>(QStringLiteral("managementKeyField"))->secret(),
            QStringLiteral("K2ProductionKey"));
        edit->findChild<QLineEdit *>(QStringLiteral("profileNameEdit"))
            ->setText(QStringLiteral("Production (old)"));
        QTest::mouseClick(edit->findChild<QPushButton *>(QStringLiteral("saveButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->profileDialog());
        QVERIFY(rows().contains(QStringLiteral("Production (old)")));
        QCOMPARE(m_dialog->selectedProfileId(), m_production.id);
        QCOMPARE_SECRET(m_secrets->secret(m_production.id), QStringLiteral("K2ProductionKey"));
    }

    void followsChangesMadeElsewhere()
    {
        saved(QStringLiteral("Added elsewhere"), QStringLiteral("P2x"));
        QVERIFY(rows().contains(QStringLiteral("Added elsewhere")));
    }
};

QTEST_MAIN(TestProfileManagerDialog)
#include "tst_profile_manager_dialog.moc"
