#pragma once

#include "BenchmarkFigures.h"
#include "ManagementClient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QObject>

// The first request of a process loads Qt's network backend, a one-off blocking cost that the
// console pays at start-up. The benchmarks make it (a license call) before timing anything and
// print its time apart; returns it in ms.
inline double timeFirstRequest(descope::ManagementClient &client)
{
    QElapsedTimer timer;
    timer.start();
    bool answered = false;
    QObject context;
    client.license(&context, [&](const auto &) { answered = true; });
    while (!answered)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    return elapsedMs(timer);
}
