#include "SecretMemory.h"

#include <cstddef>

namespace descope {

namespace {

// Writes through a volatile pointer so that the compiler cannot drop the stores as dead, even
// though the buffer is released right after.
void zero(void *data, std::size_t size)
{
    auto *bytes = static_cast<volatile unsigned char *>(data);
    for (std::size_t i = 0; i < size; ++i)
        bytes[i] = 0;
}

} // namespace

QString privateCopy(const QString &text)
{
    // The (pointer, size) constructor always allocates, unlike copying, which shares.
    return text.isEmpty() ? QString() : QString(text.constData(), text.size());
}

void wipeString(QString &text)
{
    // isMutable() is false for static data, such as QStringLiteral, which lives in read-only
    // memory. Writing through constData() reaches the shared buffer without detaching from it,
    // which would only scrub a fresh copy.
    if (text.data_ptr().isMutable() && !text.isEmpty())
        zero(const_cast<QChar *>(text.constData()), std::size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void wipeBytes(QByteArray &bytes)
{
    if (bytes.data_ptr().isMutable() && !bytes.isEmpty())
        zero(const_cast<char *>(bytes.constData()), std::size_t(bytes.size()));
    bytes.clear();
}

} // namespace descope
