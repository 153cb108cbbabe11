#include "sightline/ui/annotationdialog.h"

#include "sightline/present/timewords.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sightline::ui {

namespace {

bool carriesCount(AnnotationShape shape)
{
    return shape == AnnotationShape::Box || shape == AnnotationShape::Polygon;
}

QString shapeName(AnnotationShape shape)
{
    switch (shape) {
    case AnnotationShape::Point: return AnnotationDialog::tr("point");
    case AnnotationShape::Box: return AnnotationDialog::tr("box");
    case AnnotationShape::Polygon: return AnnotationDialog::tr("polygon");
    case AnnotationShape::Line: return AnnotationDialog::tr("line");
    case AnnotationShape::Callout: return AnnotationDialog::tr("callout");
    }
    return {};
}

} // namespace

AnnotationDialog::AnnotationDialog(const Annotation &annotation, const QList<ObjectKind> &vocabulary,
                                   const QString &sceneText, QWidget *parent)
    : QDialog(parent), m_annotation(annotation)
{
    setWindowTitle(tr("Annotation details"));
    m_kind = new QComboBox(this);
    for (const ObjectKind &k : vocabulary)
        m_kind->addItem(k.name, k.key);
    if (m_kind->findData(annotation.objectKind) < 0) // a kind the vocabulary lost: kept, shown by its key
        m_kind->addItem(annotation.objectKind, annotation.objectKind);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(annotation.objectKind)));
    m_count = new QSpinBox(this);
    m_count->setRange(1, 100000);
    m_count->setValue(annotation.count);
    m_count->setEnabled(carriesCount(annotation.shape));
    if (!m_count->isEnabled())
        m_count->setToolTip(tr("A point marks one object; draw a box or polygon to count several"));
    m_confidence = new QComboBox(this);
    for (Confidence c : {Confidence::High, Confidence::Moderate, Confidence::Low})
        m_confidence->addItem(toLabel(c), static_cast<int>(c));
    m_confidence->setCurrentIndex(std::max(0, m_confidence->findData(static_cast<int>(annotation.confidence))));
    m_label = new QLineEdit(annotation.label, this);
    m_label->setPlaceholderText(annotation.shape == AnnotationShape::Callout ? tr("The callout's text")
                                                                              : tr("Drawn instead of count and kind"));
    m_notes = new QPlainTextEdit(annotation.notes, this);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What you saw, and why you counted it so"));

    auto *form = new QFormLayout;
    form->addRow(tr("Shape"), new QLabel(shapeName(annotation.shape), this));
    form->addRow(tr("Drawn on"), new QLabel(sceneText, this));
    form->addRow(tr("Time"), new QLabel(annotation.time.isUnknown() ? tr("unknown") : present::timeText(annotation.time), this));
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("C&ount"), m_count);
    form->addRow(tr("&Confidence"), m_confidence);
    form->addRow(annotation.shape == AnnotationShape::Callout ? tr("&Text") : tr("&Label"), m_label);
    form->addRow(tr("&Note"), m_notes);
    if (!annotation.meta.author.isEmpty())
        form->addRow(tr("By"), new QLabel(annotation.meta.author, this));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_kind->setFocus();
}

Annotation AnnotationDialog::annotation() const
{
    Annotation a = m_annotation;
    a.objectKind = m_kind->currentData().toString();
    if (carriesCount(a.shape))
        a.count = m_count->value();
    a.confidence = static_cast<Confidence>(m_confidence->currentData().toInt());
    a.label = m_label->text().trimmed();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

} // namespace sightline::ui
