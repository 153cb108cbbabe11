#pragma once

#include "sightline/core/custody.h"
#include "sightline/core/scene.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sightline::ui {

// The facts of a scene an analyst checks against the provider's listing: provider and its scene
// id, when it was acquired (an instant, or the range providers often give), sensor, off-nadir
// angle, cloud cover, licence and notes. Each unsound field gets its message beside it, and the
// dialog does not close while any is unsound. The scene's chain of custody is shown below the
// fields, read only. GUI thread.
class SceneDetailsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SceneDetailsDialog(const ImageryScene &scene, const QList<CustodyEntry> &custody = {},
                                QWidget *parent = nullptr);

    // The scene with the fields as entered (unsound fields keep their stored value).
    ImageryScene scene() const;
    // One message per unsound field, and each shown beside its field.
    QStringList validate();

    void accept() override;

private:
    struct Field
    {
        QLineEdit *edit;
        QLabel *problem;
    };
    Field field(const QString &name, const QString &placeholder = {});
    std::optional<TimeSpan> acquired(QString *why) const;
    static std::optional<double> number(const QLineEdit *edit, double lo, double hi, bool *ok);

    ImageryScene m_scene;
    Field m_provider, m_sceneId, m_from, m_to, m_sensor, m_offNadir, m_cloud;
    QPlainTextEdit *m_licence;
    QPlainTextEdit *m_notes;
};

} // namespace sightline::ui
