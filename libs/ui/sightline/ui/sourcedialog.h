#pragma once

#include "sightline/core/gradingscheme.h"
#include "sightline/core/source.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sightline::ui {

// Edits a source: title, publisher, authors, URL, dates, kind, reliability (the grades of the
// project's scheme, in its words: Admiralty A–F, UK 5×5×5 A–E) and notes. Returns the edited copy; the caller turns it into an undoable command. Dates are typed
// as YYYY-MM-DD (or left empty); OK stays disabled while one is not a date. GUI thread only.
class SourceDialog : public QDialog
{
    Q_OBJECT
public:
    SourceDialog(const Source &source, const GradingScheme &scheme, QWidget *parent = nullptr);
    QComboBox *reliabilityBox() const { return m_reliability; }
    Source source() const;

private:
    void check();

    Source m_source;
    QLineEdit *m_title;
    QLineEdit *m_publisher;
    QLineEdit *m_authors;
    QLineEdit *m_url;
    QLineEdit *m_published;
    QLineEdit *m_accessed;
    QComboBox *m_kind;
    QComboBox *m_reliability;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    class QPushButton *m_ok;
};

} // namespace sightline::ui
