#include "sightline/ui/newprojectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>

namespace sightline::ui {

NewProjectDialog::NewProjectDialog(const QString &author, QWidget *parent) : QDialog(parent), m_author(author)
{
    setWindowTitle(tr("New project"));
    auto *form = new QFormLayout;
    m_path = new QLineEdit;
    m_path->setPlaceholderText(tr("Where the project file goes (.gpkg)"));
    auto *browse = new QToolButton;
    browse->setText(tr("Choose…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    form->addRow(tr("&File:"), pathRow);
    m_title = new QLineEdit;
    m_title->setPlaceholderText(tr("The file's name"));
    form->addRow(tr("&Title:"), m_title);
    m_scheme = new QComboBox;
    for (const GradingScheme *s : GradingScheme::all())
        m_scheme->addItem(s->name(), s->key());
    form->addRow(tr("&Grading:"), m_scheme);
    m_marking = new QComboBox;
    m_marking->addItem(tr("None"));
    for (const QString &text : allMarkingTexts())
        m_marking->addItem(text, text);
    form->addRow(tr("&Marking:"), m_marking);
    m_meaning = new QLabel;
    m_meaning->setWordWrap(true);
    m_meaning->setMinimumWidth(360);
    form->addRow(QString(), m_meaning);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Create"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(browse, &QToolButton::clicked, this, &NewProjectDialog::choosePath);
    connect(m_path, &QLineEdit::textChanged, this, &NewProjectDialog::update);
    connect(m_marking, &QComboBox::currentIndexChanged, this, &NewProjectDialog::update);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    update();
}

void NewProjectDialog::setPath(const QString &path) { m_path->setText(path); }

void NewProjectDialog::setMarking(const QString &text)
{
    m_marking->setCurrentIndex(std::max(0, m_marking->findData(text)));
}

store::NewProject NewProjectDialog::project() const
{
    store::NewProject p;
    p.path = m_path->text().trimmed();
    if (!p.path.isEmpty() && QFileInfo(p.path).suffix().isEmpty())
        p.path += QStringLiteral(".gpkg");
    p.title = m_title->text();
    p.author = m_author;
    p.scheme = GradingScheme::byKey(m_scheme->currentData().toString());
    if (const QString text = m_marking->currentData().toString(); !text.isEmpty())
        p.marking = markingFromText(text);
    return p;
}

void NewProjectDialog::choosePath()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New project"), m_path->text(),
                                                      tr("Sightline projects (*.gpkg)"));
    if (!path.isEmpty())
        m_path->setText(path);
}

void NewProjectDialog::update()
{
    const QString path = project().path;
    const bool taken = !path.isEmpty() && QFileInfo::exists(path);
    m_ok->setEnabled(!path.isEmpty() && !taken);
    if (taken)
        m_meaning->setText(tr("%1 already exists; a new project is never written over a file.").arg(path));
    else if (const auto marking = project().marking)
        m_meaning->setText(markingMeaning(*marking));
    else
        m_meaning->setText(tr("No handling marking: briefs and exports carry none."));
}

} // namespace sightline::ui
