#pragma once

#include "sightline/core/judgment.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sightline {
class Project;
}

namespace sightline::ui {

// The form for one judgment: statement, likelihood and confidence chosen from the ICD 203
// lists, period, author, status, notes, and a check-list of the project's claims it rests on.
// OK stays greyed out while the statement or author is empty or the period is not a time.
// GUI thread only.
class JudgmentDialog : public QDialog
{
    Q_OBJECT
public:
    // basis: what the judgment rests on now (records other than claims are kept as they are).
    JudgmentDialog(const Project &project, const Judgment &judgment, const QList<RecordRef> &basis,
                   QWidget *parent = nullptr);
    Judgment judgment() const;
    // The claims ticked, and the other records it rested on.
    QList<RecordRef> restsOn() const;

    QPlainTextEdit *statementEdit() const { return m_statement; }
    QComboBox *likelihoodBox() const { return m_likelihood; }
    QComboBox *confidenceBox() const { return m_confidence; }
    QLineEdit *timeEdit() const { return m_time; }
    // The period in words under its field ("13 Sep 2023 – 23 Dec 2024"), or why it is not one.
    QString periodWords() const;
    QListWidget *claimList() const { return m_claims; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    Judgment m_judgment;
    QList<RecordRef> m_otherBasis;
    QPlainTextEdit *m_statement;
    QComboBox *m_likelihood;
    QComboBox *m_confidence;
    QLineEdit *m_time;
    QLabel *m_timeWords;
    QLineEdit *m_author;
    QComboBox *m_status;
    QPlainTextEdit *m_notes;
    QListWidget *m_claims;
    QDialogButtonBox *m_buttons;
};

} // namespace sightline::ui
