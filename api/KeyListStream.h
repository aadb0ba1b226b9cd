#pragma once

#include "AccessKey.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

namespace descope::wire {

// Decodes a search answer while it arrives. Whole keys are cut from the text in batches as
// soon as they are complete and decoded on the global thread pool, so that decoding overlaps
// the transfer and the answer is never held whole: of 48 MB for 100,000 keys, only the batches
// not yet decoded are. An answer smaller than one batch, or not of the plain shape
// {"keys":[...]}, is decoded whole when it ends, so that every answer gets the same keys and
// the same errors (a bad key is still named by its place in the whole list).
class KeyListStream : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        qsizetype batchBytes = 1024 * 1024;
        qsizetype inlineBytes = 256 * 1024; // an answer decoded whole below this: on this thread
        qsizetype expectedBytes = -1;       // the answer's length when known: room reserved once
    };

    explicit KeyListStream(Options options, QObject *parent = nullptr);
    ~KeyListStream() override;

    void append(const QByteArray &bytes);
    // Bytes cut into batches and not decoded yet: the reader stops reading above a limit.
    qsizetype bytesInFlight() const { return m_bytesInFlight; }
    // The answer is complete. finished() follows once every batch is decoded, possibly before
    // this returns.
    void finish();
    bool isFinished() const { return m_finished; }
    Result<QList<AccessKey>> takeResult();

Q_SIGNALS:
    void batchDecoded();
    void finished();

private:
    enum class Phase
    {
        Opening, // before the list's '['
        Items,   // in the list: m_pending starts between two keys
        Closing, // from the list's ']' on
        Whole,   // not the plain shape: everything is kept and decoded at the end
    };
    struct Batch;

    void takeOpening();
    void cutBatches(bool answerEnded);
    void dispatch(QByteArray items, qsizetype keyCount);
    void joinDecodedBatches();
    void decodeWhole();
    void finishWhenDecoded();
    void fail(ApiError error);
    void announceResult();

    const Options m_options;
    Phase m_phase = Phase::Opening;
    QByteArray m_opening; // the answer up to and including the list's '['
    QByteArray m_pending;
    qsizetype m_nextScanBytes; // m_pending is scanned for cuts from this size on
    qsizetype m_nextIndex = 0; // the place in the list of the next batch's first key
    qsizetype m_bytesInFlight = 0;
    std::vector<std::unique_ptr<Batch>> m_batches;
    size_t m_joined = 0; // batches whose keys are in m_keys, in order
    QList<AccessKey> m_keys;
    std::optional<ApiError> m_keyError;       // the first bad key, in list order
    std::optional<ApiError> m_structureError; // the list or the answer around it
    bool m_finishing = false;
    std::optional<Result<QList<AccessKey>>> m_result;
    bool m_finished = false;
};

} // namespace descope::wire
