#include "KeyListStream.h"

#include "KeyAnswerReader.h"
#include "KeyListSplit.h"
#include "WireJson.h"
#include "WireSupport.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <utility>

namespace descope::wire {

namespace {

using KeysResult = Result<QList<AccessKey>>;

// Past this much text before the list, the answer is not the plain shape.
constexpr qsizetype MaxOpeningBytes = 64 * 1024;

ApiError notJson()
{
    return ApiError::decode(QStringLiteral("the answer is not valid JSON (truncated?)"));
}

} // namespace

struct KeyListStream::Batch
{
    qsizetype bytes = 0;
    QFutureWatcher<KeysResult> watcher;
    std::optional<KeysResult> result;
};

KeyListStream::KeyListStream(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nextScanBytes(options.batchBytes)
{
    if (m_options.expectedBytes > m_options.batchBytes)
        m_keys.reserve(m_options.expectedBytes / detail::MinimumKeyBytes);
}

KeyListStream::~KeyListStream() = default;

void KeyListStream::append(const QByteArray &bytes)
{
    if (m_finishing || bytes.isEmpty())
        return;
    m_pending.append(bytes);
    switch (m_phase) {
    case Phase::Opening:
        takeOpening();
        break;
    case Phase::Items:
        if (m_pending.size() >= m_nextScanBytes)
            cutBatches(false);
        break;
    case Phase::Closing:
    case Phase::Whole:
        break;
    }
}

void KeyListStream::takeOpening()
{
    const detail::ListOpening opening = detail::findKeyListOpening(m_pending);
    switch (opening.found) {
    case detail::ListOpening::Found::List:
        m_opening = m_pending.first(opening.at + 1);
        m_pending.remove(0, opening.at + 1);
        m_phase = Phase::Items;
        if (m_pending.size() >= m_nextScanBytes)
            cutBatches(false);
        return;
    case detail::ListOpening::Found::NotYet:
        if (m_pending.size() > MaxOpeningBytes)
            m_phase = Phase::Whole;
        return;
    case detail::ListOpening::Found::NotThisShape:
        m_phase = Phase::Whole;
        return;
    }
}

void KeyListStream::cutBatches(bool answerEnded)
{
    const detail::ListItems items = detail::scanListItems(m_pending);
    if (items.malformed) {
        m_phase = Phase::Closing;
        return fail(notJson());
    }
    if (items.close < 0 && answerEnded)
        return fail(notJson()); // the list never closes

    // Batches of at least batchBytes, each ending before a comma between keys.
    qsizetype begin = 0;
    size_t firstComma = 0;
    for (size_t comma = 0; comma < items.commas.size(); ++comma) {
        const qsizetype end = items.commas[comma];
        if (end - begin < m_options.batchBytes)
            continue;
        dispatch(m_pending.sliced(begin, end - begin), qsizetype(comma - firstComma) + 1);
        begin = end + 1;
        firstComma = comma + 1;
    }
    if (items.close >= 0) {
        // The rest of the list. An empty list has nothing to decode; blanks after a comma are
        // a missing key, which the reader reports.
        QByteArray last = m_pending.sliced(begin, items.close - begin);
        if (m_nextIndex > 0 || detail::pastBlanks(last, 0) < last.size())
            dispatch(std::move(last), qsizetype(items.commas.size() - firstComma) + 1);
        m_pending.remove(0, items.close);
        m_phase = Phase::Closing;
        return;
    }
    // Less than a batch is left: look again once another batch has come. When nothing could be
    // cut (one key larger than a batch), once the text has doubled, so that a huge key is not
    // scanned again at every read.
    m_nextScanBytes = begin > 0 ? m_pending.size() - begin + m_options.batchBytes
                                : std::max(m_options.batchBytes, 2 * m_pending.size());
    m_pending.remove(0, begin);
}

void KeyListStream::dispatch(QByteArray items, qsizetype keyCount)
{
    auto batch = std::make_unique<Batch>();
    batch->bytes = items.size();
    m_bytesInFlight += batch->bytes;
    Batch *slot = batch.get();
    connect(&slot->watcher, &QFutureWatcherBase::finished, this, [this, slot] {
        // Taken, not copied: a copy shared with the future would be copied again on joining.
        slot->result = slot->watcher.future().takeResult();
        m_bytesInFlight -= slot->bytes;
        joinDecodedBatches();
        Q_EMIT batchDecoded();
        finishWhenDecoded();
    });
    const qsizetype firstIndex = m_nextIndex;
    m_nextIndex += keyCount;
    slot->watcher.setFuture(QtConcurrent::run([items = std::move(items), firstIndex] {
        return detail::guarded<QList<AccessKey>>(
            [&] { return detail::readSearchAnswerItems(items, firstIndex); });
    }));
    m_batches.push_back(std::move(batch));
}

void KeyListStream::joinDecodedBatches()
{
    while (m_joined < m_batches.size() && m_batches[m_joined]->result) {
        std::optional<KeysResult> &result = m_batches[m_joined]->result;
        if (!result->ok()) {
            if (!m_keyError)
                m_keyError = result->error();
        } else if (!m_keyError) {
            for (AccessKey &key : result->value())
                m_keys.append(std::move(key));
        }
        result.reset();
        ++m_joined;
    }
}

void KeyListStream::finish()
{
    if (m_finishing)
        return;
    m_finishing = true;
    if (m_phase == Phase::Items && !m_batches.empty())
        cutBatches(true);
    if (m_batches.empty())
        return decodeWhole();
    if (m_phase == Phase::Closing && !m_structureError) {
        // The answer around the list must read as well (which refuses a second list of keys).
        const KeysResult around = decodeSearchAnswer(m_opening + m_pending);
        if (!around.ok())
            fail(around.error());
    }
    m_opening.clear();
    m_pending.clear();
    finishWhenDecoded();
}

void KeyListStream::decodeWhole()
{
    QByteArray whole = m_opening + m_pending;
    m_opening.clear();
    m_pending.clear();
    if (whole.size() < m_options.inlineBytes) {
        m_result = decodeSearchAnswer(whole);
        return announceResult();
    }
    auto *watcher = new QFutureWatcher<KeysResult>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        m_result = watcher->future().takeResult();
        watcher->deleteLater();
        announceResult();
    });
    watcher->setFuture(
        QtConcurrent::run([whole = std::move(whole)] { return decodeSearchAnswer(whole); }));
}

void KeyListStream::finishWhenDecoded()
{
    if (!m_finishing || m_result || m_joined < m_batches.size())
        return;
    if (m_keyError)
        m_result = *m_keyError;
    else if (m_structureError)
        m_result = *m_structureError;
    else
        m_result = std::exchange(m_keys, {});
    m_keys = {};
    announceResult();
}

void KeyListStream::announceResult()
{
    m_finished = true;
    Q_EMIT finished();
}

void KeyListStream::fail(ApiError error)
{
    if (!m_structureError)
        m_structureError = std::move(error);
}

KeysResult KeyListStream::takeResult()
{
    Q_ASSERT(m_result);
    KeysResult result = std::move(*m_result);
    m_result.reset();
    return result;
}

} // namespace descope::wire
