#include "PasskeyFile.h"

#include "PasskeyFileReader.h"
#include "PasskeyWording.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace descope {

using detail::PasskeyText;

QString PasskeyProblem::text() const
{
    if (line <= 0)
        return message;
    return PasskeyText::tr("line %1: %2").arg(QString::number(line), message);
}

QList<PasskeyDevice> PasskeyFile::devices() const
{
    QList<PasskeyDevice> result;
    result.reserve(entries.size());
    for (const Entry &entry : entries)
        result.append(entry.device);
    return result;
}

PasskeyFile PasskeyFile::read(const QString &path)
{
    PasskeyFile file;
    const auto fail = [&file](QString message) {
        file.problems.append({0, 0, -1, std::move(message)});
        return file;
    };
    const QFileInfo info(path);
    if (!info.exists())
        return fail(PasskeyText::tr("The file %1 does not exist.").arg(path));
    if (info.isDir())
        return fail(PasskeyText::tr("%1 is a folder, not a file.").arg(path));
    const QLocale locale;
    const auto tooLarge = [&](qint64 size) {
        return fail(PasskeyText::tr("The file is %1; passkey files over %2 are refused.")
                        .arg(locale.formattedDataSize(size), locale.formattedDataSize(MaxBytes)));
    };
    if (info.size() > MaxBytes)
        return tooLarge(info.size());

    QFile input(path);
    if (!input.open(QIODevice::ReadOnly))
        return fail(PasskeyText::tr("The file cannot be read: %1").arg(input.errorString()));
    // It may have grown since, or be a device whose size says nothing.
    const QByteArray text = input.read(MaxBytes + 1);
    if (input.error() != QFileDevice::NoError)
        return fail(PasskeyText::tr("The file cannot be read: %1").arg(input.errorString()));
    if (text.size() > MaxBytes)
        return tooLarge(text.size());
    return parse(text);
}

PasskeyFile PasskeyFile::parse(const QByteArray &text)
{
    return detail::PasskeyFileReader(text).run();
}

} // namespace descope
