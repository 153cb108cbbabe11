#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace sightline::ui {

class AnnotationEditor;

// The counting tally: for the scene being counted, the running count of each object kind on the
// whole scene and at the site being counted, updated as each click is stored (and as undo takes
// one back). Follows the annotation editor. GUI thread only.
class TallyPanel : public QWidget
{
    Q_OBJECT
public:
    TallyPanel(AnnotationEditor *editor, QWidget *parent = nullptr);
    // The counts shown, by kind key: on the scene, and at the site on the scene.
    int sceneCount(const QString &kind) const { return m_scene.value(kind); }
    int siteCount(const QString &kind) const { return m_site.value(kind); }
    QString heading() const;

private:
    void refresh();

    AnnotationEditor *m_editor;
    QLabel *m_heading;
    QTableWidget *m_table;
    QHash<QString, int> m_scene;
    QHash<QString, int> m_site;
};

} // namespace sightline::ui
