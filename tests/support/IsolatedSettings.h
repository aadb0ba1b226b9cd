#pragma once

// Settings that a test may write without touching those of whoever runs it.

#include <QSettings>
#include <QTemporaryDir>

// Points the user-scope QSettings, native and INI, into a temporary folder that lives as long
// as this object: a member of the test class, redirected in initTestCase.
class IsolatedSettings
{
public:
    // False, with nothing redirected, when the folder could not be made.
    [[nodiscard]] bool redirect()
    {
        if (!m_dir.isValid())
            return false;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        return true;
    }

    // The folder the settings are written to, for tests that look at the files.
    QString path() const { return m_dir.path(); }

    // Forgets every setting, so that the next test starts as a first run does.
    static void clear()
    {
        QSettings settings;
        settings.clear();
        settings.sync();
    }

private:
    QTemporaryDir m_dir;
};
