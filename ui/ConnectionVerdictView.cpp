#include "ConnectionVerdictView.h"

#include "ConnectionTester.h"

#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace descope {

namespace {

// The verdicts were the connect dialog's until the view got a class of its own; they keep its
// "descope::ConnectDialog" context (which lupdate sees too), and so their translations.
class VerdictText
{
    Q_DECLARE_TR_FUNCTIONS(descope::ConnectDialog)
};

QLabel *plainLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    // Messages carry what users typed: never let them render as rich text.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

} // namespace

ConnectionVerdictView::ConnectionVerdictView(QWidget *parent)
    : QWidget(parent)
    , m_title(plainLabel(QStringLiteral("testVerdictTitle"), this))
    , m_text(plainLabel(QStringLiteral("testVerdictText"), this))
{
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_text);
    clear();
}

void ConnectionVerdictView::showTesting(const QString &target)
{
    clear();
    m_title->setText(VerdictText::tr("Testing the connection to %1…").arg(target));
    m_title->show();
}

void ConnectionVerdictView::showVerdict(const ConnectionVerdict &verdict)
{
    m_title->setText(title(verdict));
    m_text->setText(verdict.message);
    m_title->show();
    m_text->show();
    QPalette palette = m_title->palette();
    palette.setColor(QPalette::WindowText,
                     verdict.ok() ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x1e, 0x1e));
    m_title->setPalette(palette);
}

void ConnectionVerdictView::clear()
{
    m_title->clear();
    m_text->clear();
    m_title->hide();
    m_text->hide();
    m_title->setPalette(QPalette());
}

QString ConnectionVerdictView::title(const ConnectionVerdict &verdict)
{
    using Kind = ConnectionVerdict::Kind;
    switch (verdict.kind) {
    case Kind::Connected:
        return VerdictText::tr("Connected");
    case Kind::InvalidSettings:
        return VerdictText::tr("Incomplete settings");
    case Kind::BadKey:
        return VerdictText::tr("Management key refused");
    case Kind::UnknownProject:
        return VerdictText::tr("Unknown project");
    case Kind::Unreachable:
        return VerdictText::tr("Server unreachable");
    case Kind::Tls:
        return VerdictText::tr("Secure connection failed");
    case Kind::NotDescope:
        return VerdictText::tr("Not a Descope server");
    case Kind::Other:
        break;
    }
    return VerdictText::tr("Connection failed");
}

} // namespace descope
