#pragma once

#include <QByteArray>
#include <QString>

namespace descope {

// Best-effort scrubbing of secrets held in Qt's implicitly shared strings. Qt frees buffers
// without clearing them, so a secret would otherwise linger in freed heap memory.

// A copy with a buffer of its own, so that wiping it later touches nothing the caller holds.
QString privateCopy(const QString &text);

// Overwrites the string's buffer with zeros *in place*, then empties the string. Every other
// QString sharing that buffer sees the zeros too, which is the point: use it only on buffers
// this code made (privateCopy) or that only secret-holding widgets share. Static data (string
// literals) is left alone, because it cannot be written.
void wipeString(QString &text);
void wipeBytes(QByteArray &bytes);

} // namespace descope
