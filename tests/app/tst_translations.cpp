// The message catalogues built into the program: every shipped language loads, English gives
// proper plurals ("1 key", "2 keys") instead of "(s)", the override in the settings wins over
// the system, an unknown language falls back to English, a second call replaces the first
// catalogue, and texts from the libraries without a QObject (relative times, API errors,
// token problems, key statuses) come out translated, so their tr() contexts match the catalogue.

#include "ApiError.h"
#include "AppInfo.h"
#include "BaseUrl.h"
#include "IsolatedSettings.h"
#include "KeyStatus.h"
#include "KeyTimeFormat.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>
#include <QTest>
#include <QTranslator>
#include <QUrl>

using namespace descope;

namespace {

QString keys(int n)
{
    return QCoreApplication::translate("descope::KeyStatusBar", "%Ln key(s)", nullptr, n);
}

int installedTranslators()
{
    return int(qApp->findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly).size());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private:
    IsolatedSettings m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        appinfo::applyToApplication();
        QVERIFY(m_settings.redirect());
        QCOMPARE(keys(1), QStringLiteral("1 key(s)")); // no catalogue yet: the source text
    }

    void init() { translations::setLanguageSetting(QString()); }

    void shipsFourCatalogues()
    {
        QCOMPARE(translations::availableLanguages(),
                 QStringList({QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"),
                              QStringLiteral("he")}));
        for (const QString &language : translations::availableLanguages())
            QCOMPARE(installTranslations(*qApp, language), language);
    }

    void englishHasProperPlurals()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(keys(1), QStringLiteral("1 key"));
        QCOMPARE(keys(2), QStringLiteral("2 keys"));
        QCOMPARE(keys(0), QStringLiteral("0 keys"));
        QCOMPARE(formatRelativeTime(3 * 24 * 3600 + 60, 0), QStringLiteral("in 3 days"));
        QCOMPARE(formatRelativeTime(0, 3600 + 60), QStringLiteral("1 hour ago"));
        // A text without a plural is the source text.
        QCOMPARE(keyStatusName(KeyStatus::Active), QStringLiteral("Active"));
    }

    void unknownLanguagesFallBackToEnglish()
    {
        QCOMPARE(installTranslations(*qApp, QStringLiteral("ja")), QStringLiteral("en"));
        QCOMPARE(keys(2), QStringLiteral("2 keys"));
        QCOMPARE(installTranslations(*qApp, QStringLiteral("no-such-language")),
                 QStringLiteral("en"));
        QCOMPARE(keys(1), QStringLiteral("1 key"));
    }

    void theSettingOverridesTheSystem()
    {
        translations::setLanguageSetting(QStringLiteral("de"));
        QCOMPARE(QSettings().value(QStringLiteral("General/language")).toString(),
                 QStringLiteral("de"));
        QCOMPARE(translations::languageSetting(), QStringLiteral("de"));
        QCOMPARE(installTranslations(*qApp), QStringLiteral("de"));
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(keys(1), QStringLiteral("1 Schlüssel"));
        QCOMPARE(keys(5), QStringLiteral("5 Schlüssel"));

        translations::setLanguageSetting(QString());
        QVERIFY(!QSettings().contains(QStringLiteral("General/language")));
        QCOMPARE(translations::languageSetting(), QString());
    }

    void aSecondCallReplacesTheFirst()
    {
        installTranslations(*qApp, QStringLiteral("fr"));
        const int count = installedTranslators();
        QVERIFY(count >= 1);
        installTranslations(*qApp, QStringLiteral("de"));
        QCOMPARE(installedTranslators(), count);
        QCOMPARE(keys(2), QStringLiteral("2 Schlüssel"));
        installTranslations(*qApp, QStringLiteral("fr"));
        QCOMPARE(keys(0), QStringLiteral("0 clé"));
        QCOMPARE(keys(2), QStringLiteral("2 clés"));
    }

    void libraryTextsAreTranslated()
    {
        installTranslations(*qApp, QStringLiteral("de"));
        QCOMPARE(formatRelativeTime(3 * 24 * 3600 + 60, 0), QStringLiteral("in 3 Tagen"));
        QCOMPARE(formatExpiry(0, 0), QStringLiteral("Nie"));
        QCOMPARE(keyStatusName(KeyStatus::Inactive), QStringLiteral("Inaktiv"));
        ApiError timeout;
        timeout.kind = ApiError::Kind::Timeout;
        QVERIFY2(timeout.userMessage().startsWith(QStringLiteral("Descope hat nicht rechtzeitig")),
                 qPrintable(timeout.userMessage()));
        QCOMPARE(baseUrlProblem(QUrl(QStringLiteral("ftp://example.com"))),
                 QStringLiteral("Die Basis-URL muss mit https:// beginnen."));
    }

    // Qt decides the layout direction by asking for this text; the console's own catalogues
    // answer it, so Hebrew is right to left even without Qt's catalogues installed.
    void catalogueAnswersTheLayoutDirection()
    {
        for (const QString &language : translations::availableLanguages()) {
            QTranslator catalogue;
            QVERIFY(catalogue.load(QStringLiteral(":/i18n/descope_keys_%1.qm").arg(language)));
            const QString direction = catalogue.translate("QGuiApplication", "QT_LAYOUT_DIRECTION");
            if (language == u"he")
                QCOMPARE(direction, QStringLiteral("RTL"));
            else if (language == u"en")
                QVERIFY(direction.isEmpty()); // plural forms only; Qt's default is left to right
            else
                QCOMPARE(direction, QStringLiteral("LTR"));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
