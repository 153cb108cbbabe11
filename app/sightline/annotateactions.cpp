#include "annotateactions.h"

#include "toolactions.h"
#include "workspace.h"

#include "sightline/render/mapmodel.h"
#include "sightline/ui/annotationeditor.h"
#include "sightline/ui/annotationtool.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/objectkindsdialog.h"
#include "sightline/ui/selectannotationstool.h"
#include "sightline/ui/selectionmodel.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>
#include <QSpinBox>
#include <QToolBar>

#include <algorithm>

using namespace sightline;

AnnotateActions::AnnotateActions(Workspace &workspace, QMainWindow *window, ToolActions *tools,
                                 ui::AnnotationEditor *editor)
    : QObject(window), m_workspace(workspace), m_editor(editor)
{
    ui::MapCanvas *canvas = workspace.canvas();
    m_select = new ui::SelectAnnotationsTool(canvas, editor);
    m_point = new ui::PointAnnotationTool(canvas, editor);
    m_box = new ui::BoxAnnotationTool(canvas, editor);
    m_polygon = new ui::PathAnnotationTool(canvas, editor, true);
    m_line = new ui::PathAnnotationTool(canvas, editor, false);
    m_callout = new ui::CalloutAnnotationTool(canvas, editor);

    QMenu *menu = window->menuBar()->addMenu(tr("&Annotate"));
    m_toolBar = window->addToolBar(tr("Annotate"));
    m_toolBar->setObjectName(QStringLiteral("annotateToolBar"));
    const struct
    {
        QString label;
        QKeySequence key;
        ui::MapTool *tool;
        const char *name;
    } entries[] = {{tr("&Select and move annotations"), QKeySequence(Qt::Key_V), m_select, "annotateSelect"},
                   {tr("&Count: a point a click"), QKeySequence(Qt::Key_C), m_point, "annotatePoint"},
                   {tr("&Box"), QKeySequence(Qt::Key_B), m_box, "annotateBox"},
                   {tr("&Polygon"), QKeySequence(Qt::Key_P), m_polygon, "annotatePolygon"},
                   {tr("&Line"), QKeySequence(Qt::Key_L), m_line, "annotateLine"},
                   {tr("Call&out"), QKeySequence(Qt::Key_T), m_callout, "annotateCallout"}};
    for (const auto &e : entries) {
        QAction *a = tools->addTool(e.tool, e.label, e.key, menu);
        a->setObjectName(QString::fromLatin1(e.name));
        m_toolBar->addAction(a);
    }
    menu->addSeparator();
    m_toolBar->addSeparator();

    // Copy and paste work while the map has the focus, so that the views' own copy stays theirs.
    QAction *copy = menu->addAction(tr("&Copy selected annotations"), editor, &ui::AnnotationEditor::copySelected);
    copy->setShortcut(QKeySequence::Copy);
    copy->setObjectName(QStringLiteral("copyAnnotations"));
    QAction *paste = menu->addAction(tr("&Paste annotations onto the selected scene"), editor, &ui::AnnotationEditor::paste);
    paste->setShortcut(QKeySequence::Paste);
    paste->setObjectName(QStringLiteral("pasteAnnotations"));
    for (QAction *a : {copy, paste}) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        canvas->addAction(a);
    }
    menu->addAction(tr("&Delete selected annotations"), editor, &ui::AnnotationEditor::removeSelected)
        ->setObjectName(QStringLiteral("deleteAnnotations"));
    m_details = menu->addAction(tr("Annotation &details…"), this, [this] {
        const QList<QUuid> ids = m_workspace.selection()->selectedOfType(RecordType::Annotation);
        if (ids.size() == 1)
            m_editor->editDetails(ids.first());
    });
    m_details->setObjectName(QStringLiteral("annotationDetails"));
    m_details->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_details->setEnabled(false);
    menu->addSeparator();
    m_kinds = menu->addAction(tr("Object &kinds…"), this, [this, window] {
        if (edit::Document *document = m_editor->document()) {
            ui::ObjectKindsDialog dialog(*document, window);
            dialog.exec();
        }
    });
    m_kinds->setObjectName(QStringLiteral("objectKinds"));

    // What a new annotation gets.
    m_kind = new QComboBox(m_toolBar);
    m_kind->setObjectName(QStringLiteral("annotationKind"));
    m_kind->setToolTip(tr("The object kind new annotations mark"));
    m_count = new QSpinBox(m_toolBar);
    m_count->setObjectName(QStringLiteral("annotationCount"));
    m_count->setRange(1, 100000);
    m_count->setToolTip(tr("How many objects a new box or polygon holds"));
    m_confidence = new QComboBox(m_toolBar);
    m_confidence->setObjectName(QStringLiteral("annotationConfidence"));
    for (Confidence c : {Confidence::High, Confidence::Moderate, Confidence::Low})
        m_confidence->addItem(toLabel(c), QVariant::fromValue(static_cast<int>(c)));
    m_confidence->setToolTip(tr("How sure the count or identification is"));
    m_toolBar->addWidget(new QLabel(tr(" Kind "), m_toolBar));
    m_toolBar->addWidget(m_kind);
    m_toolBar->addWidget(new QLabel(tr(" Count "), m_toolBar));
    m_toolBar->addWidget(m_count);
    m_toolBar->addWidget(m_confidence);
    // A choice made while annotations are selected with the select tool changes them too (one step).
    auto applied = [this, canvas](ui::AnnotationEditor::Property property) {
        if (canvas->tool() == m_select)
            m_editor->applyToSelected(property);
    };
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this, applied] {
        m_editor->setKind(m_kind->currentData().toString());
        applied(ui::AnnotationEditor::Property::Kind);
    });
    connect(m_count, &QSpinBox::valueChanged, this, [this, applied](int n) {
        m_editor->setCount(n);
        applied(ui::AnnotationEditor::Property::Count);
    });
    connect(m_confidence, &QComboBox::currentIndexChanged, this, [this, applied] {
        m_editor->setConfidence(static_cast<Confidence>(m_confidence->currentData().toInt()));
        applied(ui::AnnotationEditor::Property::Confidence);
    });
    connect(editor, &ui::AnnotationEditor::message, &workspace, &Workspace::showMessage);

    connect(&workspace, &Workspace::documentChanged, this, &AnnotateActions::reloadKinds);
    connect(editor, &ui::AnnotationEditor::annotationsChanged, this, [this] {
        // A kind added or renamed in the vocabulary reaches the toolbar's list.
        const QList<ObjectKind> &kinds = m_editor->vocabulary();
        bool same = kinds.size() == m_kind->count();
        for (int i = 0; same && i < kinds.size(); ++i)
            same = kinds[i].key == m_kind->itemData(i).toString() && kinds[i].name == m_kind->itemText(i);
        if (!same && !kinds.isEmpty())
            reloadKinds();
    });
    connect(workspace.selection(), &ui::SelectionModel::changed, this, &AnnotateActions::followSelection);
    connect(workspace.layers(), &render::MapModel::layersChanged, this, &AnnotateActions::followSelection);
    reloadKinds();
}

void AnnotateActions::reloadKinds()
{
    m_kinds->setEnabled(m_editor->document() != nullptr);
    const QSignalBlocker block(m_kind);
    m_kind->clear();
    const QList<ObjectKind> kinds = m_editor->vocabulary().isEmpty() ? builtInObjectKinds() : m_editor->vocabulary();
    for (const ObjectKind &k : kinds)
        m_kind->addItem(k.name, k.key);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(m_editor->kind())));
    m_editor->setKind(m_kind->currentData().toString());
}

void AnnotateActions::followSelection()
{
    m_details->setEnabled(m_workspace.selection()->selectedOfType(RecordType::Annotation).size() == 1);
    // One annotation selected: the toolbar shows what it is (and new ones will be the same).
    if (const QList<QUuid> ids = m_workspace.selection()->selectedOfType(RecordType::Annotation); ids.size() == 1)
        if (const auto a = m_editor->annotation(ids.first())) {
            const QSignalBlocker k(m_kind), c(m_count), f(m_confidence);
            m_kind->setCurrentIndex(std::max(0, m_kind->findData(a->objectKind)));
            m_count->setValue(a->count);
            m_confidence->setCurrentIndex(std::max(0, m_confidence->findData(static_cast<int>(a->confidence))));
            m_editor->setKind(m_kind->currentData().toString());
            m_editor->setCount(a->count);
            m_editor->setConfidence(a->confidence);
        }
    // Annotations go on the scene flicker shows, else on the selected scene; selecting other
    // records (the annotations themselves) leaves the choice as it was.
    if (const QUuid shown = m_workspace.layers()->onlyScene(); !shown.isNull()) {
        m_editor->setTargetScene(shown);
        return;
    }
    const QList<QUuid> scenes = m_workspace.selection()->selectedOfType(RecordType::Scene);
    if (!scenes.isEmpty())
        m_editor->setTargetScene(scenes.first());
    else if (m_workspace.selection()->selected().isEmpty())
        m_editor->setTargetScene({});
}

CountSeries AnnotateActions::observedSeries(const Project &project, const QUuid &siteId, const QString &objectKind)
{
    return buildCountSeries(project.all<Observation>(), siteId, objectKind);
}
