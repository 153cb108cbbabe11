#pragma once

#include "sightline/core/link.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sightline {
class Project;
}
namespace sightline::edit {
class Document;
}

namespace sightline::ui {

class DocumentFollower;
class SelectionModel;

// Full-text search over the project (Project::search): a field and the hits, best first, each
// with its kind, title and the snippet that matched. Choosing a hit selects its record in the
// shared selection (a capture's hit selects the capture's source). The hits are searched again
// after every edit, undo or redo. GUI thread only.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    enum Column { KindColumn, TitleColumn, SnippetColumn, ColumnCount };

    explicit SearchPanel(SelectionModel *selection, QWidget *parent = nullptr);
    // The project searched, followed as it changes; null empties the list.
    void setDocument(edit::Document *document);
    // Searches for text (also what typing in the field and Enter do).
    void search(const QString &text);
    // Searches again for the last text, after an edit changed the records.
    void refresh();
    int resultCount() const;
    RecordRef resultAt(int row) const;
    // Chooses the hit in this row, as a click does.
    void choose(int row);
    QLineEdit *field() const { return m_field; }
    QTreeWidget *results() const { return m_results; }

private:
    const Project *project() const;

    SelectionModel *m_selection;
    DocumentFollower *m_follower;
    QLineEdit *m_field;
    QTreeWidget *m_results;
    QLabel *m_message;
    QString m_searched; // the text of the hits shown
};

} // namespace sightline::ui
