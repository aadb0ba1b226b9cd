#pragma once

#include <QWidget>

class QLabel;

namespace descope {

struct ConnectionVerdict;

// What "Test Connection" found, under the connect dialog's form: a bold title ("Management key
// refused", green when connected, red when not) and a plain sentence on what to do; "Testing
// the connection to …" while a test runs. Hidden while there is nothing to say.
class ConnectionVerdictView : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectionVerdictView(QWidget *parent = nullptr);

    // `target` is the address tested, as the user would recognise it.
    void showTesting(const QString &target);
    void showVerdict(const ConnectionVerdict &verdict);
    void clear();

    static QString title(const ConnectionVerdict &verdict);

private:
    QLabel *m_title;
    QLabel *m_text;
};

} // namespace descope
