#pragma once

// Search answers for the tests of the readers that cut them between keys.

#include <QByteArray>
#include <QStringBuilder>

// A key whose strings hold what a careless cut would take for structure.
inline QByteArray trickyKey(int index)
{
    return QByteArrayLiteral("{\"id\":\"K") + QByteArray::number(index) +
           QByteArrayLiteral("\",\"name\":\"n},{\\\"keys\\\":[") + QByteArray::number(index) +
           QByteArrayLiteral("\",\"description\":\"a \\\\\\\"quoted\\\\\\\" ] }, { text\","
                             "\"keyTenants\":[{\"tenantId\":\"T1\",\"roleNames\":[\"a\",\"b\"]},"
                             "{\"tenantId\":\"T2\"}],\"customClaims\":{\"keys\":[1,2]},"
                             "\"status\":\"active\"}");
}

// {"keys":[...]} with `count` tricky keys; `before` and `after` are more members around it.
inline QByteArray keyListAnswer(int count, const QByteArray &before = {},
                                const QByteArray &after = {})
{
    QByteArray body = QByteArrayLiteral("{") + before + QByteArrayLiteral("\"keys\": [\n");
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            body += ",\n  ";
        body += trickyKey(i);
    }
    body += QByteArrayLiteral("\n]") + after + QByteArrayLiteral("}");
    return body;
}
