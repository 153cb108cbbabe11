#include "sightline/ui/annotationeditor.h"

#include "sightline/core/annotationlabel.h"
#include "sightline/edit/annotationcommands.h"
#include "sightline/ui/annotationdialog.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/scenechoice.h"
#include "sightline/ui/selectionmodel.h"

#include <QDialog>
#include <QMessageBox>

#include <algorithm>
#include <QSet>

namespace sightline::ui {

AnnotationEditor::AnnotationEditor(SelectionModel *selection, QWidget *dialogParent)
    : QObject(dialogParent), m_selection(selection), m_dialogParent(dialogParent)
{
}

SelectionModel *AnnotationEditor::selection() const
{
    return m_selection;
}

void AnnotationEditor::setDocument(edit::Document *document)
{
    disconnect(m_connection);
    m_document = document;
    m_added.clear();
    m_copied.clear();
    m_targetScene = {};
    m_lastScene = m_lastSite = {};
    if (document)
        m_connection = connect(document, &edit::Document::recordsChanged, this, [this](RecordType type) {
            if (type == RecordType::Annotation || type == RecordType::Scene || type == RecordType::Site)
                reload();
        });
    reload();
    emit settingsChanged();
}

void AnnotationEditor::reload()
{
    if (m_document) {
        const Project &p = m_document->project();
        m_annotations = p.all<Annotation>();
        m_scenes = sortedByDate(p.all<ImageryScene>());
        m_sites = p.all<Site>();
        m_vocabulary = objectKindVocabulary(p.objectKinds());
    } else {
        m_annotations.clear();
        m_scenes.clear();
        m_sites.clear();
        m_vocabulary.clear();
    }
    // What undo took away is no longer "the last added".
    QSet<QUuid> present;
    for (const Annotation &a : std::as_const(m_annotations))
        present.insert(a.meta.id);
    m_added.removeIf([&](const QUuid &id) { return !present.contains(id); });
    emit annotationsChanged();
}

QString AnnotationEditor::kindName(const QString &key) const
{
    const auto kind = findObjectKind(m_vocabulary.isEmpty() ? builtInObjectKinds() : m_vocabulary, key);
    return kind ? kind->name : key;
}

void AnnotationEditor::setKind(const QString &key)
{
    if (key == m_kind || key.isEmpty())
        return;
    m_kind = key;
    emit settingsChanged();
}

void AnnotationEditor::setCount(int count)
{
    if (count == m_count || count < 1)
        return;
    m_count = count;
    emit settingsChanged();
}

void AnnotationEditor::setConfidence(Confidence confidence)
{
    if (confidence == m_confidence)
        return;
    m_confidence = confidence;
    emit settingsChanged();
}

void AnnotationEditor::setTargetScene(const QUuid &sceneId)
{
    if (sceneId == m_targetScene)
        return;
    m_targetScene = sceneId;
    emit settingsChanged();
}

QUuid AnnotationEditor::currentScene() const
{
    return m_targetScene.isNull() ? m_lastScene : m_targetScene;
}

QUuid AnnotationEditor::currentSite() const
{
    return m_lastSite;
}

std::optional<Annotation> AnnotationEditor::annotation(const QUuid &id) const
{
    for (const Annotation &a : m_annotations)
        if (a.meta.id == id)
            return a;
    return std::nullopt;
}

std::optional<ImageryScene> AnnotationEditor::sceneFor(const GeoPoint &lonLat) const
{
    if (!m_targetScene.isNull())
        for (const ImageryScene &s : m_scenes)
            if (s.meta.id == m_targetScene)
                return s;
    for (auto it = m_scenes.crbegin(); it != m_scenes.crend(); ++it) // newest first
        if (footprintContains(*it, lonLat))
            return *it;
    return std::nullopt;
}

Annotation AnnotationEditor::draft(AnnotationShape shape, const Geometry &geometry, const QString &label) const
{
    Annotation a;
    a.shape = shape;
    a.geometry = geometry;
    a.label = label;
    a.objectKind = m_kind;
    a.count = shape == AnnotationShape::Box || shape == AnnotationShape::Polygon ? m_count : 1;
    a.confidence = m_confidence;
    const GeoPoint at = geometry.isEmpty() ? GeoPoint{} : geometry.firstPoint();
    if (const auto scene = sceneFor(at))
        a = edit::placedOnScene(std::move(a), *scene);
    // The site it counts towards: the one whose area holds it, else the nearest within about 2 km.
    double best = 0.02 * 0.02; // square degrees
    for (const Site &s : m_sites) {
        if (!s.aoi.isEmpty() && siteBounds(s).intersects(GeoBounds{at.lon, at.lat, at.lon, at.lat})) {
            a.siteId = s.meta.id;
            break;
        }
        const double dLon = at.lon - s.location.lon, dLat = at.lat - s.location.lat;
        if (const double d = dLon * dLon + dLat * dLat; d < best) {
            best = d;
            a.siteId = s.meta.id;
        }
    }
    return a;
}

bool AnnotationEditor::run(edit::RecordCommandBase *command)
{
    if (!m_document) {
        delete command;
        return false;
    }
    if (const QString why = m_document->push(command); !why.isEmpty()) {
        QMessageBox::warning(m_dialogParent, tr("Cannot make this change"), why);
        return false;
    }
    return true;
}

bool AnnotationEditor::add(AnnotationShape shape, const Geometry &geometry, const QString &label)
{
    if (!m_document || geometry.isEmpty())
        return false;
    const Annotation a = draft(shape, geometry, label);
    auto *command = edit::addAnnotationCommand(*m_document, a, tr("Add %1").arg(annotationLabel(a, kindName(a.objectKind))));
    const QUuid id = command->after().meta.id;
    m_lastScene = a.sceneId;
    m_lastSite = a.siteId;
    m_added << id; // before the tally hears of it
    if (!run(command)) {
        m_added.removeLast();
        return false;
    }
    return true;
}

bool AnnotationEditor::change(const Annotation &after, bool mergeDrags)
{
    if (!m_document)
        return false;
    return run(edit::changeAnnotationCommand(*m_document, after,
                                             tr("Change %1").arg(annotationLabel(after, kindName(after.objectKind))),
                                             mergeDrags));
}

bool AnnotationEditor::changeMany(const QList<Annotation> &after, const QString &text)
{
    if (!m_document || after.isEmpty())
        return false;
    if (after.size() == 1)
        return run(edit::changeAnnotationCommand(*m_document, after.first(), text));
    return run(edit::changeAnnotationsCommand(*m_document, after, text));
}

bool AnnotationEditor::remove(const QList<QUuid> &ids)
{
    if (!m_document || ids.isEmpty())
        return false;
    if (!run(edit::removeAnnotationsCommand(*m_document, ids, tr("Delete %n annotation(s)", nullptr, int(ids.size())))))
        return false;
    if (m_selection) {
        QList<RecordRef> kept = m_selection->selected();
        kept.removeIf([&](const RecordRef &r) { return r.type == RecordType::Annotation && ids.contains(r.id); });
        if (kept.size() != m_selection->selected().size())
            m_selection->select(kept);
    }
    return true;
}

bool AnnotationEditor::removeSelected()
{
    const QList<QUuid> ids = selectedIds();
    if (ids.isEmpty()) {
        emit message(tr("Select annotations first: click one, or drag a box around several"));
        return false;
    }
    return remove(ids);
}

bool AnnotationEditor::applyToSelected(Property property)
{
    QList<Annotation> changed;
    for (const QUuid &id : selectedIds()) {
        auto a = annotation(id);
        if (!a)
            continue;
        const Annotation before = *a;
        switch (property) {
        case Property::Kind: a->objectKind = m_kind; break;
        case Property::Count:
            if (a->shape == AnnotationShape::Box || a->shape == AnnotationShape::Polygon)
                a->count = m_count;
            break;
        case Property::Confidence: a->confidence = m_confidence; break;
        }
        if (!(*a == before))
            changed << *a;
    }
    if (changed.isEmpty())
        return false;
    return changeMany(changed, tr("Change %n annotation(s)", nullptr, int(changed.size())));
}

bool AnnotationEditor::removeLastAdded()
{
    if (m_added.isEmpty())
        return false;
    return remove({m_added.last()});
}

QList<QUuid> AnnotationEditor::selectedIds() const
{
    return m_selection ? m_selection->selectedOfType(RecordType::Annotation) : QList<QUuid>{};
}

int AnnotationEditor::copySelected()
{
    m_copied.clear();
    for (const QUuid &id : selectedIds())
        if (const auto a = annotation(id))
            m_copied << *a;
    emit message(m_copied.isEmpty() ? tr("Select annotations first: click one, or drag a box around several")
                                    : tr("%n annotation(s) copied", nullptr, int(m_copied.size())));
    return static_cast<int>(m_copied.size());
}

bool AnnotationEditor::paste()
{
    if (!m_document || m_copied.isEmpty()) {
        emit message(tr("Nothing to paste: copy annotations first"));
        return false;
    }
    std::optional<ImageryScene> target;
    if (!m_targetScene.isNull())
        target = m_document->project().find<ImageryScene>(m_targetScene);
    QString why;
    auto *command = edit::pasteAnnotationsCommand(*m_document, m_copied, target,
                                                  tr("Paste %n annotation(s)", nullptr, int(m_copied.size())), &why);
    if (!command) {
        QMessageBox::warning(m_dialogParent, tr("Cannot paste"), why);
        return false;
    }
    return run(command);
}

std::optional<GeoPoint> AnnotationEditor::vertexNear(const MapCanvas &canvas, QPointF widgetPixel,
                                                     double toleranceWidgetPixels, const QUuid &skip) const
{
    std::optional<GeoPoint> best;
    double bestDistance = toleranceWidgetPixels * toleranceWidgetPixels;
    const GeoBounds view = canvas.viewBounds();
    for (const Annotation &a : m_annotations) {
        if (a.meta.id == skip || !view.intersects(a.geometry.bounds()))
            continue;
        for (const auto &part : a.geometry.parts)
            for (const GeoPoint &v : part) {
                const QPointF d = canvas.widgetPixelOf(v) - widgetPixel;
                const double dd = d.x() * d.x() + d.y() * d.y();
                if (dd <= bestDistance) {
                    bestDistance = dd;
                    best = v;
                }
            }
    }
    return best;
}

QList<QUuid> AnnotationEditor::annotationsAt(const MapCanvas &canvas, QPointF widgetPixel,
                                             double toleranceWidgetPixels) const
{
    // Asked of the annotation layer itself, so that a site drawn above does not hide what is below.
    QList<QUuid> out;
    const double dpr = canvas.devicePixelRatioF();
    for (const auto &layer : canvas.layers())
        if (layer->id() == QLatin1String("annotations"))
            for (const RecordRef &r : layer->recordsAt(canvas.settings(), widgetPixel * dpr, toleranceWidgetPixels * dpr))
                out << r.id;
    return out;
}

bool AnnotationEditor::editDetails(const QUuid &id)
{
    const auto before = annotation(id);
    if (!m_document || !before)
        return false;
    const auto scene = std::find_if(m_scenes.cbegin(), m_scenes.cend(),
                                    [&](const ImageryScene &s) { return s.meta.id == before->sceneId; });
    AnnotationDialog dialog(*before, m_vocabulary, scene == m_scenes.cend() ? tr("the map") : sceneLabel(*scene),
                            m_dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const Annotation after = dialog.annotation();
    return after != *before && change(after);
}

} // namespace sightline::ui
