#pragma once

#include "sightline/store/newproject.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sightline::ui {

// Asks where a new, empty project goes and what it starts with: title, grading scheme and
// handling marking. The caller makes it (store::createProjectFile). GUI thread only.
class NewProjectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(const QString &author, QWidget *parent = nullptr);
    store::NewProject project() const;
    void setPath(const QString &path);
    // Chooses a marking by its text ("TLP:AMBER"); none when empty or unknown.
    void setMarking(const QString &text);

private:
    void choosePath();
    void update();

    QString m_author;
    QLineEdit *m_path;
    QLineEdit *m_title;
    QComboBox *m_scheme;
    QComboBox *m_marking;
    QLabel *m_meaning;
    QPushButton *m_ok;
};

} // namespace sightline::ui
