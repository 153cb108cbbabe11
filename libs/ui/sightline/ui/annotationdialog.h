#pragma once

#include "sightline/core/annotation.h"
#include "sightline/core/objectkinds.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sightline::ui {

// The details of one annotation: its object kind, count (a point and a callout mark one
// object), confidence, label (a callout's text) and note. Its shape, scene and time are shown,
// not edited here. GUI thread only.
class AnnotationDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotationDialog(const Annotation &annotation, const QList<ObjectKind> &vocabulary, const QString &sceneText,
                     QWidget *parent = nullptr);
    // The annotation as the form has it.
    Annotation annotation() const;

    QComboBox *kindBox() const { return m_kind; }
    QSpinBox *countBox() const { return m_count; }
    QComboBox *confidenceBox() const { return m_confidence; }
    QLineEdit *labelEdit() const { return m_label; }
    QPlainTextEdit *notesEdit() const { return m_notes; }

private:
    Annotation m_annotation;
    QComboBox *m_kind;
    QSpinBox *m_count;
    QComboBox *m_confidence;
    QLineEdit *m_label;
    QPlainTextEdit *m_notes;
};

} // namespace sightline::ui
