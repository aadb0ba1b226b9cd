#pragma once

#include "Passkeys.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace descope {

// One thing wrong with a passkey file, and where: "line 14: publicKey is not valid base64".
struct PasskeyProblem
{
    int line = 0;     // 1-based; 0 when it concerns the file as a whole (missing, too large)
    int column = 0;   // 1-based, in characters; 0 when the line says enough
    int passkey = -1; // the PasskeyFile::entries index it concerns, or -1
    QString message;

    // The message after its line, "line 3: JSON: unexpected ',' (column 17)", or alone.
    QString text() const;
};

// A JSON file of passkeys to import for one user, read and checked before anything is sent,
// so that what it accepts is what the import call (descope-api.md §5) takes. Two shapes:
//
//   [ passkey, ... ]                                  a list of passkeys
//   { "loginId": "...", "devices": [ passkey, ... ] } the import body itself; loginId optional
//
// Each passkey is wrapped as on the wire, {"descope": {...}} or {"auth0": {...}}, or bare:
// Descope's device fields (credentialId, rpId, publicKey, ...) or Auth0's export fields (keyId,
// rpId, publicKey, ...). One file holds one format. Unknown fields are problems rather than
// silently dropped, since a misspelt optional field would otherwise vanish without a word.
struct PasskeyFile
{
    // Larger files are refused before a byte is read.
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;

    struct Entry
    {
        // What could be read; a field with a problem is left at its default.
        PasskeyDevice device;
        int line = 0; // where the passkey starts in the file
        bool hasProblems = false;
    };

    // The file's format, once a passkey showed it.
    std::optional<PasskeyDevice::Format> format;
    // The user the file names, when it is an import body with a loginId.
    QString loginId;
    // Every passkey of the list, in file order, problems or not, so the preview can show them.
    QList<Entry> entries;
    // In line order.
    QList<PasskeyProblem> problems;

    // Ready to send: at least one passkey and no problem anywhere.
    bool isValid() const { return problems.isEmpty() && !entries.isEmpty(); }
    QList<PasskeyDevice> devices() const;

    // Reads and checks a file; a missing, unreadable or too large file is one problem.
    static PasskeyFile read(const QString &path);
    // Checks the text of a file.
    static PasskeyFile parse(const QByteArray &text);
};

} // namespace descope
