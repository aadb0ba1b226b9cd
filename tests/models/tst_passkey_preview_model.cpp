// The passkey preview model: one row per passkey of the file in file order, its columns and
// roles for both formats, rows with problems marked, and a new file as a reset.

#include "PasskeyPreviewModel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace descope;
using Model = PasskeyPreviewModel;

namespace {

PasskeyFile fixture(const char *name)
{
    return PasskeyFile::read(QStringLiteral(":/passkeys/") + QLatin1String(name));
}

} // namespace

class TestPasskeyPreviewModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Model> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;

    QString text(int row, int column, int role = Qt::DisplayRole) const
    {
        return m_model->index(row, column).data(role).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_model = std::make_unique<Model>();
        // Alive through every test: it checks each signal the model sends.
        m_tester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_tester.reset();
        m_model.reset();
    }

    void headersNameTheColumns()
    {
        QCOMPARE(m_model->columnCount(), int(Model::ColumnCount));
        QCOMPARE(m_model->rowCount(), 0);
        QStringList headers;
        for (int column = 0; column < Model::ColumnCount; ++column)
            headers.append(m_model->headerData(column, Qt::Horizontal).toString());
        QCOMPARE(headers,
                 QStringList({QStringLiteral("Line"), QStringLiteral("Credential ID"),
                              QStringLiteral("Relying Party"), QStringLiteral("Transports"),
                              QStringLiteral("Backup Eligible"), QStringLiteral("Backed Up"),
                              QStringLiteral("Format")}));
    }

    void descopeRowsShowTheirFields()
    {
        const PasskeyFile file = fixture("descope_devices.json");
        QVERIFY(file.isValid());
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setFile(file);
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 3);

        QCOMPARE(text(0, Model::LineColumn), QStringLiteral("2"));
        QCOMPARE(text(0, Model::CredentialIdColumn), QStringLiteral("Y3JlZGVudGlhbC1vbmU"));
        QCOMPARE(text(0, Model::RelyingPartyColumn), QStringLiteral("example.com"));
        QCOMPARE(text(0, Model::TransportsColumn), QStringLiteral("internal, hybrid"));
        QCOMPARE(text(0, Model::BackupEligibleColumn), QStringLiteral("Yes"));
        QCOMPARE(text(0, Model::BackedUpColumn), QStringLiteral("Yes"));
        QCOMPARE(text(0, Model::FormatColumn), QStringLiteral("Descope"));

        QCOMPARE(text(1, Model::RelyingPartyColumn), QStringLiteral("login.example.com"));
        QCOMPARE(text(1, Model::TransportsColumn), QStringLiteral("usb, nfc"));
        QCOMPARE(text(1, Model::BackupEligibleColumn), QStringLiteral("No"));
        QCOMPARE(text(1, Model::BackedUpColumn), QStringLiteral("No"));
        QCOMPARE(text(2, Model::TransportsColumn), QString());
        QCOMPARE(text(2, Model::LineColumn), QStringLiteral("28"));

        // Sorting reads raw values: line numbers as numbers, flags as -1/0/1.
        QCOMPARE(m_model->index(2, Model::LineColumn).data(Model::SortRole), QVariant(28));
        QCOMPARE(m_model->index(0, Model::BackupEligibleColumn).data(Model::SortRole), QVariant(1));
        QCOMPARE(m_model->index(1, Model::BackedUpColumn).data(Model::SortRole), QVariant(0));
        for (int row = 0; row < 3; ++row) {
            QCOMPARE(m_model->index(row, 0).data(Model::HasProblemsRole), QVariant(false));
            QVERIFY(!m_model->index(row, 0).data(Qt::ForegroundRole).isValid());
        }
        QCOMPARE(text(0, Model::CredentialIdColumn, Qt::ToolTipRole),
                 QStringLiteral("Y3JlZGVudGlhbC1vbmU"));
        QCOMPARE(m_model->entry(1).device.credentialId, QStringLiteral("Y3JlZGVudGlhbC10d28"));
    }

    // Auth0 has no backupEligible: credentialDeviceType tells it, or nothing does.
    void auth0RowsShowTheirFields()
    {
        m_model->setFile(fixture("auth0_export.json"));
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(text(0, Model::CredentialIdColumn), QStringLiteral("a2V5LW9uZQ"));
        QCOMPARE(text(0, Model::FormatColumn), QStringLiteral("Auth0"));
        QCOMPARE(text(0, Model::BackupEligibleColumn), QStringLiteral("Yes"));
        QCOMPARE(text(0, Model::BackupEligibleColumn, Qt::ToolTipRole),
                 QStringLiteral("From credentialDeviceType: multiDevice"));
        QCOMPARE(text(0, Model::BackedUpColumn), QStringLiteral("Yes"));
        QCOMPARE(text(1, Model::BackupEligibleColumn), QStringLiteral("No"));
        QCOMPARE(text(1, Model::BackedUpColumn), QStringLiteral("No"));
        QCOMPARE(text(2, Model::BackupEligibleColumn), QStringLiteral("Unknown"));
        QCOMPARE(m_model->index(2, Model::BackupEligibleColumn).data(Model::SortRole),
                 QVariant(-1));
        QCOMPARE(text(2, Model::BackupEligibleColumn, Qt::ToolTipRole),
                 QStringLiteral("The file does not give credentialDeviceType."));
    }

    void rowsWithProblemsStandOut()
    {
        // (Plain literals: moc would take the "//" of a URL in a raw string for a comment.)
        const PasskeyFile file = PasskeyFile::parse(
            "[\n"
            "  {\"credentialId\": \"YQ\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\"},\n"
            "  {\"credentialId\": \"Yg\", \"rpId\": \"https://example.com\", \"publicKey\": "
            "\"%%%\"},\n"
            "  {\"credentialId\": \"Yw\", \"rpId\": \"example.com\", \"publicKey\": \"AAAA\"}\n"
            "]");
        m_model->setFile(file);
        QCOMPARE(m_model->rowCount(), 3);
        QCOMPARE(m_model->index(0, 0).data(Model::HasProblemsRole), QVariant(false));
        QCOMPARE(m_model->index(1, Model::FormatColumn).data(Model::HasProblemsRole),
                 QVariant(true));
        QCOMPARE(m_model->index(2, 0).data(Model::HasProblemsRole), QVariant(false));
        QVERIFY(m_model->index(1, Model::RelyingPartyColumn)
                    .data(Qt::ForegroundRole)
                    .canConvert<QBrush>());
        // The tooltip lists that passkey's problems, each with its line.
        QCOMPARE(text(1, Model::LineColumn, Qt::ToolTipRole),
                 QStringLiteral("line 3: rpId must be a domain such as example.com, not a URL\n"
                                "line 3: publicKey is not valid base64"));
        // What could be read is shown as it is in the file.
        QCOMPARE(text(1, Model::RelyingPartyColumn), QStringLiteral("https://example.com"));
    }

    void aNewFileReplacesTheRows()
    {
        m_model->setFile(fixture("descope_devices.json"));
        QCOMPARE(m_model->rowCount(), 3);
        QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
        m_model->setFile(fixture("import_body.json"));
        QCOMPARE(resets.size(), 1);
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(text(0, Model::CredentialIdColumn), QStringLiteral("d3JhcHBlZC0x"));
        QCOMPARE(text(1, Model::TransportsColumn), QStringLiteral("smart-card"));

        // A file that could not be read at all has no rows.
        m_model->setFile(PasskeyFile::parse("[1,,]"));
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(resets.size(), 2);

        m_model->setFile(fixture("auth0_export.json"));
        m_model->clear();
        QCOMPARE(m_model->rowCount(), 0);
        QCOMPARE(resets.size(), 4);
        m_model->clear(); // nothing to clear: no signal
        QCOMPARE(resets.size(), 4);
    }

    void indexesOutsideTheTableHaveNoData()
    {
        m_model->setFile(fixture("descope_devices.json"));
        QVERIFY(!m_model->index(3, 0).isValid());
        QVERIFY(!m_model->index(0, Model::ColumnCount).isValid());
        QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
        QVERIFY(!m_model->headerData(0, Qt::Vertical).toString().isEmpty()); // row numbers
        QVERIFY(m_model->roleNames().contains(Model::HasProblemsRole));
    }
};

QTEST_GUILESS_MAIN(TestPasskeyPreviewModel)
#include "tst_passkey_preview_model.moc"
