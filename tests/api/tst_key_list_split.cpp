// Large search answers are cut between whole keys and decoded piece by piece: the cuts fall only
// between keys of the top-level list, whatever the strings hold, and the keys decoded in pieces
// are the keys decoded whole, in order; a bad key anywhere still gives the whole answer's error.

#include "KeyAnswerReader.h"
#include "KeyListAnswers.h"
#include "KeyListSplit.h"
#include "WireJson.h"

#include <QTest>

using namespace descope;
using namespace descope::wire;
using namespace descope::wire::detail;

namespace {

QStringList ids(const QList<AccessKey> &keys)
{
    QStringList result;
    for (const AccessKey &key : keys)
        result.append(key.id);
    return result;
}

} // namespace

class TestKeyListSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void piecesCoverEveryKeyOnceAndCutOnlyBetweenKeys()
    {
        const QByteArray body = keyListAnswer(50, "\"other\":{\"keys\":[9]},", ",\"total\":50");
        const auto pieces = splitKeyList(body, 3);
        QVERIFY(pieces);
        QCOMPARE(pieces->size(), size_t(3));
        QList<AccessKey> joined;
        for (const KeyListPiece &piece : *pieces) {
            // Each piece is a whole answer of its own.
            const QByteArray part = QByteArrayLiteral("{\"keys\":[") +
                                    body.mid(piece.begin, piece.end - piece.begin) +
                                    QByteArrayLiteral("]}");
            const auto keys = decodeSearchAnswer(part);
            QVERIFY2(keys.ok(), qPrintable(keys.ok() ? QString() : keys.error().description));
            QVERIFY(!keys.value().isEmpty());
            joined += keys.value();
        }
        QCOMPARE(ids(joined), ids(decodeSearchAnswer(body).value()));
        QCOMPARE(joined.size(), 50);
    }

    void answersOfAnotherShapeAreNotCut()
    {
        QVERIFY(!splitKeyList(QByteArrayLiteral("[{\"id\":\"K1\"}]"), 2));
        QVERIFY(!splitKeyList(QByteArrayLiteral("{\"keys\":[]}"), 2));
        QVERIFY(!splitKeyList(QByteArrayLiteral("{\"keys\":[{\"id\":\"K1\"}"), 2)); // truncated
        QVERIFY(!splitKeyList(keyListAnswer(4).chopped(1) + ",\"keys\":[{\"id\":\"K9\"}]}", 2));
        QVERIFY(!splitKeyList(QByteArrayLiteral("{\"keys\":[{\"id\":\"K1\",\"name\":\"x}"), 2));
        // One key cannot be cut: a single piece.
        const auto one = splitKeyList(keyListAnswer(1), 4);
        QVERIFY(one);
        QCOMPARE(one->size(), size_t(1));
    }

    void aLargeAnswerDecodesTheSameInPieces()
    {
        // Past the size from which the decoder uses pieces (4 MB).
        const int count = 20'000;
        const QByteArray body = keyListAnswer(count, {}, ",\"total\":20000");
        QVERIFY(body.size() > 4 * 1024 * 1024);
        const auto pieces = splitKeyList(body, 2);
        QVERIFY(pieces && pieces->size() == 2);
        const auto inPieces = readSearchAnswerPieces(body, *pieces);
        QVERIFY(inPieces);
        const auto keys = decodeSearchAnswer(body);
        QVERIFY(keys.ok());
        QCOMPARE(ids(*inPieces), ids(keys.value()));
        QCOMPARE(*inPieces == keys.value(), true);
        QCOMPARE(keys.value().size(), count);
        for (int i = 0; i < count; i += 997) {
            const AccessKey &key = keys.value().at(i);
            QCOMPARE(key.id, QStringLiteral("K%1").arg(i));
            QCOMPARE(key.name, QStringLiteral("n},{\"keys\":[%1").arg(i));
            QCOMPARE(key.description, QStringLiteral("a \\\"quoted\\\" ] }, { text"));
            QCOMPARE(key.keyTenants.size(), 2);
            QCOMPARE(key.keyTenants.first().roleNames,
                     (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        }
        QCOMPARE(keys.value().last().id, QStringLiteral("K%1").arg(count - 1));
    }

    void theAnswerAroundTheListIsCheckedToo()
    {
        const int count = 20'000;
        const QByteArray body = keyListAnswer(count, {}, ",\"total\":tru");
        QVERIFY(body.size() > 4 * 1024 * 1024);
        const auto pieces = splitKeyList(body, 2);
        QVERIFY(pieces);
        QVERIFY(!readSearchAnswerPieces(body, *pieces));
        const auto keys = decodeSearchAnswer(body);
        QVERIFY(!keys.ok());
        QCOMPARE(keys.error().description,
                 QStringLiteral("the answer is not valid JSON (truncated?)"));
    }

    void aBadKeyInALargeAnswerIsNamedByItsPlaceInTheWholeList()
    {
        const int count = 20'000;
        QByteArray body = keyListAnswer(count);
        QVERIFY(body.size() > 4 * 1024 * 1024);
        // Key 15000 sits in the second piece; its status is a number.
        const QByteArray marker = QByteArrayLiteral("\"id\":\"K15000\"");
        const qsizetype at = body.indexOf(marker);
        QVERIFY(at > 0);
        const qsizetype status = body.indexOf("\"status\":\"active\"", at);
        body.replace(status, 17, QByteArrayLiteral("\"status\":12345678"));
        const auto pieces = splitKeyList(body, 2);
        QVERIFY(pieces);
        QVERIFY(!readSearchAnswerPieces(body, *pieces));
        const auto keys = decodeSearchAnswer(body);
        QVERIFY(!keys.ok());
        QVERIFY2(keys.error().description.contains(QLatin1String("keys[15000].status")),
                 qPrintable(keys.error().description));
    }
};

QTEST_GUILESS_MAIN(TestKeyListSplit)
#include "tst_key_list_split.moc"
