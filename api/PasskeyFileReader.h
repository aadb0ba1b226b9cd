#pragma once

#include "JsonPositions.h"
#include "PasskeyFieldReader.h"
#include "PasskeyFile.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

// Private to the library; PasskeyFile::parse is its public face.
namespace descope::detail {

// Reads the text of a passkey file as a whole: the JSON syntax, the file's shape (a list, or an
// import body with loginId and devices), each passkey's wrapping and format, and what spans
// passkeys (one format per file, no ID twice, no member given twice). The fields of each
// passkey are PasskeyFieldReader's; every problem is placed at its line and column here.
class PasskeyFileReader
{
public:
    explicit PasskeyFileReader(const QByteArray &text);

    PasskeyFile run();

private:
    void problem(TextPosition position, QString message, int passkey = -1);
    void problemAt(const std::string &pointer, QString message, int passkey = -1);

    // The index of the passkey a pointer is inside, or -1.
    int passkeyAt(const std::string &pointer) const;

    void readDocument(const nlohmann::json &document);
    void readList(const nlohmann::json &list, const std::string &pointer);
    void readPasskey(const nlohmann::json &item, const std::string &pointer, int index);
    // Reads the fields of passkey `index`, its problems placed here.
    PasskeyFieldReader fieldReader(PasskeyDevice::Format format, int index);
    // Reports an ID that an earlier passkey has too; the ID is at `pointer`, in `idField`.
    void checkIdIsNew(const QString &id, const std::string &pointer, const char *idField,
                      int index);

    QByteArray m_text;
    std::optional<JsonPositions> m_positions;
    PasskeyFile m_file;
    std::string m_listPointer;         // where the list of passkeys is: "" or "/devices"
    std::optional<int> m_formatSetter; // the passkey that set the file's format
    QHash<QString, int> m_passkeyOfId;
};

} // namespace descope::detail
