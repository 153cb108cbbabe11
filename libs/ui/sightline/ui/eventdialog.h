#pragma once

#include "sightline/core/event.h"
#include "sightline/core/link.h"

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

// The form for one event: title, time (as the project writes it: 2023-09-13, 2023-09,
// 2023-09-07/2023-10-01, ../2024-12-23), the sites it happened at and the sources that report it
// (check-lists of the project's), where it happened (a point: none, a site's, or typed as
// "latitude, longitude" in decimal degrees), the claims and observations it rests on (a
// check-list; saved as "depends on" links), and notes. OK stays greyed out while the title is
// empty, the time is not one or the coordinates are not a point on the globe, and the line under
// the field says why. GUI thread only.
class EventDialog : public QDialog
{
    Q_OBJECT
public:
    // basis: the records the event rests on now (checked in the list).
    EventDialog(const Project &project, const Event &event, QWidget *parent = nullptr,
                const QList<RecordRef> &basis = {});
    Event event() const;
    // The claims and observations checked as what the event rests on.
    QList<RecordRef> basis() const;

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *timeEdit() const { return m_time; }
    QListWidget *siteList() const { return m_sites; }
    QListWidget *sourceList() const { return m_sources; }
    QLabel *timeMessage() const { return m_timeMessage; }
    QComboBox *locationChoice() const { return m_place; }
    QLineEdit *coordinatesEdit() const { return m_coordinates; }
    QLabel *locationMessage() const { return m_locationMessage; }
    QListWidget *basisList() const { return m_basis; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    void check();

    Event m_event;
    QLineEdit *m_title;
    QLineEdit *m_time;
    QLabel *m_timeMessage;
    QListWidget *m_sites;
    QListWidget *m_sources;
    QComboBox *m_place;          // no location, typed coordinates, or a site's point
    QLineEdit *m_coordinates;    // "42.2500, 130.3000"
    QLabel *m_locationMessage;
    QListWidget *m_basis;        // claims and observations
    QPlainTextEdit *m_notes;
    QDialogButtonBox *m_buttons;
};

} // namespace sightline::ui
