#pragma once

#include "PasskeyFields.h"
#include "Passkeys.h"

#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

// Private to the library.
namespace descope::detail {

// Reads the fields of one passkey, in one format, into a PasskeyDevice and checks each value on
// its own. Every problem goes to `report` with the JSON pointer of what it concerns; the file
// reader around it knows where that is in the text, and checks what spans passkeys.
class PasskeyFieldReader
{
public:
    using Report = std::function<void(const std::string &pointer, QString message)>;

    // `index` is the passkey's place in the file's list.
    PasskeyFieldReader(PasskeyDevice::Format format, int index, Report report);

    // Reads `body`, the passkey's fields, found at the JSON pointer `at`. True when its ID is
    // well-formed (given, and without spaces), so that the file can check no other passkey has it.
    bool read(const nlohmann::json &body, const std::string &at, PasskeyDevice &device) const;
    // Reports each member of `body` that is not a field of the format, with a hint when it
    // looks like a misspelt one.
    void checkUnknownFields(const nlohmann::json &body, const std::string &at) const;

private:
    // The field's value, or nullptr when it is absent or null; a required one is reported.
    const nlohmann::json *field(const nlohmann::json &body, const FieldSpec &spec,
                                const std::string &at) const;
    QString readString(const nlohmann::json &body, const FieldSpec &spec,
                       const std::string &at) const;
    std::optional<bool> readBoolean(const nlohmann::json &body, const FieldSpec &spec,
                                    const std::string &at) const;
    QStringList readTransports(const nlohmann::json &body, const FieldSpec &spec,
                               const std::string &at) const;

    PasskeyDevice::Format m_format;
    int m_index;
    Report m_report;
};

} // namespace descope::detail
