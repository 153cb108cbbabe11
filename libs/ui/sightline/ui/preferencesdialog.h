#pragma once

#include "sightline/ui/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace sightline::ui {

// Edits the analyst's preferences (Preferences): shows the ones given, returns what the analyst
// chose; the caller saves and applies them. A CRS that PROJ does not know keeps OK disabled.
// GUI thread only.
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(const Preferences &current, QWidget *parent = nullptr);
    Preferences preferences() const;

    QLineEdit *analystField() const { return m_analyst; }
    QLineEdit *crsField() const { return m_crs; }
    QComboBox *coordinateFormatBox() const { return m_format; }
    QComboBox *unitsBox() const { return m_units; }
    QSpinBox *tileCacheBox() const { return m_tileCache; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *markingBox() const { return m_marking; }
    QCheckBox *networkBox() const { return m_network; }
    bool canAccept() const;

private:
    void update();

    Preferences m_initial;
    QLineEdit *m_analyst;
    QLineEdit *m_crs;
    QLabel *m_crsName;
    QComboBox *m_format;
    QComboBox *m_units;
    QSpinBox *m_tileCache;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QComboBox *m_marking;
    QCheckBox *m_network;
    QPushButton *m_ok;
};

} // namespace sightline::ui
