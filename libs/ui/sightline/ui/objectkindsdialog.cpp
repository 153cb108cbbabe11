#include "sightline/ui/objectkindsdialog.h"

#include "sightline/edit/document.h"
#include "sightline/edit/objectkindcommands.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {

QIcon swatch(const QString &hex)
{
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setPen(QPen(Qt::black, 1));
    p.setBrush(QColor(hex));
    p.drawRect(QRect(1, 1, 13, 13));
    return QIcon(pm);
}

} // namespace

ObjectKindForm::ObjectKindForm(const ObjectKind &kind, const QList<ObjectKind> &vocabulary, QWidget *parent)
    : QDialog(parent), m_vocabulary(vocabulary), m_editing(!kind.key.isEmpty()),
      m_colour(kind.colour.isEmpty() ? QStringLiteral("#ff66cc") : kind.colour)
{
    setWindowTitle(m_editing ? tr("Edit object kind") : tr("Add object kind"));
    setMinimumWidth(380);
    m_name = new QLineEdit(kind.name, this);
    m_name->setPlaceholderText(tr("Fuel wagon"));
    m_key = new QLineEdit(kind.key, this);
    m_key->setReadOnly(m_editing); // annotations refer to the key
    m_key->setToolTip(tr("How files and the command line name the kind: lower-case words joined by underscores"));
    m_colourButton = new QPushButton(this);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Key"), m_key);
    form->addRow(QString(), m_problem);
    form->addRow(tr("&Colour"), m_colourButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &name) {
        if (!m_keyTyped && !m_editing)
            m_key->setText(objectKindKeyFor(name));
        check();
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        m_keyTyped = true;
        check();
    });
    connect(m_colourButton, &QPushButton::clicked, this, [this] {
        const QColor c = QColorDialog::getColor(QColor(m_colour), this, tr("Colour of the kind"));
        if (c.isValid())
            setColour(c.name());
    });
    setColour(m_colour);
    check();
}

void ObjectKindForm::setColour(const QString &hex)
{
    m_colour = QColor(hex).name();
    m_colourButton->setIcon(swatch(m_colour));
    m_colourButton->setText(m_colour);
}

ObjectKind ObjectKindForm::kind() const
{
    return {m_key->text().trimmed(), m_name->text().trimmed(), m_colour};
}

void ObjectKindForm::check()
{
    const ObjectKind k = kind();
    QString why;
    if (k.name.isEmpty())
        why = tr("The kind needs a name.");
    else if (const QString p = objectKindKeyProblem(k.key); !p.isEmpty())
        why = tr("The key is not sound: use lower-case words joined by underscores, such as “fuel_wagon”.");
    else if (const auto same = findObjectKind(m_vocabulary, k.key); same && !m_editing)
        why = same->builtIn ? tr("“%1” is a built-in kind.").arg(k.key) : tr("The project has a kind “%1”.").arg(k.key);
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_ok->setEnabled(why.isEmpty());
}

ObjectKindsDialog::ObjectKindsDialog(edit::Document &document, QWidget *parent)
    : QDialog(parent), m_document(document)
{
    setWindowTitle(tr("Object kinds"));
    m_table = new QTableWidget(0, 4, this);
    m_table->setHorizontalHeaderLabels({tr("Kind"), tr("Key"), tr("From"), tr("Annotations")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_add = new QPushButton(tr("&Add kind…"), this);
    m_edit = new QPushButton(tr("&Edit…"), this);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_add);
    row->addWidget(m_edit);
    row->addStretch();
    row->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Built-in kinds are shared by every project; kinds of this project's own can be "
                                    "added, renamed and recoloured."),
                                 this));
    layout->addWidget(m_table);
    layout->addLayout(row);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ObjectKindsDialog::addKind);
    connect(m_edit, &QPushButton::clicked, this, &ObjectKindsDialog::editKind);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const QTableWidgetItem *from = m_table->item(m_table->currentRow(), 2);
        m_edit->setEnabled(from && !from->data(Qt::UserRole).toBool());
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ObjectKindsDialog::editKind);
    connect(&m_document, &edit::Document::recordsChanged, this, [this](RecordType type) {
        if (type == RecordType::Annotation)
            reload();
    });
    resize(560, 420);
    reload();
}

QList<ObjectKind> ObjectKindsDialog::vocabulary() const
{
    return objectKindVocabulary(m_document.project().objectKinds());
}

void ObjectKindsDialog::reload()
{
    const QTableWidgetItem *selected = m_table->item(m_table->currentRow(), 1);
    const QString current = selected ? selected->text() : QString();
    QHash<QString, int> marked;
    for (const Annotation &a : m_document.project().all<Annotation>())
        ++marked[a.objectKind];
    const QList<ObjectKind> kinds = vocabulary();
    m_table->setRowCount(static_cast<int>(kinds.size()));
    for (int r = 0; r < kinds.size(); ++r) {
        const ObjectKind &k = kinds[r];
        auto *name = new QTableWidgetItem(swatch(k.colour), k.name);
        name->setToolTip(k.colour);
        auto *from = new QTableWidgetItem(k.builtIn ? tr("built in") : tr("this project"));
        from->setData(Qt::UserRole, k.builtIn);
        auto *count = new QTableWidgetItem(QLocale().toString(marked.value(k.key)));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, name);
        m_table->setItem(r, 1, new QTableWidgetItem(k.key));
        m_table->setItem(r, 2, from);
        m_table->setItem(r, 3, count);
        if (k.key == current)
            m_table->selectRow(r);
    }
    m_edit->setEnabled(m_table->currentRow() >= 0 && !kinds[m_table->currentRow()].builtIn);
    m_add->setEnabled(!m_document.project().isReadOnly());
}

bool ObjectKindsDialog::save(const ObjectKind &kind)
{
    const bool exists = findObjectKind(vocabulary(), kind.key).has_value();
    const QString text = exists ? tr("Edit kind %1").arg(kind.name) : tr("Add kind %1").arg(kind.name);
    if (const QString why = m_document.push(new edit::SaveObjectKindCommand(m_document, kind, text)); !why.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot save the kind"), why);
        return false;
    }
    return true;
}

void ObjectKindsDialog::addKind()
{
    ObjectKindForm form(ObjectKind{}, vocabulary(), this);
    if (form.exec() == QDialog::Accepted)
        save(form.kind());
}

void ObjectKindsDialog::editKind()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    const auto kind = findObjectKind(vocabulary(), m_table->item(r, 1)->text());
    if (!kind || kind->builtIn)
        return;
    ObjectKindForm form(*kind, vocabulary(), this);
    if (form.exec() == QDialog::Accepted)
        save(form.kind());
}

} // namespace sightline::ui
