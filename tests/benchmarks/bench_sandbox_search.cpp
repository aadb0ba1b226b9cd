// Seeds 100,000 keys into an in-memory sandbox and times full searches over loopback.
// Target on the 2-core CI machine: one full search under 0.5 s.

#include "BenchmarkFigures.h"
#include "HttpTestClient.h"
#include "SandboxHost.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int KeyCount = 100'000;
constexpr int Runs = 5;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);

    sandbox::SandboxOptions options;
    options.seedCount = KeyCount;
    sandbox::SandboxHost host;
    QElapsedTimer timer;
    timer.start();
    if (!host.start(options)) {
        std::fprintf(stderr, "sandbox did not start: %s\n", qPrintable(host.errorString()));
        return 1;
    }
    const double seedMs = double(timer.nsecsElapsed()) / 1e6;
    HttpTestClient client(host.baseUrl(), host.projectId(), host.managementKey());

    std::vector<double> fullMs;
    qsizetype bytes = 0;
    std::size_t keys = 0;
    for (int run = 0; run < Runs; ++run) {
        timer.restart();
        const auto response =
            client.post(QStringLiteral("/v1/mgmt/accesskey/search"), nlohmann::json::object());
        fullMs.push_back(double(timer.nsecsElapsed()) / 1e6);
        bytes = response.body.size();
        if (run == 0)
            keys = response.json()["keys"].size();
    }

    std::vector<double> filteredMs;
    for (int run = 0; run < Runs; ++run) {
        timer.restart();
        client.post(QStringLiteral("/v1/mgmt/accesskey/search"),
                    {{"text", "backup"}, {"sort", {{{"field", "name"}}}}});
        filteredMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }

    std::printf("bench_sandbox_search: seeded %d keys in %.0f ms (start-up included)\n", KeyCount,
                seedMs);
    std::printf("bench_sandbox_search: full search returned %zu keys, %.1f MB, median %.0f ms "
                "(best %.0f ms) over %d runs; target < 500 ms\n",
                keys, double(bytes) / 1e6, median(fullMs),
                *std::min_element(fullMs.begin(), fullMs.end()), Runs);
    std::printf("bench_sandbox_search: text+sort search median %.0f ms\n", median(filteredMs));
    return keys == std::size_t(KeyCount) ? 0 : 1;
}
