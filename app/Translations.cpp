#include "Translations.h"

#include "AppLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace descope::translations {

namespace {

// qt_add_translations embeds the .qm files under this prefix (app/CMakeLists.txt).
constexpr auto CatalogueDirectory = ":/i18n";
constexpr auto CatalogueName = "descope_keys";
constexpr auto SourceLanguage = "en";

// Object names of the installed translators, so a second call finds and replaces them.
constexpr auto OwnTranslatorName = "descope-translator";
constexpr auto QtTranslatorName = "descope-qt-translator";

// QGuiApplication asks for this text in its own context to choose the layout direction. Qt's
// catalogues answer it, but they are a separate package that may be missing, so ours answer too.
//: Not shown. Translate to "RTL" in a right-to-left language (Hebrew, Arabic), otherwise to "LTR".
[[maybe_unused]] constexpr const char *LayoutDirectionText =
    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION");

// "de_DE", "he" or "fr-FR" as the bare language code: "de", "he", "fr".
QString languageCode(const QString &name)
{
    return QLocale(name).name().section(u'_', 0, 0);
}

// The translators an earlier call installed, ours and Qt's.
QList<QTranslator *> installedTranslators(QCoreApplication &application)
{
    QList<QTranslator *> installed;
    for (const char *name : {OwnTranslatorName, QtTranslatorName})
        installed += application.findChildren<QTranslator *>(QLatin1String(name),
                                                             Qt::FindDirectChildrenOnly);
    return installed;
}

void remove(const QList<QTranslator *> &translators)
{
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// A translator owned by the application, or nullptr when no catalogue matched.
QTranslator *loadTranslator(QCoreApplication &application, const char *objectName,
                            const QLocale &locale, const QString &fileName,
                            const QString &directory)
{
    auto *translator = new QTranslator(&application);
    translator->setObjectName(QLatin1String(objectName));
    if (translator->load(locale, fileName, QStringLiteral("_"), directory))
        return translator;
    delete translator;
    return nullptr;
}

} // namespace

QStringList availableLanguages()
{
    const QString prefix = QLatin1String(CatalogueName) + u'_';
    QStringList languages;
    const QStringList files = QDir(QLatin1String(CatalogueDirectory))
                                  .entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.mid(prefix.size()).chopped(3));
    languages.sort();
    return languages;
}

QString languageSetting()
{
    return QSettings().value(QLatin1String(LanguageSettingKey)).toString().trimmed();
}

void setLanguageSetting(const QString &language)
{
    QSettings settings;
    if (language.trimmed().isEmpty())
        settings.remove(QLatin1String(LanguageSettingKey));
    else
        settings.setValue(QLatin1String(LanguageSettingKey), language.trimmed());
}

QString installTranslations(QCoreApplication &application, const QString &languageOverride)
{
    // The new catalogues go in before the old ones come out, so that no text is ever asked
    // of an application without a catalogue (a window retranslating then would show English).
    const QList<QTranslator *> previous = installedTranslators(application);

    QLocale locale = QLocale::system();
    if (!languageOverride.isEmpty()) {
        const QLocale chosen(languageOverride);
        if (chosen.language() == QLocale::C || chosen.language() == QLocale::AnyLanguage)
            qCWarning(lcApp).noquote() << "Unknown language" << languageOverride
                                       << "in the settings; following the system";
        else
            locale = chosen;
    }
    // An override also formats dates and numbers; without one, the system's locale does.
    QLocale::setDefault(locale);

    const QString catalogues = QLatin1String(CatalogueDirectory);
    const QString catalogueName = QLatin1String(CatalogueName);
    QTranslator *own =
        loadTranslator(application, OwnTranslatorName, locale, catalogueName, catalogues);
    if (own == nullptr) {
        // No catalogue for any of the languages: English, with its proper plural forms.
        own = loadTranslator(application, OwnTranslatorName, QLocale(QLatin1String(SourceLanguage)),
                             catalogueName, catalogues);
    }
    if (own == nullptr) {
        qCWarning(lcApp) << "The message catalogues are missing from the program";
        remove(previous);
        return QLatin1String(SourceLanguage);
    }
    const QString language = languageCode(own->language());

    // Qt's own texts (standard buttons, context menus) in the same language, when installed.
    QTranslator *qt =
        loadTranslator(application, QtTranslatorName, QLocale(language), QStringLiteral("qtbase"),
                       QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // Installed last, so it is asked first: the console's wording wins over Qt's.
    if (qt != nullptr)
        QCoreApplication::installTranslator(qt);
    QCoreApplication::installTranslator(own);
    remove(previous);
    qCInfo(lcApp).noquote() << "Language:" << language
                            << (qt != nullptr ? "with Qt's own catalogue"
                                              : "without Qt's catalogue");
    return language;
}

QString installTranslations(QCoreApplication &application)
{
    return installTranslations(application, languageSetting());
}

QString switchLanguage(QCoreApplication &application, const QString &languageOverride)
{
    setLanguageSetting(languageOverride);
    return installTranslations(application, languageOverride.trimmed());
}

} // namespace descope::translations
