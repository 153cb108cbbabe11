#include "sightline/ui/linkdialog.h"

#include "sightline/edit/recordcommands.h"
#include "sightline/store/project.h"
#include "sightline/present/recordwords.h"
#include "sightline/present/timewords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace sightline::ui {

namespace {
constexpr int kQuoteChars = 170;  // in the claim boxes
constexpr int kChoiceChars = 90;  // in the chooser of the other claim

QString shortened(const QString &text, int chars)
{
    const QString simple = text.simplified();
    return simple.size() <= chars ? simple : simple.left(chars - 1).trimmed() + u'…';
}
} // namespace

// What the form shows of the project, read once when it opens.
struct LinkDialog::Snapshot
{
    QList<Claim> claims;
    QHash<QUuid, Source> sources;
    QList<Link> links;
    const GradingScheme *scheme = nullptr;

    const Claim *claim(const QUuid &id) const
    {
        const auto it =
            std::find_if(claims.begin(), claims.end(), [&](const Claim &c) { return c.meta.id == id; });
        return it == claims.end() ? nullptr : &*it;
    }
    QString grade(const Claim &c) const
    {
        return scheme->combined(sources.value(c.sourceId).reliability, c.credibility);
    }
    QString sourceName(const Claim &c) const
    {
        const auto s = sources.constFind(c.sourceId);
        return s == sources.cend() ? QString() : present::sourceTitle(*s);
    }
    // "“quote”" over "Source · B2 · 5 Oct 2023 · p. 4", as rich text.
    QString describe(const QUuid &id) const
    {
        const Claim *c = claim(id);
        if (!c)
            return LinkDialog::tr("<i>No claim chosen</i>");
        QStringList facts{sourceName(*c), grade(*c)};
        if (!c->time.isUnknown())
            facts << present::timeText(c->time);
        if (!c->locator.isEmpty())
            facts << c->locator;
        facts.removeAll(QString());
        return QStringLiteral("“%1”<br><span style=\"color:#555\">%2</span>")
            .arg(shortened(c->quote, kQuoteChars).toHtmlEscaped(),
                 facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    }
};

LinkDialog::LinkDialog(const Project &project, const QUuid &first, const QUuid &second, QWidget *parent)
    : QDialog(parent), m_project(std::make_unique<Snapshot>()), m_first(first), m_firstText(new QLabel(this)),
      m_secondText(new QLabel(this)), m_other(new QComboBox(this)), m_relation(new QComboBox(this)),
      m_swap(new QPushButton(tr("&Swap direction"), this)), m_sentence(new QLabel(this)),
      m_note(new QPlainTextEdit(this)), m_remove(new QPushButton(tr("&Remove link"), this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_project->claims = project.all<Claim>();
    for (const Source &s : project.all<Source>())
        m_project->sources.insert(s.meta.id, s);
    m_project->links = project.all<Link>();
    m_project->scheme = &project.gradingScheme();

    for (QLabel *text : {m_firstText, m_secondText}) {
        text->setWordWrap(true);
        text->setTextFormat(Qt::RichText);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        text->setMinimumWidth(480);
        // Room for a shortened quote and its source line, so that choosing another claim does
        // not leave the form too small for it.
        text->setMinimumHeight(text->fontMetrics().lineSpacing() * 5);
        text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    }
    m_firstText->setText(m_project->describe(first));
    if (const Claim *c = m_project->claim(first))
        m_firstText->setToolTip(c->quote);

    // The other claim: given, or chosen from every claim (sorted by source, then quote).
    m_other->addItem(tr("(choose a claim)"), QUuid());
    QList<Claim> sorted = m_project->claims;
    std::sort(sorted.begin(), sorted.end(), [this](const Claim &a, const Claim &b) {
        const int bySource = QString::localeAwareCompare(m_project->sourceName(a), m_project->sourceName(b));
        return bySource != 0 ? bySource < 0 : a.quote < b.quote;
    });
    for (const Claim &c : sorted) {
        m_other->addItem(QStringLiteral("%1  %2 — %3")
                             .arg(m_project->grade(c), shortened(c.quote, kChoiceChars), m_project->sourceName(c)),
                         c.meta.id);
        m_other->setItemData(m_other->count() - 1, c.quote, Qt::ToolTipRole);
    }
    m_other->setCurrentIndex(std::max(0, m_other->findData(second)));
    m_other->setVisible(second.isNull());
    m_other->setMinimumContentsLength(60);
    m_other->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);

    for (LinkRelation r : claimRelations())
        m_relation->addItem(present::relationLabel(r), static_cast<int>(r));
    m_swap->setToolTip(tr("Which claim supports, or depends on, the other"));
    m_note->setTabChangesFocus(true);
    m_note->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // it wraps
    m_note->setPlaceholderText(tr("Why they are linked: what agrees, what does not"));
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);

    auto *firstBox = new QGroupBox(tr("Claim 1"), this);
    (new QVBoxLayout(firstBox))->addWidget(m_firstText);
    auto *secondBox = new QGroupBox(tr("Claim 2"), this);
    auto *secondLayout = new QVBoxLayout(secondBox);
    secondLayout->addWidget(m_other);
    secondLayout->addWidget(m_secondText);
    // Read top to bottom as a sentence: claim 1, the relation, claim 2; then the note.
    auto *relationLabel = new QLabel(tr("R&elation:"), this);
    relationLabel->setBuddy(m_relation);
    auto *relationLine = new QHBoxLayout;
    relationLine->setContentsMargins(8, 0, 0, 0);
    relationLine->addWidget(relationLabel);
    relationLine->addWidget(m_relation);
    relationLine->addWidget(m_swap);
    relationLine->addSpacing(8);
    relationLine->addWidget(m_sentence, 1);
    auto *noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    // Remove stands apart from OK and Cancel, on the left.
    auto *buttonLine = new QHBoxLayout;
    buttonLine->addWidget(m_remove);
    buttonLine->addWidget(m_buttons, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(firstBox);
    layout->addLayout(relationLine);
    layout->addWidget(secondBox);
    layout->addWidget(noteLabel);
    layout->addWidget(m_note);
    layout->addLayout(buttonLine);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, [this] { done(Removed); });
    connect(m_swap, &QPushButton::clicked, this, [this] {
        m_reversed = !m_reversed;
        showDirection();
    });
    connect(m_relation, &QComboBox::currentIndexChanged, this, &LinkDialog::showDirection);
    connect(m_other, &QComboBox::currentIndexChanged, this, &LinkDialog::pairChanged);
    pairChanged();
}

LinkDialog::~LinkDialog() = default;

QList<LinkRelation> LinkDialog::claimRelations()
{
    return {LinkRelation::Corroborates, LinkRelation::Contradicts, LinkRelation::Supports, LinkRelation::DependsOn};
}

std::optional<Link> LinkDialog::linkBetween(const QList<Link> &links, const QUuid &a, const QUuid &b)
{
    for (const Link &l : links) {
        if (l.from.type != RecordType::Claim || l.to.type != RecordType::Claim ||
            !claimRelations().contains(l.relation))
            continue;
        if ((l.from.id == a && l.to.id == b) || (l.from.id == b && l.to.id == a))
            return l;
    }
    return std::nullopt;
}

QUuid LinkDialog::secondClaim() const
{
    return m_other->currentData().toUuid();
}

void LinkDialog::pairChanged()
{
    const QUuid second = secondClaim();
    m_secondText->setText(m_project->describe(second));
    const Claim *c = m_project->claim(second);
    m_secondText->setToolTip(c ? c->quote : QString());
    m_existing = second.isNull() || second == m_first ? std::nullopt : linkBetween(m_project->links, m_first, second);
    if (m_existing) {
        m_reversed = m_existing->from.id != m_first;
        m_relation->setCurrentIndex(std::max(0, m_relation->findData(static_cast<int>(m_existing->relation))));
        m_note->setPlainText(m_existing->note);
    } else {
        m_reversed = false;
        m_note->clear();
    }
    setWindowTitle(m_existing ? tr("Edit link between claims") : tr("Link claims"));
    m_remove->setVisible(m_existing.has_value());
    showDirection();
    check();
}

void LinkDialog::showDirection()
{
    // Claim 1 contradicts claim 2; for supports and depends on the order is the meaning.
    const QString relation = m_relation->currentText();
    m_sentence->setText(m_reversed ? tr("Claim 2 %1 claim 1.").arg(relation)
                                   : tr("Claim 1 %1 claim 2.").arg(relation));
}

void LinkDialog::check()
{
    const QUuid second = secondClaim();
    const bool sameClaim = second == m_first;
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!second.isNull() && !sameClaim && m_project->claim(m_first));
    ok->setToolTip(sameClaim ? tr("A claim cannot be linked to itself") : QString());
}

Link LinkDialog::link() const
{
    Link l = m_existing.value_or(Link{});
    const RecordRef first{RecordType::Claim, m_first}, second{RecordType::Claim, secondClaim()};
    l.from = m_reversed ? second : first;
    l.to = m_reversed ? first : second;
    l.relation = static_cast<LinkRelation>(m_relation->currentData().toInt());
    l.note = m_note->toPlainText().trimmed();
    return l;
}

edit::RecordCommandBase *LinkDialog::command(edit::Document &document) const
{
    if (result() == Removed && m_existing)
        return new edit::DeleteRecordCommand<Link>(document, m_existing->meta.id,
                                                    tr("Remove link: %1").arg(present::relationLabel(m_existing->relation)));
    if (result() != Accepted || secondClaim().isNull() || secondClaim() == m_first)
        return nullptr;
    const Link l = link();
    if (m_existing && l == *m_existing)
        return nullptr;
    return new edit::SaveRecordCommand<Link>(document, l,
                                             m_existing ? tr("Edit link: %1").arg(present::relationLabel(l.relation))
                                                        : tr("Link claims: %1").arg(present::relationLabel(l.relation)));
}

} // namespace sightline::ui
