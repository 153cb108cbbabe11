#pragma once

#include "sightline/core/annotation.h"
#include "sightline/core/scene.h"
#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// The edits of annotations in the window, each one undoable step: add one (a click of the
// counting tool), change one (move, reshape, re-kind, recount; consecutive drags of one
// annotation merge into one step), change or remove several at once (a moved or deleted
// selection), and paste copies onto another scene of the same site. The store keeps the counted
// observations in step by itself. GUI thread (the document's thread) only.

// Merge ids for dragging one annotation (MoveRecord is a site's).
enum AnnotationCommandId { MoveAnnotation = 2 };

// The annotation placed on a scene: it belongs to the scene and takes its acquisition time.
Annotation placedOnScene(Annotation annotation, const ImageryScene &scene);
// The annotations drawn on a scene, oldest first.
QList<Annotation> annotationsOnScene(const Project &project, const QUuid &sceneId);

// Adds one annotation (a new id when it has none).
SaveRecordCommand<Annotation> *addAnnotationCommand(Document &document, const Annotation &annotation,
                                                    const QString &text);
// Stores a changed annotation; merge: consecutive changes of the same annotation become one step.
SaveRecordCommand<Annotation> *changeAnnotationCommand(Document &document, const Annotation &after,
                                                       const QString &text, bool merge = false);
// Stores several changed annotations in one step (a moved selection).
CompoundRecordCommand *changeAnnotationsCommand(Document &document, const QList<Annotation> &after,
                                                const QString &text);
// Removes annotations in one step; undo puts them back with the same ids.
CompoundRecordCommand *removeAnnotationsCommand(Document &document, const QList<QUuid> &ids, const QString &text);
// Adds copies of annotations (new ids) in one step: onto target, when given, with its time and id.
// Null, with the reason in *why, when a copy lies outside the target's footprint (another site).
CompoundRecordCommand *pasteAnnotationsCommand(Document &document, const QList<Annotation> &copied,
                                               const std::optional<ImageryScene> &target, const QString &text,
                                               QString *why);

} // namespace sightline::edit
