#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace descope {

// The console's message catalogues (translations/*.ts, built into the program under
// ":/i18n") and Qt's own, chosen by the system's UI languages or by the override in the
// settings. English is the source language; its catalogue holds only the plural forms.
namespace translations {

// Where the override is kept: "" follows the system, otherwise a language code ("de", "he").
inline constexpr auto LanguageSettingKey = "General/language";

// The languages with a catalogue, as codes ("de", "en", "fr", "he"), sorted.
QStringList availableLanguages();

// The override from the settings, or "" to follow the system.
QString languageSetting();
void setLanguageSetting(const QString &language);

// Installs the catalogues for languageOverride ("" = the system's UI languages), replacing any
// installed by an earlier call, and returns the language now shown ("de", "en", ...). A
// language without a catalogue falls back to English. An override also becomes the default
// QLocale, so dates and numbers match the text. The layout direction follows the catalogue:
// right to left for Hebrew. The new catalogues are installed before the old ones are removed,
// so a running program changes language at once: every widget receives QEvent::LanguageChange
// and retranslates itself.
QString installTranslations(QCoreApplication &application, const QString &languageOverride);

// The same, with the override from the settings.
QString installTranslations(QCoreApplication &application);

// View > Language: keeps the choice in the settings and shows it at once, without a restart.
QString switchLanguage(QCoreApplication &application, const QString &languageOverride);

} // namespace translations

using translations::installTranslations;

} // namespace descope
