#pragma once

// Compares secrets (management keys, cleartexts) without printing them when they differ, as
// QCOMPARE would: test logs are kept, and a secret has no place in one, fixture or not.

#include <QTest>

#define QCOMPARE_SECRET(actual, expected)                                                          \
    QVERIFY2((actual) == (expected), "the secrets differ (their values are not printed)")
