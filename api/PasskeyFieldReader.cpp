#include "PasskeyFieldReader.h"

#include "JsonPositions.h"
#include "PasskeyValues.h"
#include "PasskeyWording.h"

#include <algorithm>

namespace descope::detail {

using json = nlohmann::json;
using Format = PasskeyDevice::Format;

PasskeyFieldReader::PasskeyFieldReader(Format format, int index, Report report)
    : m_format(format)
    , m_index(index)
    , m_report(std::move(report))
{}

void PasskeyFieldReader::checkUnknownFields(const json &body, const std::string &at) const
{
    const Format other = m_format == Format::Descope ? Format::Auth0 : Format::Descope;
    for (const auto &member : body.items()) {
        const std::string &name = member.key();
        if (findField(m_format, name))
            continue;
        QString message = PasskeyText::tr("unknown field %1").arg(quoted(fromStd(name)));
        if (const char *meant = likelyField(m_format, name))
            message = PasskeyText::tr("unknown field %1 (did you mean %2?)")
                          .arg(quoted(fromStd(name)), quoted(QLatin1String(meant)));
        else if (findField(other, name))
            message =
                PasskeyText::tr("%1 is not a field of %2").arg(fromStd(name), formatName(m_format));
        m_report(at + '/' + pointerToken(name), message);
    }
}

const json *PasskeyFieldReader::field(const json &body, const FieldSpec &spec,
                                      const std::string &at) const
{
    const auto it = body.find(spec.name);
    if (it == body.end() || it->is_null()) {
        if (spec.required)
            m_report(at, PasskeyText::tr("passkey %1 has no %2")
                             .arg(m_index + 1)
                             .arg(QLatin1String(spec.name)));
        return nullptr;
    }
    return &*it;
}

QString PasskeyFieldReader::readString(const json &body, const FieldSpec &spec,
                                       const std::string &at) const
{
    const json *value = field(body, spec, at);
    if (!value)
        return {};
    const std::string pointer = at + '/' + spec.name;
    if (!value->is_string()) {
        m_report(pointer, PasskeyText::tr("%1 must be a string, not %2")
                              .arg(QLatin1String(spec.name), kindOf(*value)));
        return {};
    }
    const QString text = fromStd(value->get<std::string>());
    if (text.isEmpty() && spec.required)
        m_report(pointer, PasskeyText::tr("%1 is empty").arg(QLatin1String(spec.name)));
    return text;
}

std::optional<bool> PasskeyFieldReader::readBoolean(const json &body, const FieldSpec &spec,
                                                    const std::string &at) const
{
    const json *value = field(body, spec, at);
    if (!value)
        return std::nullopt;
    if (!value->is_boolean()) {
        m_report(at + '/' + spec.name, PasskeyText::tr("%1 must be true or false, not %2")
                                           .arg(QLatin1String(spec.name), kindOf(*value)));
        return std::nullopt;
    }
    return value->get<bool>();
}

QStringList PasskeyFieldReader::readTransports(const json &body, const FieldSpec &spec,
                                               const std::string &at) const
{
    const json *value = field(body, spec, at);
    if (!value)
        return {};
    const std::string pointer = at + '/' + spec.name;
    if (!value->is_array()) {
        m_report(pointer, PasskeyText::tr("%1 must be a list of strings, not %2")
                              .arg(QLatin1String(spec.name), kindOf(*value)));
        return {};
    }
    QStringList transports;
    for (std::size_t i = 0; i < value->size(); ++i) {
        const json &item = (*value)[i];
        const std::string itemPointer = pointer + '/' + std::to_string(i);
        if (!item.is_string()) {
            m_report(itemPointer, PasskeyText::tr("transport %1 must be a string, not %2")
                                      .arg(i + 1)
                                      .arg(kindOf(item)));
            continue;
        }
        const std::string name = item.get<std::string>();
        if (!isKnownTransport(name)) {
            m_report(itemPointer, PasskeyText::tr("%1 is not a transport (expected usb, nfc, ble, "
                                                  "smart-card, hybrid or internal)")
                                      .arg(quoted(fromStd(name))));
            continue;
        }
        transports.append(fromStd(name));
    }
    return transports;
}

bool PasskeyFieldReader::read(const json &body, const std::string &at, PasskeyDevice &device) const
{
    checkUnknownFields(body, at);
    const auto spec = [this](const char *name) { return *findField(m_format, name); };
    const auto pointerOf = [&at](const char *name) { return at + '/' + name; };

    const char *id = idField(m_format);
    device.credentialId = readString(body, spec(id), at);
    const auto isSpace = [](QChar c) { return c.isSpace(); };
    const bool idHasSpaces =
        std::any_of(device.credentialId.cbegin(), device.credentialId.cend(), isSpace);
    if (idHasSpaces)
        m_report(pointerOf(id), PasskeyText::tr("%1 has spaces in it").arg(QLatin1String(id)));

    device.rpId = readString(body, spec("rpId"), at);
    if (!device.rpId.isEmpty()) {
        if (const QString problem = rpIdProblem(device.rpId); !problem.isEmpty())
            m_report(pointerOf("rpId"), problem);
    }

    const QString publicKey = readString(body, spec("publicKey"), at);
    if (!publicKey.isEmpty()) {
        const auto bytes = decodeBase64(publicKey);
        if (!bytes)
            m_report(pointerOf("publicKey"), PasskeyText::tr("publicKey is not valid base64"));
        else if (bytes->isEmpty())
            m_report(pointerOf("publicKey"), PasskeyText::tr("publicKey is empty"));
        else
            device.publicKey = *bytes;
    }

    device.aaguid = readString(body, spec("aaguid"), at);
    if (!device.aaguid.isEmpty() && !isUuid(device.aaguid))
        m_report(pointerOf("aaguid"), PasskeyText::tr("aaguid must be a UUID such as "
                                                      "adce0002-35bc-c60a-648b-0b25f1f05503"));

    device.transports = readTransports(body, spec("transports"), at);

    const bool idWellFormed = !idHasSpaces && !device.credentialId.isEmpty();
    if (m_format == Format::Descope) {
        device.attestationType = readString(body, spec("attestationType"), at);
        device.backupEligible = readBoolean(body, spec("backupEligible"), at).value_or(false);
        device.backupState = readBoolean(body, spec("backupState"), at).value_or(false);
        // WebAuthn: the backup state flag may only be set on a backup-eligible credential.
        if (device.backupState && !device.backupEligible)
            m_report(pointerOf("backupState"),
                     PasskeyText::tr("backupState is true but backupEligible is not; only a "
                                     "backup-eligible passkey can be backed up"));
        return idWellFormed;
    }

    device.credentialDeviceType = readString(body, spec("credentialDeviceType"), at);
    const std::string deviceType = device.credentialDeviceType.toStdString();
    if (!deviceType.empty() && !isKnownDeviceType(deviceType))
        m_report(pointerOf("credentialDeviceType"),
                 PasskeyText::tr("credentialDeviceType must be singleDevice or multiDevice"));
    device.backupState = readBoolean(body, spec("credentialBackedUp"), at).value_or(false);
    const bool singleDevice = deviceType == "singleDevice" || deviceType == "single_device";
    if (device.backupState && singleDevice)
        m_report(pointerOf("credentialBackedUp"),
                 PasskeyText::tr("credentialBackedUp is true, but a single-device credential "
                                 "cannot be backed up"));
    device.userHandle = readString(body, spec("userHandle"), at);
    return idWellFormed;
}

} // namespace descope::detail
