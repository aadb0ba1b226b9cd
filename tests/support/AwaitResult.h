#pragma once

// Runs one asynchronous ManagementClient call to completion, for tests.

#include "Result.h"

#include <QObject>
#include <QTest>

#include <optional>

// `call` receives a context object and the callback to pass on; nullopt (with a warning) when
// no answer comes in time, and a warning when the callback is called more than once.
template <typename T, typename Call>
std::optional<descope::Result<T>> await(Call &&call, int timeoutMs = 20000)
{
    std::optional<descope::Result<T>> result;
    int calls = 0;
    QObject context;
    call(&context, [&](const descope::Result<T> &answer) {
        result = answer;
        ++calls;
    });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, timeoutMs))
        qWarning("no answer within %d ms", timeoutMs);
    QTest::qWait(0);
    if (calls > 1)
        qWarning("callback called %d times", calls);
    return result;
}
