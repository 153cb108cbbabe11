#include "sightline/ui/sourcedialog.h"

#include "sightline/present/gradewords.h"
#include "sightline/ui/sourcetablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sightline::ui {
namespace {
QDate dateFrom(const QLineEdit *edit)
{
    return QDate::fromString(edit->text().trimmed(), Qt::ISODate);
}
} // namespace

SourceDialog::SourceDialog(const Source &source, const GradingScheme &scheme, QWidget *parent)
    : QDialog(parent), m_source(source), m_title(new QLineEdit(source.title, this)),
      m_publisher(new QLineEdit(source.publisher, this)),
      m_authors(new QLineEdit(source.authors.join(QStringLiteral("; ")), this)), m_url(new QLineEdit(source.url, this)),
      m_published(new QLineEdit(source.published.toString(Qt::ISODate), this)),
      m_accessed(new QLineEdit(source.accessed.toString(Qt::ISODate), this)), m_kind(new QComboBox(this)),
      m_reliability(new QComboBox(this)), m_notes(new QPlainTextEdit(source.notes, this)), m_problem(new QLabel(this))
{
    setWindowTitle(source.meta.isNew() ? tr("New source") : tr("Edit source"));
    for (const QString &key : allKeys<SourceKind>())
        m_kind->addItem(toLabel(*fromKey<SourceKind>(key)), key);
    m_kind->setCurrentIndex(m_kind->findData(toKey(source.kind)));
    // Only the grades the project's scheme has; a source graded outside it (which the project
    // would refuse to save) starts at the scheme's "not yet judged".
    for (const Reliability r : scheme.reliabilities())
        m_reliability->addItem(present::reliabilityWords(scheme, r), static_cast<int>(r));
    const Reliability current = scheme.allows(source.reliability) ? source.reliability : scheme.unjudged();
    m_reliability->setCurrentIndex(m_reliability->findData(static_cast<int>(current)));
    m_reliability->setToolTip(tr("%1: how reliable the source has been, judged apart from this piece of information")
                                  .arg(scheme.name()));
    m_authors->setPlaceholderText(tr("Separated by semicolons"));
    m_url->setPlaceholderText(QStringLiteral("https://"));
    for (QLineEdit *date : {m_published, m_accessed}) {
        date->setPlaceholderText(tr("YYYY-MM-DD"));
        connect(date, &QLineEdit::textChanged, this, &SourceDialog::check);
    }
    connect(m_title, &QLineEdit::textChanged, this, &SourceDialog::check);
    connect(m_publisher, &QLineEdit::textChanged, this, &SourceDialog::check);
    m_problem->setStyleSheet(QStringLiteral("color: #b03a2e"));
    m_notes->setTabChangesFocus(true);

    auto *form = new QFormLayout(this);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Publisher"), m_publisher);
    form->addRow(tr("Authors"), m_authors);
    form->addRow(tr("URL"), m_url);
    form->addRow(tr("Published"), m_published);
    form->addRow(tr("Accessed"), m_accessed);
    form->addRow(tr("Kind"), m_kind);
    form->addRow(tr("Reliability"), m_reliability);
    form->addRow(tr("Notes"), m_notes);
    form->addRow(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(520, sizeHint().height());
    check();
}

void SourceDialog::check()
{
    QString problem;
    if (m_title->text().trimmed().isEmpty() && m_publisher->text().trimmed().isEmpty())
        problem = tr("A source needs a title or a publisher.");
    for (const auto &[edit, name] : {std::pair{m_published, tr("Published")}, std::pair{m_accessed, tr("Accessed")}})
        if (!edit->text().trimmed().isEmpty() && !dateFrom(edit).isValid())
            problem = tr("%1: \"%2\" is not a date (YYYY-MM-DD).").arg(name, edit->text().trimmed());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

Source SourceDialog::source() const
{
    Source s = m_source;
    s.title = m_title->text().trimmed();
    s.publisher = m_publisher->text().trimmed();
    s.authors.clear();
    for (const QString &a : m_authors->text().split(u';', Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            s.authors << a.trimmed();
    s.url = m_url->text().trimmed();
    s.published = dateFrom(m_published);
    s.accessed = dateFrom(m_accessed);
    s.kind = fromKey<SourceKind>(m_kind->currentData().toString()).value_or(SourceKind::Other);
    s.reliability = static_cast<Reliability>(m_reliability->currentData().toInt());
    s.notes = m_notes->toPlainText();
    return s;
}

} // namespace sightline::ui
