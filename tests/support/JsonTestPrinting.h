#pragma once

#include <QByteArray>
#include <QFloat16> // complete, so QCOMPARE overloads can weigh json's implicit conversions

#include <nlohmann/json.hpp>

// Lets QCOMPARE print nlohmann::json values when they differ (found by argument-dependent lookup).
namespace nlohmann {
inline char *toString(const json &value)
{
    return qstrdup(value.dump().c_str());
}
} // namespace nlohmann
