#include "ClaimsEditor.h"

#include "FieldProblemLabel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace descope {

namespace {

QString valuePlaceholder(ClaimRow::Type type)
{
    switch (type) {
    case ClaimRow::Type::String:
        return ClaimsEditor::tr("Text");
    case ClaimRow::Type::Number:
        return ClaimsEditor::tr("A number, such as 42 or 2.5");
    case ClaimRow::Type::Json:
        return ClaimsEditor::tr("A JSON value, such as {\"tier\": 2} or [\"eu\", \"us\"]");
    case ClaimRow::Type::Boolean:
        break;
    }
    return {};
}

} // namespace

ClaimsEditor::ClaimsEditor(QWidget *parent)
    : QWidget(parent)
    , m_rowsView(new QRadioButton(tr("Ro&ws"), this))
    , m_textView(new QRadioButton(tr("&JSON text"), this))
    , m_viewGroup(new QButtonGroup(this))
    , m_pages(new QStackedWidget(this))
    , m_rowsPage(new QWidget(m_pages))
    , m_rowsLayout(new QVBoxLayout)
    , m_empty(new QLabel(tr("No custom claims."), m_rowsPage))
    , m_add(new QPushButton(tr("Add clai&m"), m_rowsPage))
    , m_text(new QPlainTextEdit(m_pages))
    , m_textProblem(new FieldProblemLabel(m_text, this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("claimsEditor"));
    m_rowsView->setObjectName(QStringLiteral("claimsRowsView"));
    m_textView->setObjectName(QStringLiteral("claimsTextView"));
    m_rowsView->setToolTip(tr("Edit the claims one by one, each with its type"));
    m_textView->setToolTip(tr("Edit the claims as one JSON object"));
    m_viewGroup->addButton(m_rowsView);
    m_viewGroup->addButton(m_textView);
    m_rowsView->setChecked(true);

    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->setWordWrap(true);
    m_add->setObjectName(QStringLiteral("addClaimButton"));
    m_add->setToolTip(tr("Add a claim that session tokens of this key carry"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto *addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_add);
    addRowLayout->addStretch();
    auto *rowsPageLayout = new QVBoxLayout(m_rowsPage);
    rowsPageLayout->setContentsMargins(0, 0, 0, 0);
    rowsPageLayout->addWidget(m_empty);
    rowsPageLayout->addLayout(m_rowsLayout);
    rowsPageLayout->addLayout(addRowLayout);
    rowsPageLayout->addStretch();

    m_text->setObjectName(QStringLiteral("claimsText"));
    m_text->setTabChangesFocus(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setPlaceholderText(tr("{\n    \"plan\": \"gold\",\n    \"seats\": 5\n}"));
    m_textProblem->setObjectName(QStringLiteral("claimsTextProblem"));

    m_pages->addWidget(m_rowsPage);
    m_pages->addWidget(m_text);
    m_note->setObjectName(QStringLiteral("claimsViewsNote"));
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setText(tr("The rows and the JSON text hold different claims. Only the view shown "
                       "is saved; the other keeps what was typed in it."));
    m_note->hide();

    auto *views = new QHBoxLayout;
    views->addWidget(m_rowsView);
    views->addWidget(m_textView);
    views->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(views);
    layout->addWidget(m_pages);
    layout->addWidget(m_textProblem);
    layout->addWidget(m_note);

    connect(m_add, &QPushButton::clicked, this, &ClaimsEditor::addRow);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        updateNote();
        Q_EMIT changed();
    });
    connect(m_rowsView, &QRadioButton::toggled, this, [this](bool checked) {
        setView(checked ? KeyForm::ClaimsView::Rows : KeyForm::ClaimsView::Text);
    });
}

void ClaimsEditor::load(const KeyForm &form)
{
    m_view = form.claimsView;
    m_rowsWhenLeft = form.claimRowsWhenLeft;
    m_textWhenLeft = form.claimsTextWhenLeft;
    showRows(form.claimRows);
    {
        const QSignalBlocker blockText(m_text);
        const QSignalBlocker blockRadio(m_rowsView);
        m_text->setPlainText(form.claimsText);
        m_rowsView->setChecked(m_view == KeyForm::ClaimsView::Rows);
        m_textView->setChecked(m_view == KeyForm::ClaimsView::Text);
    }
    m_pages->setCurrentIndex(m_view == KeyForm::ClaimsView::Rows ? 0 : 1);
    updateNote();
    Q_EMIT rowsChanged();
}

void ClaimsEditor::store(KeyForm &form) const
{
    form.claimsView = m_view;
    form.claimRows = shownRows();
    form.claimsText = m_text->toPlainText();
    form.claimRowsWhenLeft = m_rowsWhenLeft;
    form.claimsTextWhenLeft = m_textWhenLeft;
}

void ClaimsEditor::setView(KeyForm::ClaimsView view)
{
    if (view == m_view)
        return;
    KeyForm state;
    store(state);
    state.setClaimsView(view);
    load(state);
    Q_EMIT changed();
}

void ClaimsEditor::addRow()
{
    Row &row = appendRow({});
    m_empty->hide();
    Q_EMIT rowsChanged();
    row.name->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void ClaimsEditor::setProblems(const QList<FieldProblem> &problems)
{
    // Whether a row's problem is its name or its value, to outline the right part.
    const ParsedClaims own = claims::fromRows(shownRows());
    QString textReason;
    for (int index = 0; index < m_rows.size(); ++index) {
        const Row &row = m_rows.at(index);
        QString reason;
        for (const FieldProblem &problem : problems) {
            if (problem.field == KeyField::CustomClaims && problem.row == index) {
                reason = problem.reason;
                break;
            }
        }
        bool aboutName = false;
        for (const ClaimProblem &problem : own.problems) {
            if (problem.row == index)
                aboutName = problem.aboutName;
        }
        row.problem->setProblem(reason);
        FieldProblemLabel::markInvalid(row.name, aboutName ? reason : QString());
        FieldProblemLabel::markInvalid(row.value, aboutName ? QString() : reason);
        FieldProblemLabel::markInvalid(row.boolean, aboutName ? QString() : reason);
    }
    for (const FieldProblem &problem : problems) {
        if (problem.field == KeyField::CustomClaims && problem.row < 0)
            textReason = problem.reason;
    }
    m_textProblem->setProblem(m_view == KeyForm::ClaimsView::Text ? textReason : QString());
}

QLineEdit *ClaimsEditor::nameEdit(int row) const
{
    return m_rows.part(row, &Row::name);
}

QComboBox *ClaimsEditor::typeBox(int row) const
{
    return m_rows.part(row, &Row::type);
}

QLineEdit *ClaimsEditor::valueEdit(int row) const
{
    return m_rows.part(row, &Row::value);
}

QComboBox *ClaimsEditor::booleanBox(int row) const
{
    return m_rows.part(row, &Row::boolean);
}

QList<QWidget *> ClaimsEditor::focusChain() const
{
    QList<QWidget *> chain = {m_rowsView, m_textView};
    for (const Row &row : m_rows)
        chain << row.name << row.type << row.value << row.boolean << row.remove;
    chain << m_add << m_text;
    return chain;
}

QList<ClaimRow> ClaimsEditor::shownRows() const
{
    QList<ClaimRow> rows;
    for (const Row &row : m_rows) {
        const auto type = ClaimRow::Type(row.type->currentData().toInt());
        rows.append({row.name->text(), type,
                     type == ClaimRow::Type::Boolean ? row.boolean->currentData().toString()
                                                     : row.value->text()});
    }
    return rows;
}

void ClaimsEditor::showRows(const QList<ClaimRow> &rows)
{
    if (rows == shownRows())
        return; // keeps the focus where it is
    m_rows.clear();
    for (const ClaimRow &claim : rows)
        appendRow(claim);
    m_empty->setVisible(m_rows.isEmpty());
}

ClaimsEditor::Row &ClaimsEditor::appendRow(const ClaimRow &claim)
{
    Row row;
    row.container = new QWidget(m_rowsPage);
    row.name = new QLineEdit(claim.name, row.container);
    row.name->setObjectName(QStringLiteral("claimName"));
    row.name->setPlaceholderText(tr("Name"));
    row.name->setAccessibleName(tr("Claim name"));
    row.type = new QComboBox(row.container);
    row.type->setObjectName(QStringLiteral("claimType"));
    row.type->setAccessibleName(tr("Claim type"));
    row.type->addItem(tr("String"), int(ClaimRow::Type::String));
    row.type->addItem(tr("Number"), int(ClaimRow::Type::Number));
    row.type->addItem(tr("Boolean"), int(ClaimRow::Type::Boolean));
    row.type->addItem(tr("JSON"), int(ClaimRow::Type::Json));
    row.type->setCurrentIndex(row.type->findData(int(claim.type)));
    row.value = new QLineEdit(row.container);
    row.value->setObjectName(QStringLiteral("claimValue"));
    row.value->setAccessibleName(tr("Claim value"));
    row.boolean = new QComboBox(row.container);
    row.boolean->setObjectName(QStringLiteral("claimBoolean"));
    row.boolean->setAccessibleName(tr("Claim value"));
    // JSON's own words: they are what the token will carry.
    row.boolean->addItem(QStringLiteral("true"), QStringLiteral("true"));
    row.boolean->addItem(QStringLiteral("false"), QStringLiteral("false"));
    if (claim.type == ClaimRow::Type::Boolean)
        row.boolean->setCurrentIndex(std::max(0, row.boolean->findData(claim.value.trimmed())));
    else
        row.value->setText(claim.value);
    row.remove = new QToolButton(row.container);
    row.remove->setObjectName(QStringLiteral("removeClaimButton"));
    row.remove->setIcon(style()->standardIcon(QStyle::SP_DialogDiscardButton));
    row.remove->setToolTip(tr("Remove this claim"));
    row.remove->setAccessibleName(tr("Remove claim"));
    row.problem = new FieldProblemLabel(nullptr, row.container);

    auto *line = new QHBoxLayout;
    line->addWidget(row.name, 2);
    line->addWidget(row.type);
    line->addWidget(row.value, 3);
    line->addWidget(row.boolean, 3);
    line->addWidget(row.remove);
    auto *rowLayout = new QVBoxLayout(row.container);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addLayout(line);
    rowLayout->addWidget(row.problem);
    m_rowsLayout->addWidget(row.container);
    // Usable at once (a layout would show it only on the next event loop pass).
    row.container->show();
    showTypeEditor(row);

    const auto edited = [this] {
        updateNote();
        Q_EMIT changed();
    };
    connect(row.name, &QLineEdit::textChanged, this, edited);
    connect(row.value, &QLineEdit::textChanged, this, edited);
    connect(row.boolean, &QComboBox::currentIndexChanged, this, edited);
    QWidget *container = row.container;
    connect(row.type, &QComboBox::currentIndexChanged, this, [this, container, edited] {
        if (const Row *candidate = m_rows.find(container)) {
            const bool hadFocus = candidate->value->hasFocus() || candidate->boolean->hasFocus();
            showTypeEditor(*candidate);
            if (hadFocus)
                candidate->type->setFocus(Qt::OtherFocusReason);
        }
        edited();
    });
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        m_rows.remove(container);
        m_empty->setVisible(m_rows.isEmpty());
        Q_EMIT rowsChanged();
        m_add->setFocus(Qt::OtherFocusReason);
        updateNote();
        Q_EMIT changed();
    });
    return m_rows.append(row);
}

void ClaimsEditor::showTypeEditor(const Row &row)
{
    const auto type = ClaimRow::Type(row.type->currentData().toInt());
    const bool boolean = type == ClaimRow::Type::Boolean;
    // The other editor keeps its value, so switching the type back restores it.
    row.value->setVisible(!boolean);
    row.boolean->setVisible(boolean);
    row.value->setPlaceholderText(valuePlaceholder(type));
}

void ClaimsEditor::updateNote()
{
    KeyForm state;
    store(state);
    bool hiddenBlank = true;
    if (m_view == KeyForm::ClaimsView::Rows) {
        hiddenBlank = state.claimsText.trimmed().isEmpty();
    } else {
        for (const ClaimRow &row : std::as_const(state.claimRows))
            hiddenBlank = hiddenBlank && row.isBlank();
    }
    m_note->setVisible(!hiddenBlank && !state.claimsViewsAgree());
}

} // namespace descope
