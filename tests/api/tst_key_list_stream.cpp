// A search answer read as it arrives: whatever the sizes of the reads and of the batches, the
// keys are the keys of the answer decoded whole, in order, and so are the errors, a bad key
// still named by its place in the whole list.

#include "KeyListAnswers.h"
#include "KeyListStream.h"
#include "WireJson.h"

#include <QSignalSpy>
#include <QTest>

using namespace descope;
using namespace descope::wire;

namespace {

// Batches of a few keys each, so that even a small answer is cut many times.
constexpr qsizetype SmallBatch = 2000;

Result<QList<AccessKey>> readInReads(const QByteArray &answer, qsizetype readBytes,
                                     qsizetype batchBytes = SmallBatch)
{
    KeyListStream::Options options;
    options.batchBytes = batchBytes;
    options.expectedBytes = answer.size();
    KeyListStream stream(options);
    QSignalSpy finished(&stream, &KeyListStream::finished);
    for (qsizetype at = 0; at < answer.size(); at += readBytes)
        stream.append(answer.mid(at, readBytes));
    stream.finish();
    if (!stream.isFinished() && !finished.wait(20000))
        return ApiError::decode(QStringLiteral("(the stream did not finish)"));
    if (finished.size() != 1)
        return ApiError::decode(QStringLiteral("(finished %1 times)").arg(finished.size()));
    return stream.takeResult();
}

QString describe(const Result<QList<AccessKey>> &result)
{
    return result.ok() ? QStringLiteral("%1 keys").arg(result.value().size())
                       : result.error().description;
}

} // namespace

class TestKeyListStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answersReadInAnyPiecesGiveTheWholeAnswersKeys_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<qsizetype>("readBytes");
        const QByteArray plain = keyListAnswer(300);
        const QByteArray around = keyListAnswer(300, "\"other\":{\"keys\":[9]},", ",\"total\":300");
        for (const qsizetype readBytes :
             {qsizetype(1), qsizetype(7), qsizetype(1000), qsizetype(65536), plain.size()}) {
            QTest::addRow("reads of %lld", qlonglong(readBytes)) << plain << readBytes;
            QTest::addRow("members around the list, reads of %lld", qlonglong(readBytes))
                << around << readBytes;
        }
        QTest::newRow("an empty list") << QByteArray("{\"keys\": [ ] }") << qsizetype(3);
        QTest::newRow("no list") << QByteArray("{\"total\":0}") << qsizetype(3);
    }

    void answersReadInAnyPiecesGiveTheWholeAnswersKeys()
    {
        QFETCH(QByteArray, answer);
        QFETCH(qsizetype, readBytes);
        const auto whole = decodeSearchAnswer(answer);
        QVERIFY2(whole.ok(), qPrintable(describe(whole)));
        const auto streamed = readInReads(answer, readBytes);
        QVERIFY2(streamed.ok(), qPrintable(describe(streamed)));
        QCOMPARE(streamed.value().size(), whole.value().size());
        QVERIFY(streamed.value() == whole.value());
    }

    void aKeyLargerThanABatchIsStillOneKey()
    {
        QByteArray answer = keyListAnswer(40);
        const QByteArray longText(5 * SmallBatch, 'x');
        const QByteArray withLongText = "\"K20\",\"boundUserId\":\"" + longText + "\",";
        answer.replace("\"K20\",", withLongText);
        const auto streamed = readInReads(answer, 512);
        QVERIFY2(streamed.ok(), qPrintable(describe(streamed)));
        QCOMPARE(streamed.value().size(), 40);
        QCOMPARE(streamed.value().at(20).boundUserId, QString::fromLatin1(longText));
        QCOMPARE(streamed.value().at(39).id, QStringLiteral("K39"));
    }

    void errorsAreTheWholeAnswersErrors_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("error");
        const QString notJson = QStringLiteral("the answer is not valid JSON (truncated?)");
        QByteArray badStatus = keyListAnswer(300);
        const qsizetype key250 = badStatus.indexOf("\"id\":\"K250\"");
        badStatus.replace(badStatus.indexOf("\"status\":\"active\"", key250), 17,
                          "\"status\":12345678");
        QTest::newRow("a bad key late in the list")
            << badStatus
            << QStringLiteral("keys[250].status: expected \"active\" or "
                              "\"inactive\", got a number");
        const QByteArray full = keyListAnswer(300);
        QTest::newRow("cut short in the list") << full.left(full.size() * 2 / 3) << notJson;
        QTest::newRow("cut short after the list") << full.chopped(1) << notJson;
        QTest::newRow("not JSON after the list")
            << keyListAnswer(300, {}, ",\"total\":tru") << notJson;
        QTest::newRow("two lists of keys") << keyListAnswer(300, {}, ",\"keys\":[{\"id\":\"K9\"}]")
                                           << QStringLiteral("keys: given twice");
        QTest::newRow("a missing key") << QByteArray(keyListAnswer(300).replace(
                                              "},\n  {\"id\":\"K200\"", "},,{\"id\":\"K200\""))
                                       << notJson;
        QTest::newRow("a list for an answer")
            << QByteArray("[" + trickyKey(1) + "]")
            << QStringLiteral("the answer is a list, not a JSON object");
        QTest::newRow("nothing") << QByteArray(" \n")
                                 << QStringLiteral("the answer is empty (expected a JSON object)");
    }

    void errorsAreTheWholeAnswersErrors()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, error);
        const auto whole = decodeSearchAnswer(answer);
        QVERIFY(!whole.ok());
        QCOMPARE(whole.error().description, error);
        for (const qsizetype readBytes : {qsizetype(13), qsizetype(4096), answer.size()}) {
            const auto streamed = readInReads(answer, readBytes);
            QVERIFY2(!streamed.ok(), qPrintable(describe(streamed)));
            QCOMPARE(streamed.error().kind, ApiError::Kind::Decode);
            QCOMPARE(streamed.error().description, error);
        }
    }

    void batchesAreDecodedWhileTheAnswerArrives()
    {
        const QByteArray answer = keyListAnswer(300);
        KeyListStream::Options options;
        options.batchBytes = SmallBatch;
        KeyListStream stream(options);
        QSignalSpy decoded(&stream, &KeyListStream::batchDecoded);
        stream.append(answer.first(answer.size() / 2));
        // Half the answer holds many batches: they are cut and decoded before the rest comes.
        QVERIFY(stream.bytesInFlight() > 0 || decoded.size() > 0);
        QVERIFY(QTest::qWaitFor([&] { return stream.bytesInFlight() == 0; }));
        QVERIFY(decoded.size() >= 10);
        QVERIFY(!stream.isFinished());
        stream.append(answer.sliced(answer.size() / 2));
        stream.finish();
        QVERIFY(QTest::qWaitFor([&] { return stream.isFinished(); }));
        const auto keys = stream.takeResult();
        QVERIFY2(keys.ok(), qPrintable(describe(keys)));
        QCOMPARE(keys.value().size(), 300);
    }
};

QTEST_GUILESS_MAIN(TestKeyListStream)
#include "tst_key_list_stream.moc"
