#pragma once

#include "sightline/core/event.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sightline {
class Project;
}

namespace sightline::ui {

// The form for one event: title, time (as the project writes it: 2023-09-13, 2023-09,
// 2023-09-07/2023-10-01, ../2024-12-23), the sites it happened at and the sources that report it
// (check-lists of the project's), and notes. OK stays greyed out while the title is empty or the
// time is not one, and the line under the time says why with the accepted forms. GUI thread only.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    EventDialog(const Project &project, const Event &event, QWidget *parent = nullptr);
    Event event() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *timeEdit() const { return m_time; }
    QListWidget *siteList() const { return m_sites; }
    QListWidget *sourceList() const { return m_sources; }
    QLabel *timeMessage() const { return m_timeMessage; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    Event m_event;
    QLineEdit *m_title;
    QLineEdit *m_time;
    QLabel *m_timeMessage;
    QListWidget *m_sites;
    QListWidget *m_sources;
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace sightline::ui
