// descope-sandbox: a Descope-compatible management and auth API on loopback, for the console's
// tests and for trying the console without a Descope project.

#include "SandboxServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace {

struct Parsed
{
    sandbox::SandboxOptions options;
    QString error;
};

Parsed parse(const QCommandLineParser &parser)
{
    Parsed parsed;
    auto &options = parsed.options;
    if (parser.isSet(QStringLiteral("listen"))) {
        const QString listen = parser.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        const uint port = colon > 0 ? listen.mid(colon + 1).toUInt(&portOk) : 0;
        QString host = colon > 0 ? listen.left(colon) : QString();
        if (host.startsWith(u'[') && host.endsWith(u']'))
            host = host.mid(1, host.size() - 2);
        if (!portOk || port > 65535 || !options.address.setAddress(host)) {
            parsed.error = QStringLiteral("--listen wants HOST:PORT with a numeric address, "
                                          "e.g. 127.0.0.1:8080 or [::1]:0; got '%1'")
                               .arg(listen);
            return parsed;
        }
        options.port = quint16(port);
    }
    if (parser.isSet(QStringLiteral("project-id")))
        options.projectId = parser.value(QStringLiteral("project-id"));
    if (parser.isSet(QStringLiteral("management-key")))
        options.managementKey = parser.value(QStringLiteral("management-key"));
    if (options.projectId.isEmpty() || options.projectId.contains(u':') ||
        options.managementKey.isEmpty() || options.managementKey.contains(u':')) {
        parsed.error = QStringLiteral("the project ID and management key must be non-empty "
                                      "and contain no ':'");
        return parsed;
    }
    options.databasePath = parser.value(QStringLiteral("db"));

    auto number = [&](const char *name, auto &target, double minimum, double maximum) {
        if (!parser.isSet(QString::fromLatin1(name)))
            return true;
        bool ok = false;
        const double value = parser.value(QString::fromLatin1(name)).toDouble(&ok);
        if (!ok || value < minimum || value > maximum) {
            parsed.error = QStringLiteral("--%1 wants a number from %2 to %3")
                               .arg(QString::fromLatin1(name))
                               .arg(minimum)
                               .arg(maximum);
            return false;
        }
        target = static_cast<std::remove_reference_t<decltype(target)>>(value);
        return true;
    };
    // Stops at the first bad value, which parsed.error then names.
    (void)(number("seed", options.seedCount, 0, 10'000'000) &&
           number("latency", options.latencyMs, 0, 600'000) &&
           number("fail-rate", options.failRate, 0, 1) &&
           number("rate-limit", options.rateLimitPerSecond, 0, 1'000'000));
    return parsed;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("descope-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DESCOPE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A Descope-compatible access-key API for tests and demos."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("listen"),
         QStringLiteral("Address and port (default 127.0.0.1:0, a free port)."),
         QStringLiteral("HOST:PORT")},
        {QStringLiteral("project-id"), QStringLiteral("Project ID to serve."),
         QStringLiteral("ID")},
        {QStringLiteral("management-key"), QStringLiteral("Management key to accept."),
         QStringLiteral("KEY")},
        {QStringLiteral("db"), QStringLiteral("SQLite database file (default: in memory)."),
         QStringLiteral("FILE")},
        {QStringLiteral("seed"), QStringLiteral("Create N example keys at start."),
         QStringLiteral("N")},
        {QStringLiteral("latency"), QStringLiteral("Delay every answer by MS milliseconds."),
         QStringLiteral("MS")},
        {QStringLiteral("fail-rate"), QStringLiteral("Answer this fraction of requests with 503."),
         QStringLiteral("R")},
        {QStringLiteral("rate-limit"),
         QStringLiteral("Allow N requests a second, then answer 429 with Retry-After."),
         QStringLiteral("N")},
    });
    // Bad arguments exit with 2, like the other usage errors below; process() would exit with 1.
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "descope-sandbox: %s\n", qPrintable(parser.errorText()));
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "descope-sandbox: unexpected argument '%s' (did you mean --db?)\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }

    const Parsed parsed = parse(parser);
    if (!parsed.error.isEmpty()) {
        std::fprintf(stderr, "descope-sandbox: %s\n", qPrintable(parsed.error));
        return 2;
    }

    sandbox::SandboxServer server(parsed.options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "descope-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    // The sandbox's own fixed credentials are for local use; they go to stderr so that stdout
    // carries exactly the one line scripts wait for.
    std::fprintf(stderr, "descope-sandbox: management key %s (Authorization: Bearer %s:%s)\n",
                 qPrintable(parsed.options.managementKey), qPrintable(parsed.options.projectId),
                 qPrintable(parsed.options.managementKey));
    std::printf("descope-sandbox listening on %s project=%s\n",
                qPrintable(server.baseUrl().toString()), qPrintable(parsed.options.projectId));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
