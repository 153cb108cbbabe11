#pragma once

#include "sightline/core/annotation.h"
#include "sightline/core/objectkinds.h"
#include "sightline/core/scene.h"
#include "sightline/edit/document.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QWidget;

namespace sightline::edit {
class RecordCommandBase;
}

namespace sightline::ui {

class MapCanvas;
class SelectionModel;

// The one place where annotations are made, changed and removed in the window: the annotation
// tools, the counting tally and the Annotate actions all go through it, and each change is one
// undoable command of the document (a refused one is explained in a message box and never enters
// the history). It holds what a new annotation gets (the object kind, count and confidence
// chosen in the toolbar, and the scene it is drawn on: the target scene, else the newest scene
// under it), the annotations of the project for hit tests and snapping, and the copied ones.
// GUI thread only.
class AnnotationEditor : public QObject
{
    Q_OBJECT
public:
    // selection: the window's; the selected annotations are those of type Annotation in it.
    AnnotationEditor(SelectionModel *selection, QWidget *dialogParent);
    void setDocument(edit::Document *document);
    edit::Document *document() const { return m_document; }
    SelectionModel *selection() const;

    // The project's object kinds (built-in first); empty before a document is set.
    const QList<ObjectKind> &vocabulary() const { return m_vocabulary; }
    QString kindName(const QString &key) const;
    const QString &kind() const { return m_kind; }
    void setKind(const QString &key);
    int count() const { return m_count; } // for boxes and polygons
    void setCount(int count);
    Confidence confidence() const { return m_confidence; }
    void setConfidence(Confidence confidence);
    // The scene new annotations are drawn on (the selected scene, or the one a comparison pane
    // shows); null: the newest scene whose footprint holds the annotation, else none (on the map).
    const QUuid &targetScene() const { return m_targetScene; }
    void setTargetScene(const QUuid &sceneId);

    // The scene and site being counted: the target scene, else that of the annotation added
    // last through this editor; null when neither says.
    QUuid currentScene() const;
    QUuid currentSite() const;

    // Every annotation of the project, as stored now.
    const QList<Annotation> &annotations() const { return m_annotations; }
    std::optional<Annotation> annotation(const QUuid &id) const;
    // The scene an annotation at this place is drawn on (see targetScene).
    std::optional<ImageryScene> sceneFor(const GeoPoint &lonLat) const;
    // A new annotation of the current kind, count and confidence with this shape and geometry, on
    // sceneFor its first point (with the scene's time), at the site whose area holds it.
    Annotation draft(AnnotationShape shape, const Geometry &geometry, const QString &label = {}) const;

    // Each is one undoable step; false when there is no document or the project refused it.
    bool add(AnnotationShape shape, const Geometry &geometry, const QString &label = {});
    bool change(const Annotation &after, bool mergeDrags = false);
    bool changeMany(const QList<Annotation> &after, const QString &text);
    bool remove(const QList<QUuid> &ids);
    bool removeSelected();
    // Gives every selected annotation the current kind, or count (boxes and polygons), or
    // confidence, in one step; false when none is selected or nothing changes.
    enum class Property { Kind, Count, Confidence };
    bool applyToSelected(Property property);
    // Removes the annotation added last through this editor (Backspace while counting).
    bool removeLastAdded();
    // Opens the details form of one annotation (kind, count, confidence, label, note) and saves
    // what was changed there as one step; false when cancelled, unchanged or refused.
    bool editDetails(const QUuid &id);
    // Copies the selected annotations; pastes copies onto the target scene (or where they were).
    int copySelected();
    bool paste();
    int copiedCount() const { return static_cast<int>(m_copied.size()); }

    QList<QUuid> selectedIds() const;
    // The annotation vertex nearest a widget pixel, within toleranceWidgetPixels; skip: ignored.
    std::optional<GeoPoint> vertexNear(const MapCanvas &canvas, QPointF widgetPixel,
                                       double toleranceWidgetPixels = 8, const QUuid &skip = {}) const;
    // The annotations drawn under a widget pixel of the canvas, topmost first.
    QList<QUuid> annotationsAt(const MapCanvas &canvas, QPointF widgetPixel, double toleranceWidgetPixels = 6) const;

signals:
    // The kind, count, confidence or target scene changed.
    void settingsChanged();
    // The stored annotations changed (after an edit, undo or redo).
    void annotationsChanged();
    // A message for the status bar.
    void message(const QString &text);

private:
    bool run(edit::RecordCommandBase *command);
    void reload();

    QPointer<SelectionModel> m_selection;
    QWidget *m_dialogParent;
    QPointer<edit::Document> m_document;
    QMetaObject::Connection m_connection;
    QList<ObjectKind> m_vocabulary;
    QList<Annotation> m_annotations;
    QList<ImageryScene> m_scenes;
    QList<Site> m_sites;
    QString m_kind = QStringLiteral("railcar");
    int m_count = 1;
    Confidence m_confidence = Confidence::High;
    QUuid m_targetScene;
    QList<QUuid> m_added; // by this editor, newest last
    QUuid m_lastScene, m_lastSite; // of the annotation added last
    QList<Annotation> m_copied;
};

} // namespace sightline::ui
