// The access-key management endpoints of the sandbox, over loopback HTTP.

#include "SandboxFixture.h"

#include <QTest>

#include <algorithm>
#include <set>

using nlohmann::json;

namespace {

const std::string Acme = "T2AcmeCorp0000000000000000001";
const std::string Globex = "T2Globex000000000000000000002";

std::set<std::string> idsOf(const json &searchAnswer)
{
    std::set<std::string> ids;
    for (const auto &key : searchAnswer.at("keys"))
        ids.insert(key.at("id").get<std::string>());
    return ids;
}

} // namespace

class TestSandboxAccessKeys : public QObject
{
    Q_OBJECT

private:
    SandboxFixture m_sandbox;

    HttpTestClient::Response post(const char *path, const json &body)
    {
        return m_sandbox.client().post(QString::fromLatin1(path), body);
    }
    json search(const json &body) { return post("/v1/mgmt/accesskey/search", body).json(); }
    std::string createdId(const json &body) { return m_sandbox.create(body)["key"]["id"]; }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_sandbox.start()); }

    void createAnswersKeyWithEveryFieldAndCleartext()
    {
        const long long before = SandboxFixture::now();
        const json answer = m_sandbox.create({{"name", "billing-export"}});
        const json &key = answer.at("key");
        QCOMPARE(key["name"], "billing-export");
        QVERIFY(key["id"].get<std::string>().size() >= 20);
        QCOMPARE(key["status"], "active");
        QCOMPARE(key["description"], "");
        QCOMPARE(key["roleNames"], json::array());
        QCOMPARE(key["keyTenants"], json::array());
        QCOMPARE(key["permittedIps"], json::array());
        QCOMPARE(key["customClaims"], json::object());
        QCOMPARE(key["boundUserId"], "");
        QCOMPARE(key["expireTime"], 0);
        QVERIFY(key["createdTime"].get<long long>() >= before);
        QVERIFY(key["createdTime"].get<long long>() <= SandboxFixture::now());
        QVERIFY(!key["createdBy"].get<std::string>().empty());
        QVERIFY(!key["clientId"].get<std::string>().empty());
        QVERIFY(answer["cleartext"].get<std::string>().size() > 32);
        QVERIFY(!contains(answer["cleartext"].get<std::string>(), ":"));
    }

    void createStoresEveryRequestField()
    {
        const json body = {{"name", "full"},
                           {"expireTime", 1900000000},
                           {"roleNames", {"Viewer", "Editor"}},
                           {"description", "all fields"},
                           {"userId", "U2user"},
                           {"customClaims", {{"k1", "v1"}, {"n", 3}, {"b", true}}},
                           {"permittedIps", {"10.0.0.0/8", "2001:db8::1"}},
                           {"customAttributes", {{"team", "data"}}}};
        const json key = m_sandbox.create(body)["key"];
        const json loaded = m_sandbox.load(key["id"])["key"];
        for (const json &stored : {key, loaded}) {
            QCOMPARE(stored["expireTime"], 1900000000);
            QCOMPARE(stored["roleNames"], json({"Viewer", "Editor"}));
            QCOMPARE(stored["description"], "all fields");
            QCOMPARE(stored["boundUserId"], "U2user");
            QCOMPARE(stored["customClaims"], body["customClaims"]);
            QCOMPARE(stored["permittedIps"], body["permittedIps"]);
            QCOMPARE(stored["customAttributes"], body["customAttributes"]);
        }
    }

    void createWithTenantRolesNamesTenantsAndDropsProjectRoles()
    {
        const json key = m_sandbox.create({{"name", "tenant-key"},
                                           {"roleNames", {"Viewer"}},
                                           {"keyTenants",
                                            {{{"tenantId", Acme}, {"roleNames", {"Tenant Admin"}}},
                                             {{"tenantId", Globex}}}}})["key"];
        QCOMPARE(key["keyTenants"].size(), 2u);
        QCOMPARE(key["keyTenants"][0]["tenantId"], Acme);
        QCOMPARE(key["keyTenants"][0]["tenantName"], "Acme Corp");
        QCOMPARE(key["keyTenants"][0]["roleNames"], json({"Tenant Admin"}));
        QCOMPARE(key["keyTenants"][1]["roleNames"], json::array());
        QCOMPARE(key["roleNames"], json::array()); // tenant roles win
    }

    void createAcceptsEverySpellingOfUnset_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("spelling");
        for (const char *field : {"roleNames", "keyTenants", "permittedIps", "customClaims",
                                  "customAttributes", "description", "userId", "expireTime"}) {
            for (const char *spelling : {"absent", "null", "\"\"", "[]"}) {
                QTest::addRow("%s=%s", field, spelling)
                    << QString::fromLatin1(field) << QString::fromLatin1(spelling);
            }
        }
    }

    void createAcceptsEverySpellingOfUnset()
    {
        QFETCH(QString, field);
        QFETCH(QString, spelling);
        json body = {{"name", "unset"}};
        if (spelling != QLatin1String("absent"))
            body[field.toStdString()] = json::parse(spelling.toStdString());
        const auto response = post("/v1/mgmt/accesskey/create", body);
        QCOMPARE(response.status, 200);
        const json key = response.json()["key"];
        QCOMPARE(key["roleNames"], json::array());
        QCOMPARE(key["keyTenants"], json::array());
        QCOMPARE(key["permittedIps"], json::array());
        QCOMPARE(key["customClaims"], json::object());
        QCOMPARE(key["description"], "");
        QCOMPARE(key["boundUserId"], "");
        QCOMPARE(key["expireTime"], 0);
    }

    void createAcceptsExpireTimeAsNumericString()
    {
        const json key = m_sandbox.create({{"name", "s"}, {"expireTime", "1900000001"}})["key"];
        QCOMPARE(key["expireTime"], 1900000001);
    }

    void createRejectsInvalidInput_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("errorCode");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << R"({})"
                                 << "E011002"
                                 << "The name field is required";
        QTest::newRow("blank name") << R"({"name":"  "})"
                                    << "E011002"
                                    << "name field is required";
        QTest::newRow("name not text") << R"({"name":5})"
                                       << "E011003"
                                       << "name";
        QTest::newRow("unknown role") << R"({"name":"a","roleNames":["Nope"]})"
                                      << "E011004"
                                      << "Nope";
        QTest::newRow("unknown tenant") << R"({"name":"a","keyTenants":[{"tenantId":"T2none"}]})"
                                        << "E011004"
                                        << "T2none";
        QTest::newRow("tenant without id") << R"({"name":"a","keyTenants":[{"roleNames":[]}]})"
                                           << "E011002"
                                           << "keyTenants[0].tenantId";
        QTest::newRow("tenant twice")
            << R"({"name":"a","keyTenants":[{"tenantId":"T2AcmeCorp0000000000000000001"},{"tenantId":"T2AcmeCorp0000000000000000001"}]})"
            << "E011004"
            << "more than once";
        QTest::newRow("bad ip") << R"({"name":"a","permittedIps":["300.1.2.3"]})"
                                << "E011004"
                                << "300.1.2.3";
        QTest::newRow("bad cidr") << R"({"name":"a","permittedIps":["10.0.0.0/40"]})"
                                  << "E011004"
                                  << "10.0.0.0/40";
        QTest::newRow("negative expiry") << R"({"name":"a","expireTime":-5})"
                                         << "E011004"
                                         << "expireTime";
        QTest::newRow("expiry not a number") << R"({"name":"a","expireTime":"soon"})"
                                             << "E011003"
                                             << "expireTime";
        QTest::newRow("roles not a list") << R"({"name":"a","roleNames":"Viewer"})"
                                          << "E011003"
                                          << "roleNames";
        QTest::newRow("claims not an object") << R"({"name":"a","customClaims":[1]})"
                                              << "E011003"
                                              << "customClaims";
    }

    void createRejectsInvalidInput()
    {
        QFETCH(QString, body);
        QFETCH(QString, errorCode);
        QFETCH(QString, mentions);
        const int before = int(search(json::object())["keys"].size());
        const auto response =
            m_sandbox.client().postRaw(QStringLiteral("/v1/mgmt/accesskey/create"), body.toUtf8());
        QCOMPARE(response.status, 400);
        QCOMPARE(QString::fromStdString(errorCodeOf(response)), errorCode);
        QVERIFY2(QString::fromStdString(descriptionOf(response)).contains(mentions),
                 response.body.constData());
        QCOMPARE(int(search(json::object())["keys"].size()), before);
    }

    void loadFindsKeyAndRefusesUnknownOrMissingId()
    {
        const std::string id = createdId({{"name", "loadable"}});
        QCOMPARE(m_sandbox.load(id)["key"]["name"], "loadable");

        const auto unknown = m_sandbox.client().get(QStringLiteral("/v1/mgmt/accesskey?id=K2nope"));
        QCOMPARE(unknown.status, 404);
        QCOMPARE(errorCodeOf(unknown), "E011404");
        QVERIFY(contains(descriptionOf(unknown), "K2nope"));

        const auto missing = m_sandbox.client().get(QStringLiteral("/v1/mgmt/accesskey"));
        QCOMPARE(missing.status, 400);
        QCOMPARE(errorCodeOf(missing), "E011002");
    }

    void searchAcceptsNoBodyAndEmptyObject()
    {
        createdId({{"name", "visible"}});
        const auto noBody =
            m_sandbox.client().postRaw(QStringLiteral("/v1/mgmt/accesskey/search"), {});
        QCOMPARE(noBody.status, 200);
        const auto all = noBody.json()["keys"];
        QVERIFY(!all.empty());
        QCOMPARE(search(json::object())["keys"].size(), all.size());
    }

    void searchFiltersByEveryField()
    {
        const std::string acme =
            createdId({{"name", "Filter Alpha"},
                       {"keyTenants", {{{"tenantId", Acme}, {"roleNames", {"Viewer"}}}}},
                       {"customAttributes", {{"team", "blue"}, {"tier", 2}}}});
        const std::string globex = createdId({{"name", "filter beta"},
                                              {"description", "Nightly ZEBRA export"},
                                              {"keyTenants", {{{"tenantId", Globex}}}},
                                              {"userId", "U2bound"},
                                              {"customAttributes", {{"team", "red"}}}});
        const std::string plain = createdId({{"name", "filter gamma"}});

        QCOMPARE(idsOf(search({{"tenantIds", {Acme}}})).count(acme), 1u);
        QCOMPARE(idsOf(search({{"tenantIds", {Acme}}})).count(globex), 0u);
        QCOMPARE(idsOf(search({{"tenantIds", {Acme, Globex}}})).count(globex), 1u);
        QCOMPARE(idsOf(search({{"boundUserId", "U2bound"}})), std::set<std::string>{globex});
        QCOMPARE(idsOf(search({{"customAttributes", {{"team", "blue"}}}})),
                 std::set<std::string>{acme});
        QCOMPARE(idsOf(search({{"customAttributes", {{"team", {"blue", "red"}}}}})),
                 (std::set<std::string>{acme, globex}));
        QCOMPARE(idsOf(search({{"customAttributes", {{"team", "blue"}, {"tier", 3}}}})).size(), 0u);
        QCOMPARE(idsOf(search({{"text", "zebra"}})), std::set<std::string>{globex});
        QCOMPARE(idsOf(search({{"text", "FILTER"}})), (std::set<std::string>{acme, globex, plain}));
        QCOMPARE(idsOf(search({{"text", acme.substr(3, 10)}})), std::set<std::string>{acme});

        const std::string creator = m_sandbox.load(plain)["key"]["createdBy"];
        QVERIFY(idsOf(search({{"creatingUser", creator}})).count(plain) == 1);
        QCOMPARE(idsOf(search({{"creatingUser", "nobody@example.com"}})).size(), 0u);
    }

    void searchSortsAndPages()
    {
        for (const char *name : {"sort-b", "sort-c", "sort-a"})
            createdId({{"name", name}});
        auto names = [](const json &answer) {
            std::vector<std::string> result;
            for (const auto &key : answer["keys"])
                result.push_back(key["name"]);
            return result;
        };
        const json ascending = search({{"text", "sort-"}, {"sort", {{{"field", "name"}}}}});
        QCOMPARE(names(ascending), (std::vector<std::string>{"sort-a", "sort-b", "sort-c"}));
        const json descending =
            search({{"text", "sort-"}, {"sort", {{{"field", "name"}, {"desc", true}}}}});
        QCOMPARE(names(descending), (std::vector<std::string>{"sort-c", "sort-b", "sort-a"}));
        const json page =
            search({{"text", "sort-"}, {"sort", {{{"field", "name"}}}}, {"limit", 2}, {"page", 1}});
        QCOMPARE(names(page), std::vector<std::string>{"sort-c"});

        const auto bad = post("/v1/mgmt/accesskey/search", {{"sort", {{{"field", "colour"}}}}});
        QCOMPARE(bad.status, 400);
        QVERIFY(contains(descriptionOf(bad), "colour"));
    }

    void updateKeepsAbsentAndNullFields()
    {
        const json original = m_sandbox.create({{"name", "keep"},
                                                {"description", "kept"},
                                                {"roleNames", {"Viewer"}},
                                                {"customClaims", {{"a", 1}}},
                                                {"permittedIps", {"10.0.0.1"}},
                                                {"customAttributes", {{"team", "x"}}}})["key"];
        const std::string id = original["id"];
        auto response = post("/v1/mgmt/accesskey/update", {{"id", id}, {"name", "kept-renamed"}});
        QCOMPARE(response.status, 200);
        json updated = response.json()["key"];
        QCOMPARE(updated["name"], "kept-renamed");
        for (const char *field : {"description", "roleNames", "customClaims", "permittedIps",
                                  "customAttributes", "createdTime", "expireTime"})
            QCOMPARE(updated[field], original[field]);

        response = post("/v1/mgmt/accesskey/update", {{"id", id},
                                                      {"name", "kept-renamed"},
                                                      {"description", nullptr},
                                                      {"roleNames", nullptr},
                                                      {"customClaims", nullptr},
                                                      {"permittedIps", nullptr},
                                                      {"customAttributes", nullptr}});
        QCOMPARE(response.status, 200);
        updated = m_sandbox.load(id)["key"];
        for (const char *field :
             {"description", "roleNames", "customClaims", "permittedIps", "customAttributes"})
            QCOMPARE(updated[field], original[field]);
    }

    void updateClearsExplicitlyEmptyFields()
    {
        const std::string id = createdId({{"name", "clear"},
                                          {"description", "gone soon"},
                                          {"roleNames", {"Viewer"}},
                                          {"customClaims", {{"a", 1}}},
                                          {"permittedIps", {"10.0.0.1"}},
                                          {"customAttributes", {{"team", "x"}}}});
        const auto response =
            post("/v1/mgmt/accesskey/update", {{"id", id},
                                               {"name", "clear"},
                                               {"description", ""},
                                               {"roleNames", json::array()},
                                               {"customClaims", json::object()},
                                               {"permittedIps", json::array()},
                                               {"customAttributes", json::object()}});
        QCOMPARE(response.status, 200);
        const json key = m_sandbox.load(id)["key"];
        QCOMPARE(key["description"], "");
        QCOMPARE(key["roleNames"], json::array());
        QCOMPARE(key["customClaims"], json::object());
        QCOMPARE(key["permittedIps"], json::array());
        QCOMPARE(key["customAttributes"], json::object());
    }

    void updateReplacesScopeAndIgnoresFixedFields()
    {
        const json original = m_sandbox.create({{"name", "scope"},
                                                {"roleNames", {"Viewer"}},
                                                {"userId", "U2a"},
                                                {"expireTime", 1900000000}})["key"];
        const std::string id = original["id"];
        const auto response =
            post("/v1/mgmt/accesskey/update",
                 {{"id", id},
                  {"name", "scope"},
                  {"keyTenants", {{{"tenantId", Acme}, {"roleNames", {"Editor"}}}}},
                  {"expireTime", 5},
                  {"userId", "U2other"},
                  {"status", "inactive"}});
        QCOMPARE(response.status, 200);
        const json key = response.json()["key"];
        QCOMPARE(key["keyTenants"][0]["tenantId"], Acme);
        QCOMPARE(key["roleNames"], json::array());
        QCOMPARE(key["expireTime"], 1900000000);
        QCOMPARE(key["boundUserId"], "U2a");
        QCOMPARE(key["status"], "active");
    }

    void updateRefusesMissingFieldsAndUnknownKeys()
    {
        const std::string id = createdId({{"name", "strict"}});
        auto response = post("/v1/mgmt/accesskey/update", {{"id", id}});
        QCOMPARE(response.status, 400);
        QVERIFY(contains(descriptionOf(response), "The name field is required"));
        response = post("/v1/mgmt/accesskey/update", {{"name", "x"}});
        QCOMPARE(response.status, 400);
        QVERIFY(contains(descriptionOf(response), "The id field is required"));
        response = post("/v1/mgmt/accesskey/update", {{"id", "K2missing"}, {"name", "x"}});
        QCOMPARE(response.status, 404);
        response = post("/v1/mgmt/accesskey/update",
                        {{"id", id}, {"name", "x"}, {"roleNames", {"Ghost"}}});
        QCOMPARE(response.status, 400);
        QCOMPARE(m_sandbox.load(id)["key"]["name"], "strict");
    }

    void activateDeactivateAndDeleteOneKey()
    {
        const std::string id = createdId({{"name", "toggle"}});
        auto response = post("/v1/mgmt/accesskey/deactivate", {{"id", id}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json(), json::object());
        QCOMPARE(m_sandbox.load(id)["key"]["status"], "inactive");

        response = post("/v1/mgmt/accesskey/activate", {{"id", id}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json(), json::object());
        QCOMPARE(m_sandbox.load(id)["key"]["status"], "active");

        response = post("/v1/mgmt/accesskey/delete", {{"id", id}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json(), json::object());
        QCOMPARE(m_sandbox.client()
                     .get(QStringLiteral("/v1/mgmt/accesskey?id=") + QString::fromStdString(id))
                     .status,
                 404);
    }

    void singleActionsRefuseUnknownOrMissingIds_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *action : {"activate", "deactivate", "delete", "rotate"})
            QTest::newRow(action) << QStringLiteral("/v1/mgmt/accesskey/") +
                                         QString::fromLatin1(action);
    }

    void singleActionsRefuseUnknownOrMissingIds()
    {
        QFETCH(QString, path);
        auto response = m_sandbox.client().post(path, {{"id", "K2unknown"}});
        QCOMPARE(response.status, 404);
        QCOMPARE(errorCodeOf(response), "E011404");
        response = m_sandbox.client().post(path, json::object());
        QCOMPARE(response.status, 400);
        QVERIFY(contains(descriptionOf(response), "The id field is required"));
    }

    void batchActionsChangeEveryKey()
    {
        std::vector<std::string> ids;
        for (int i = 0; i < 4; ++i)
            ids.push_back(createdId({{"name", "batch-" + std::to_string(i)}}));
        auto response = post("/v1/mgmt/accesskey/deactivate/batch", {{"ids", ids}});
        QCOMPARE(response.status, 200);
        QCOMPARE(response.json(), json::object());
        for (const auto &id : ids)
            QCOMPARE(m_sandbox.load(id)["key"]["status"], "inactive");

        response = post("/v1/mgmt/accesskey/activate/batch", {{"ids", {ids[0], ids[1], ids[0]}}});
        QCOMPARE(response.status, 200);
        QCOMPARE(m_sandbox.load(ids[0])["key"]["status"], "active");
        QCOMPARE(m_sandbox.load(ids[1])["key"]["status"], "active");
        QCOMPARE(m_sandbox.load(ids[2])["key"]["status"], "inactive");

        response = post("/v1/mgmt/accesskey/delete/batch", {{"ids", ids}});
        QCOMPARE(response.status, 200);
        const auto remaining = idsOf(search({{"text", "batch-"}}));
        for (const auto &id : ids)
            QCOMPARE(remaining.count(id), 0u);
    }

    void batchWithUnknownIdsChangesNothingAndNamesThem()
    {
        const std::string known = createdId({{"name", "batch-partial"}});
        for (const char *path :
             {"/v1/mgmt/accesskey/deactivate/batch", "/v1/mgmt/accesskey/delete/batch"}) {
            const auto response = post(path, {{"ids", {known, "K2ghost1", "K2ghost2"}}});
            QCOMPARE(response.status, 404);
            QVERIFY(contains(descriptionOf(response), "K2ghost1"));
            QVERIFY(contains(descriptionOf(response), "K2ghost2"));
            QVERIFY(!contains(descriptionOf(response), known));
            QCOMPARE(m_sandbox.load(known)["key"]["status"], "active");
        }
        for (const json &ids : {json(nullptr), json::array(), json("")}) {
            const auto response = post("/v1/mgmt/accesskey/delete/batch", {{"ids", ids}});
            QCOMPARE(response.status, 400);
            QCOMPARE(errorCodeOf(response), "E011002");
        }
    }

    void rotateKeepsTheKeyAndIssuesANewSecret()
    {
        const json created = m_sandbox.create({{"name", "rotating"}, {"roleNames", {"Viewer"}}});
        const std::string id = created["key"]["id"];
        const auto response = post("/v1/mgmt/accesskey/rotate", {{"id", id}});
        QCOMPARE(response.status, 200);
        const json rotated = response.json();
        QCOMPARE(rotated["key"]["id"], id);
        QCOMPARE(rotated["key"]["name"], "rotating");
        QCOMPARE(rotated["key"]["roleNames"], json({"Viewer"}));
        QVERIFY(rotated["cleartext"] != created["cleartext"]);

        auto exchange = [this](const json &cleartext) {
            return m_sandbox.client().send(
                "POST", QStringLiteral("/v1/auth/accesskey/exchange"), "{}",
                m_sandbox.client().accessKeyAuthorization(cleartext.get<std::string>()));
        };
        QCOMPARE(exchange(created["cleartext"]).status, 401);
        QCOMPARE(exchange(rotated["cleartext"]).status, 200);
        // Neither load nor search ever shows a cleartext again.
        QVERIFY(!m_sandbox.load(id).contains("cleartext"));
    }

    void rotateRefusesInactiveAndExpiredKeys()
    {
        const std::string inactive = createdId({{"name", "rotate-inactive"}});
        post("/v1/mgmt/accesskey/deactivate", {{"id", inactive}});
        auto response = post("/v1/mgmt/accesskey/rotate", {{"id", inactive}});
        QCOMPARE(response.status, 400);
        QVERIFY(contains(descriptionOf(response), "inactive"));

        const std::string expired =
            createdId({{"name", "rotate-expired"}, {"expireTime", SandboxFixture::now() - 60}});
        response = post("/v1/mgmt/accesskey/rotate", {{"id", expired}});
        QCOMPARE(response.status, 400);
        QVERIFY(contains(descriptionOf(response), "expired"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAccessKeys)
#include "tst_sandbox_access_keys.moc"
