#pragma once

#include "sightline/core/judgment.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

class JudgmentDialog;
class JudgmentTableModel;
class SelectionModel;

// The Judgments dock: every analytic judgment with its likelihood, confidence, period, what it
// rests on and its review flag. Add…, Edit… (or a double click) and Delete open the form and
// push one undoable command (the judgment with the links that say what it rests on). Choosing
// a judgment selects it and the claims it rests on in the shared selection. GUI thread only.
class JudgmentPanel : public QWidget
{
    Q_OBJECT
public:
    explicit JudgmentPanel(SelectionModel *selection, QWidget *parent = nullptr);
    void setDocument(edit::Document *document);
    void reload();

    JudgmentTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Opens the form (window-modal, not blocking) for a new judgment, or for the one in the row;
    // accepting it pushes the edit. Returns the form so that it can be driven.
    JudgmentDialog *openEditor(int row = -1);
    // Deletes the judgment in the row (with its links), as one undoable step.
    bool deleteRow(int row);
    void selectRow(int row);

private:
    void apply(JudgmentDialog *dialog);
    int currentRow() const;

    SelectionModel *m_selection;
    QPointer<edit::Document> m_document;
    JudgmentTableModel *m_model;
    QTableView *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QLabel *m_message;
    bool m_loading = false;
};

} // namespace sightline::ui
