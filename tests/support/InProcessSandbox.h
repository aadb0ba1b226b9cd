#pragma once

// A SandboxHost (the sandbox server in a thread of its own) with a test client bound to it,
// for the tests here that do not need the separate program.

#include "HttpTestClient.h"

#include <SandboxHost.h>
#include <memory>

namespace sandbox_process {

struct InProcessSandbox
{
    std::unique_ptr<sandbox::SandboxHost> host = std::make_unique<sandbox::SandboxHost>();
    std::unique_ptr<HttpTestClient> client;

    // nullptr (with a warning naming the reason) when the server does not start.
    static std::unique_ptr<InProcessSandbox> start(const sandbox::SandboxOptions &options)
    {
        auto running = std::make_unique<InProcessSandbox>();
        if (!running->host->start(options)) {
            qWarning("the sandbox did not start: %s", qPrintable(running->host->errorString()));
            return nullptr;
        }
        running->client = std::make_unique<HttpTestClient>(
            running->host->baseUrl(), running->host->projectId(), running->host->managementKey());
        return running;
    }
};

} // namespace sandbox_process
