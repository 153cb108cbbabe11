#pragma once

#include "sightline/core/scene.h"

#include <QDialog>

#include <array>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace sightline::ui {

// Edits how one imagery scene is drawn: bands for red, green and blue, the stretch, gamma,
// brightness, contrast and opacity. Returns the edited settings; the caller turns them into an
// undoable command. GUI thread only.
class SceneDisplayDialog : public QDialog
{
    Q_OBJECT
public:
    SceneDisplayDialog(const ImageryScene &scene, QWidget *parent = nullptr);
    SceneDisplay display() const;
    void setDisplay(const SceneDisplay &display);

private:
    void updateEnabled();

    int m_bandCount;
    std::array<QSpinBox *, 3> m_bands;
    QComboBox *m_stretch;
    QDoubleSpinBox *m_percentLow;
    QDoubleSpinBox *m_percentHigh;
    std::array<QDoubleSpinBox *, 3> m_minimum;
    std::array<QDoubleSpinBox *, 3> m_maximum;
    QDoubleSpinBox *m_gamma;
    QDoubleSpinBox *m_brightness;
    QDoubleSpinBox *m_contrast;
    QDoubleSpinBox *m_opacity;
    QLabel *m_problem;
};

} // namespace sightline::ui
