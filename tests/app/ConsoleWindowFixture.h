#pragma once

// The console's window on a sandbox the suite started, for the suites that drive the key
// actions: the window with live model testers, selection helpers, the sandbox's request
// journal and a way to find the window's dialogs once they open.

#include "AppInfo.h"
#include "IsolatedSettings.h"
#include "KeyActionController.h"
#include "KeyActions.h"
#include "KeyFilterProxyModel.h"
#include "KeyTableModel.h"
#include "KeyTableView.h"
#include "MainWindow.h"
#include "ProjectSession.h"
#include "SandboxConnection.h"
#include "SandboxHost.h"
#include "SandboxServer.h"
#include "UserPrompts.h"

#include <QAbstractItemModelTester>
#include <QTest>

#include <memory>

class ConsoleWindowFixture
{
public:
    // Once per suite: settings redirected, the sandbox started, unexpected prompts recorded.
    bool start(const sandbox::SandboxOptions &options)
    {
        descope::appinfo::applyToApplication();
        if (!m_settings.redirect())
            return false;
        if (!m_host.start(options)) {
            qWarning("the sandbox did not start: %s", qPrintable(m_host.errorString()));
            return false;
        }
        descope::UserPrompts::setStrict(true);
        return true;
    }

    // Before each test: fresh settings and prompts, and a window that has loaded the keys.
    bool openWindow(int loadTimeoutMs = 20000)
    {
        descope::UserPrompts::reset();
        IsolatedSettings::clear();
        m_window = std::make_unique<descope::MainWindow>();
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
            m_window->keyTable()->keyModel(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->setConnection(connectionTo(m_host));
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
            keys(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get()) &&
               QTest::qWaitFor([this] { return m_window->session()->hasLoaded(); }, loadTimeoutMs);
    }

    // After each test; then the prompts must all have been answered as queued.
    void closeWindow()
    {
        m_modelTester.reset();
        m_proxyTester.reset();
        m_window.reset();
        m_host.server()->clearScriptedFaults();
    }

    descope::MainWindow *window() const { return m_window.get(); }
    descope::KeyTableModel *keys() const { return m_window->session()->keys(); }
    descope::KeyActions *actions() const { return m_window->keyActions(); }
    descope::KeyTableView *table() const { return m_window->keyTable(); }
    descope::KeyActionController *controller() const { return m_window->keyActionController(); }
    sandbox::SandboxHost &host() { return m_host; }

    bool reloadWindow(int timeoutMs = 20000)
    {
        actions()->refresh->trigger();
        return QTest::qWaitFor([this] { return !m_window->session()->isLoading(); }, timeoutMs);
    }

    bool selectOnly(const QStringList &ids)
    {
        table()->clearSelection();
        return table()->selectKeys(ids) == ids.size() &&
               table()->selectedKeyIds().size() == ids.size();
    }

    QStringList selectAll()
    {
        table()->selectAll();
        return table()->selectedKeyIds();
    }

    // The calls the sandbox saw whose path ends so, since the journal was last cleared.
    int requestsTo(const QString &pathEnd) const
    {
        int count = 0;
        for (const auto &request : m_host.server()->recordedRequests())
            count += request.path.endsWith(pathEnd) ? 1 : 0;
        return count;
    }
    void clearJournal() { m_host.server()->clearRecordedRequests(); }

    // The key's row as the table shows it.
    descope::AccessKey keyOf(const QString &id) const
    {
        const int row = keys()->rowOfKey(id);
        return row < 0 ? descope::AccessKey() : keys()->key(row);
    }

    // A dialog of the window once it shows; a test failure stops the run otherwise, so that no
    // later step dereferences nothing.
    template <typename T>
    T *waitForDialog(const char *objectName, int timeoutMs = 10000)
    {
        T *found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (T *candidate : m_window->findChildren<T *>(QLatin1String(objectName))) {
                    if (candidate->isVisible())
                        found = candidate;
                }
                return found != nullptr;
            },
            timeoutMs);
        if (!found)
            qFatal("no %s opened", objectName);
        return found;
    }

    template <typename T>
    static T *child(QObject *root, const char *objectName)
    {
        T *found = root->findChild<T *>(QLatin1String(objectName));
        if (!found)
            qFatal("there is no %s", objectName);
        return found;
    }

private:
    IsolatedSettings m_settings;
    sandbox::SandboxHost m_host;
    std::unique_ptr<descope::MainWindow> m_window;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
};
