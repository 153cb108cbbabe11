#include "sightline/edit/annotationcommands.h"

#include <QCoreApplication>

#include <algorithm>

namespace sightline::edit {

Annotation placedOnScene(Annotation annotation, const ImageryScene &scene)
{
    annotation.sceneId = scene.meta.id;
    annotation.time = scene.acquired;
    return annotation;
}

QList<Annotation> annotationsOnScene(const Project &project, const QUuid &sceneId)
{
    QList<Annotation> out;
    if (sceneId.isNull())
        return out;
    for (const Annotation &a : project.all<Annotation>())
        if (a.sceneId == sceneId)
            out << a;
    std::stable_sort(out.begin(), out.end(),
                     [](const Annotation &a, const Annotation &b) { return a.meta.createdUtc < b.meta.createdUtc; });
    return out;
}

SaveRecordCommand<Annotation> *addAnnotationCommand(Document &document, const Annotation &annotation,
                                                    const QString &text)
{
    return new SaveRecordCommand<Annotation>(document, annotation, text);
}

SaveRecordCommand<Annotation> *changeAnnotationCommand(Document &document, const Annotation &after,
                                                       const QString &text, bool merge)
{
    return new SaveRecordCommand<Annotation>(document, after, text, merge ? MoveAnnotation : -1);
}

CompoundRecordCommand *changeAnnotationsCommand(Document &document, const QList<Annotation> &after,
                                                const QString &text)
{
    auto *command = new CompoundRecordCommand(document, RecordType::Annotation, text);
    for (const Annotation &a : after)
        command->add(new SaveRecordCommand<Annotation>(document, a, text));
    return command;
}

CompoundRecordCommand *removeAnnotationsCommand(Document &document, const QList<QUuid> &ids, const QString &text)
{
    auto *command = new CompoundRecordCommand(document, RecordType::Annotation, text);
    for (const QUuid &id : ids)
        command->add(new DeleteRecordCommand<Annotation>(document, id, text));
    return command;
}

CompoundRecordCommand *pasteAnnotationsCommand(Document &document, const QList<Annotation> &copied,
                                               const std::optional<ImageryScene> &target, const QString &text,
                                               QString *why)
{
    auto command = std::make_unique<CompoundRecordCommand>(document, RecordType::Annotation, text);
    const GeoBounds footprint = target ? target->footprint.bounds() : GeoBounds();
    for (Annotation a : copied) {
        if (target) {
            if (!footprint.isEmpty() && !footprint.intersects(a.geometry.bounds())) {
                if (why)
                    *why = QCoreApplication::translate("sightline::edit::Annotations",
                                                       "The copied annotations lie outside the scene %1")
                               .arg(target->filePath);
                return nullptr;
            }
            a = placedOnScene(std::move(a), *target);
        }
        a.meta = RecordMeta{}; // a new annotation, not a second revision of the copied one
        command->add(new SaveRecordCommand<Annotation>(document, a, text));
    }
    return command.release();
}

} // namespace sightline::edit
