#pragma once

#include "Connection.h"

#include <QWidget>

#include <optional>

class QLabel;

namespace descope {

// States which project the console is connected to, or that it is not connected. It never
// shows the management key. The key table replaces this panel once it exists.
class ConnectionPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionPanel(QWidget *parent = nullptr);

    void setConnection(const Connection &connection);
    // `reason` says why, e.g. that the sandbox failed to start; empty gives the usual hint.
    void setNotConnected(const QString &reason = {});

protected:
    void changeEvent(QEvent *event) override;

private:
    void showTexts();

    std::optional<Connection> m_connection;
    QString m_reason;
    QLabel *m_stateLabel;
    QLabel *m_sandboxBadge;
    QLabel *m_projectIdCaption;
    QLabel *m_projectIdLabel;
    QLabel *m_baseUrlCaption;
    QLabel *m_baseUrlLabel;
    QLabel *m_detailLabel;
};

} // namespace descope
