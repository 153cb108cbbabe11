#pragma once

#include "sightline/core/link.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

class DocumentFollower;
class SelectionModel;

// The needs-review list: every open review flag (a record resting on a source that was
// downgraded or discredited) with the record, the reason and when it was raised. Choosing a
// row selects the record; "Mark reviewed" clears the chosen record's flags with the note
// typed beside it. A selection made elsewhere selects the rows of the records it holds. Follows
// every edit, undo or redo of the document. GUI thread only.
class ReviewView : public QWidget
{
    Q_OBJECT
public:
    enum Column { KindColumn, TitleColumn, ReasonColumn, RaisedColumn, ColumnCount };

    explicit ReviewView(SelectionModel *selection, QWidget *parent = nullptr);
    void setDocument(edit::Document *document);
    void reload();
    int rowCount() const;
    RecordRef recordAt(int row) const;
    QTableWidget *table() const { return m_table; }
    QPushButton *markReviewedButton() const { return m_markReviewed; }
    // Clears the flags of the record in the chosen row; false (with the reason shown) when the
    // project refused.
    bool markReviewed();

signals:
    void reviewed(const sightline::RecordRef &record);

private:
    void followSelection();
    // The records of the selected rows, each once.
    QList<RecordRef> selectedRecords() const;

    SelectionModel *m_selection;
    DocumentFollower *m_follower;
    QTableWidget *m_table;
    QLineEdit *m_note;
    QPushButton *m_markReviewed;
    QLabel *m_message;
    bool m_loading = false;
};

} // namespace sightline::ui
