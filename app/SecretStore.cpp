#include "SecretStore.h"

#include <QTimer>

#include <utility>

namespace descope {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{}

void SecretStore::answerLater(const QObject *context, Callback callback, SecretResult result)
{
    answerLater(QPointer<const QObject>(context), context != nullptr, std::move(callback),
                std::move(result));
}

void SecretStore::answerLater(const QPointer<const QObject> &context, bool hadContext,
                              Callback callback, SecretResult result)
{
    QTimer::singleShot(
        0, this, [context, hadContext, callback = std::move(callback), result = std::move(result)] {
            answer(context, hadContext, callback, result);
        });
}

void SecretStore::answer(const QPointer<const QObject> &context, bool hadContext,
                         const Callback &callback, const SecretResult &result)
{
    if (hadContext && context.isNull())
        return;
    if (callback)
        callback(result);
}

} // namespace descope
