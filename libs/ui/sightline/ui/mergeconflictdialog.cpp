#include "sightline/ui/mergeconflictdialog.h"

#include "sightline/edit/conflictcommands.h"
#include "sightline/edit/document.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {

QString valueText(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined()) return MergeConflictDialog::tr("(none: deleted or not set)");
    if (v.isString()) return v.toString();
    if (v.isObject() && v.toObject().contains(QLatin1String("blob")))
        return MergeConflictDialog::tr("(a geometry)");
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it->isString() && !it->toString().isEmpty())
                parts << it.key() + QStringLiteral(": ") + it->toString().left(60);
        return parts.join(QStringLiteral("; "));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

QString who(const QString &author, const QDateTime &utc)
{
    return MergeConflictDialog::tr("by %1, %2")
        .arg(author, utc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

} // namespace

MergeConflictDialog::MergeConflictDialog(edit::Document &document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Merge conflicts"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_detail = new QLabel(this);
    m_detail->setWordWrap(true);
    m_ancestor = new QLabel(this);
    m_mine = new QLabel(this);
    m_theirs = new QLabel(this);
    for (QLabel *l : {m_ancestor, m_mine, m_theirs}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::PlainText);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_detail->setTextFormat(Qt::PlainText);
    m_edited = new QLineEdit(this);
    m_edited->setObjectName(QStringLiteral("editedValue"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_keepMine = new QPushButton(tr("Keep &mine"), this);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_keepTheirs = new QPushButton(tr("Keep &theirs"), this);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_useEdited = new QPushButton(tr("&Use this value"), this);
    m_useEdited->setObjectName(QStringLiteral("useEdited"));

    auto *form = new QFormLayout;
    form->addRow(tr("Conflict:"), m_detail);
    form->addRow(tr("Ancestor:"), m_ancestor);
    form->addRow(tr("Mine:"), m_mine);
    form->addRow(tr("Theirs:"), m_theirs);
    form->addRow(tr("Edited:"), m_edited);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_keepMine);
    buttons->addWidget(m_keepTheirs);
    buttons->addWidget(m_useEdited);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);

    connect(m_list, &QListWidget::currentRowChanged, this, &MergeConflictDialog::showCurrent);
    connect(m_keepMine, &QPushButton::clicked, this, &MergeConflictDialog::keepMine);
    connect(m_keepTheirs, &QPushButton::clicked, this, &MergeConflictDialog::keepTheirs);
    connect(m_useEdited, &QPushButton::clicked, this, &MergeConflictDialog::useEdited);
    // Undo and redo of a resolution change the list.
    connect(&m_document, &edit::Document::recordsChanged, this, &MergeConflictDialog::reload);
    reload();
}

void MergeConflictDialog::reload()
{
    const QUuid keep = current() ? current()->id : QUuid();
    m_conflicts = merge::conflicts(m_document.project());
    const QSignalBlocker block(m_list);
    m_list->clear();
    int row = 0;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const merge::Conflict &c = m_conflicts[i];
        m_list->addItem(
            QStringLiteral("%1 — %2%3")
                .arg(c.kind, c.table, c.field.isEmpty() ? QString() : QStringLiteral(" · ") + c.field));
        if (c.id == keep) row = i;
    }
    if (!m_conflicts.isEmpty()) m_list->setCurrentRow(row);
    showCurrent();
}

const merge::Conflict *MergeConflictDialog::current() const
{
    const int row = m_list ? m_list->currentRow() : -1;
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts[row] : nullptr;
}

void MergeConflictDialog::selectConflict(int row)
{
    m_list->setCurrentRow(row);
}

void MergeConflictDialog::showCurrent()
{
    const merge::Conflict *c = current();
    for (QWidget *w : std::initializer_list<QWidget *>{m_keepMine, m_keepTheirs, m_useEdited, m_edited})
        w->setEnabled(c != nullptr);
    if (!c) {
        m_detail->setText(tr("No unresolved conflicts."));
        for (QLabel *l : {m_ancestor, m_mine, m_theirs})
            l->clear();
        m_edited->clear();
        return;
    }
    m_detail->setText(c->detail);
    m_ancestor->setText(valueText(c->ancestor));
    m_mine->setText(valueText(c->mine) + QStringLiteral("  (") + who(c->mineAuthor, c->mineUtc) + u')');
    m_theirs->setText(valueText(c->theirs) + QStringLiteral("  (") + who(c->theirsAuthor, c->theirsUtc) +
                      u')');
    // A typed value replaces one field; a whole record is kept or dropped, not typed.
    m_edited->setEnabled(!c->field.isEmpty());
    m_useEdited->setEnabled(!c->field.isEmpty());
    m_edited->setText(c->mine.isString() ? c->mine.toString() : QString());
    m_error->clear();
}

bool MergeConflictDialog::resolve(merge::Resolution resolution, const QJsonValue &edited, const QString &text)
{
    const merge::Conflict *c = current();
    if (!c) return false;
    const QString error =
        m_document.push(new edit::ResolveConflictCommand(m_document, c->id, resolution, edited, text));
    reload();
    m_error->setText(error);
    return error.isEmpty();
}

bool MergeConflictDialog::keepMine()
{
    return resolve(merge::Resolution::KeepMine, {}, tr("Keep mine in a merge conflict"));
}

bool MergeConflictDialog::keepTheirs()
{
    return resolve(merge::Resolution::KeepTheirs, {}, tr("Keep theirs in a merge conflict"));
}

bool MergeConflictDialog::useEdited()
{
    const merge::Conflict *c = current();
    if (!c || c->field.isEmpty()) return false;
    // Text fields take the text as typed; other values are typed as JSON (a number, true, null).
    QJsonValue value(m_edited->text());
    if (!c->mine.isString() && !c->theirs.isString()) {
        const QJsonDocument doc = QJsonDocument::fromJson("[" + m_edited->text().toUtf8() + "]");
        if (!doc.isArray() || doc.array().size() != 1) {
            m_error->setText(tr("Not a value: type a number, true, false or null."));
            return false;
        }
        value = doc.array().first();
    }
    return resolve(merge::Resolution::Edit, value, tr("Edit a merge conflict's value"));
}

} // namespace sightline::ui
