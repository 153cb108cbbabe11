#include "sightline/ui/judgmentdialog.h"

#include "sightline/present/timewords.h"

#include "sightline/store/project.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

namespace sightline::ui {

JudgmentDialog::JudgmentDialog(const Project &project, const Judgment &judgment, const QList<RecordRef> &basis,
                               QWidget *parent)
    : QDialog(parent), m_judgment(judgment), m_statement(new QPlainTextEdit(this)), m_likelihood(new QComboBox(this)),
      m_confidence(new QComboBox(this)), m_time(new QLineEdit(this)), m_author(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_notes(new QPlainTextEdit(this)), m_claims(new QListWidget(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(judgment.meta.isNew() ? tr("New judgment") : tr("Edit judgment"));
    m_statement->setPlainText(judgment.statement);
    m_statement->setTabChangesFocus(true);
    m_statement->setMaximumHeight(70);
    for (int i = 0; i < allKeys<Likelihood>().size(); ++i) {
        const auto v = static_cast<Likelihood>(i);
        m_likelihood->addItem(QStringLiteral("%1 (%2)").arg(toLabel(v), percentText(v)), i);
    }
    m_likelihood->setCurrentIndex(static_cast<int>(judgment.likelihood));
    for (int i = 0; i < allKeys<Confidence>().size(); ++i)
        m_confidence->addItem(toLabel(static_cast<Confidence>(i)), i);
    m_confidence->setCurrentIndex(static_cast<int>(judgment.confidence));
    for (int i = 0; i < allKeys<JudgmentStatus>().size(); ++i)
        m_status->addItem(toLabel(static_cast<JudgmentStatus>(i)), i);
    m_status->setCurrentIndex(static_cast<int>(judgment.status));
    m_time->setText(judgment.time.isUnknown() ? QString() : judgment.time.toText());
    m_time->setPlaceholderText(tr("2023-09/2024-12, 2023-10-05, ../2024-12-23"));
    m_author->setText(judgment.author.isEmpty() ? project.author() : judgment.author);
    m_notes->setPlainText(judgment.notes);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(90);

    // Every claim, ticked when the judgment rests on it; the tooltip gives the whole quote.
    QHash<QUuid, Source> sources;
    for (const Source &s : project.all<Source>())
        sources.insert(s.meta.id, s);
    for (const RecordRef &r : basis)
        if (r.type != RecordType::Claim)
            m_otherBasis << r;
    for (const Claim &c : project.all<Claim>()) {
        const Source src = sources.value(c.sourceId);
        const QString grade = project.gradingScheme().combined(src.reliability, c.credibility);
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2 — %3").arg(grade, c.quote.left(110), src.publisher),
                                         m_claims);
        item->setToolTip(c.quote);
        item->setData(Qt::UserRole, c.meta.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(basis.contains(RecordRef{RecordType::Claim, c.meta.id}) ? Qt::Checked : Qt::Unchecked);
    }

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Statement:"), m_statement);
    form->addRow(tr("&Likelihood:"), m_likelihood);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("&Period:"), m_time);
    m_timeWords = new QLabel(this);
    m_timeWords->setObjectName(QStringLiteral("periodWords"));
    form->addRow(QString(), m_timeWords);
    form->addRow(tr("&Author:"), m_author);
    form->addRow(tr("S&tatus:"), m_status);
    form->addRow(tr("&Notes:"), m_notes);
    form->addRow(tr("Rests on &claims:"), m_claims);
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_statement, &QPlainTextEdit::textChanged, this, &JudgmentDialog::check);
    connect(m_time, &QLineEdit::textChanged, this, &JudgmentDialog::check);
    connect(m_author, &QLineEdit::textChanged, this, &JudgmentDialog::check);
    resize(720, 560);
    check();
}

void JudgmentDialog::check()
{
    const QString t = m_time->text().trimmed();
    const auto span = t.isEmpty() ? std::optional<TimeSpan>(TimeSpan()) : TimeSpan::parse(t);
    const bool timeOk = span.has_value();
    m_timeWords->setText(timeOk ? present::timeText(*span) : tr("not a time"));
    m_time->setToolTip(timeOk ? QString() : tr("Not a time: write 2023-10-05, 2023-09, 2023-09-07/2023-10-01 or ../2024-12-23"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(timeOk && !m_statement->toPlainText().trimmed().isEmpty() && !m_author->text().trimmed().isEmpty());
}

QString JudgmentDialog::periodWords() const
{
    return m_timeWords->text();
}

Judgment JudgmentDialog::judgment() const
{
    Judgment j = m_judgment;
    j.statement = m_statement->toPlainText().trimmed();
    j.likelihood = static_cast<Likelihood>(m_likelihood->currentData().toInt());
    j.confidence = static_cast<Confidence>(m_confidence->currentData().toInt());
    j.status = static_cast<JudgmentStatus>(m_status->currentData().toInt());
    const QString t = m_time->text().trimmed();
    j.time = t.isEmpty() ? TimeSpan() : TimeSpan::parse(t).value_or(TimeSpan());
    j.author = m_author->text().trimmed();
    j.notes = m_notes->toPlainText();
    return j;
}

QList<RecordRef> JudgmentDialog::restsOn() const
{
    QList<RecordRef> out;
    for (int i = 0; i < m_claims->count(); ++i)
        if (m_claims->item(i)->checkState() == Qt::Checked)
            out << RecordRef{RecordType::Claim, m_claims->item(i)->data(Qt::UserRole).toUuid()};
    return out + m_otherBasis;
}

} // namespace sightline::ui
