#pragma once

#include "sightline/core/site.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QPlainTextEdit;

namespace sightline::ui {

// Edits a site's name, kind, aliases, country, position and notes. Returns the edited copy;
// the caller turns it into an undoable command. GUI thread only.
class SiteDialog : public QDialog
{
    Q_OBJECT
public:
    SiteDialog(const Site &site, QWidget *parent = nullptr);
    Site site() const;

private:
    Site m_site;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_aliases;
    QLineEdit *m_country;
    QDoubleSpinBox *m_lat;
    QDoubleSpinBox *m_lon;
    QLineEdit *m_locationNote;
    QPlainTextEdit *m_notes;
};

} // namespace sightline::ui
