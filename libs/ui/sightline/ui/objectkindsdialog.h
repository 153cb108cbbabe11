#pragma once

#include "sightline/core/objectkinds.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

// The form for one kind of the project's own: display name, key (suggested from the name until
// typed over; fixed once the kind exists) and colour. OK stays greyed out, with the reason under
// the key, while the key is unsound or taken by a built-in kind. GUI thread only.
class ObjectKindForm : public QDialog
{
    Q_OBJECT
public:
    // kind: an existing kind of the project's own to edit, or an empty one to add.
    ObjectKindForm(const ObjectKind &kind, const QList<ObjectKind> &vocabulary, QWidget *parent = nullptr);
    ObjectKind kind() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *keyEdit() const { return m_key; }
    QPushButton *colourButton() const { return m_colourButton; }
    QLabel *problem() const { return m_problem; }
    void setColour(const QString &hex);

private:
    void check();

    QList<ObjectKind> m_vocabulary;
    bool m_keyTyped = false;
    bool m_editing = false;
    QString m_colour;
    QLineEdit *m_name;
    QLineEdit *m_key;
    QPushButton *m_colourButton;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};

// The project's object-kind vocabulary: every kind with its colour, whether it is built in, and
// how many annotations mark it; kinds of the project's own are added and edited here, each an
// undoable step of the document. GUI thread only.
class ObjectKindsDialog : public QDialog
{
    Q_OBJECT
public:
    ObjectKindsDialog(edit::Document &document, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    // Saves the kind as one undoable step; false (after saying why) when the project refuses it.
    bool save(const ObjectKind &kind);

private:
    void reload();
    void addKind();
    void editKind();
    QList<ObjectKind> vocabulary() const;

    edit::Document &m_document;
    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_edit;
};

} // namespace sightline::ui
