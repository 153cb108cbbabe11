#include "editactions.h"

#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/edit/schemecommands.h"
#include "sightline/ui/annotationeditor.h"
#include "sightline/ui/selectionmodel.h"
#include "sightline/ui/siteeditor.h"

#include <QActionGroup>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoGroup>

using namespace sightline;

EditActions::EditActions(Workspace &workspace, QMenuBar *menuBar, ui::SiteEditor *siteEditor,
                         ui::AnnotationEditor *annotationEditor)
    : QObject(menuBar), m_workspace(workspace), m_undoGroup(new QUndoGroup(this)), m_schemes(new QActionGroup(this))
{
    auto *menu = menuBar->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    menu->addAction(undo);
    menu->addAction(redo);
    m_undo = undo;
    m_redo = redo;
    menu->addSeparator();
    // One Delete for what is selected: annotations when any are, else the site.
    menu->addAction(tr("&Delete selected"), QKeySequence::Delete, this, [this, siteEditor, annotationEditor] {
        if (!m_workspace.selection()->selectedOfType(RecordType::Annotation).isEmpty())
            annotationEditor->removeSelected();
        else
            siteEditor->deleteSelectedSite();
    });
    QMenu *schemeMenu = menu->addMenu(tr("&Grading scheme"));
    menu->addSeparator();
    menu->addAction(tr("&Preferences…"), QKeySequence::Preferences, this, &EditActions::preferencesRequested)
        ->setMenuRole(QAction::PreferencesRole);
    for (const GradingScheme *scheme : GradingScheme::all()) {
        QAction *a = schemeMenu->addAction(scheme->name());
        a->setCheckable(true);
        a->setData(scheme->key());
        m_schemes->addAction(a);
        connect(a, &QAction::triggered, this, [this, scheme] {
            edit::Document *doc = m_workspace.document();
            if (!doc || &doc->project().gradingScheme() == scheme)
                return;
            const QString why =
                doc->push(new edit::SetGradingSchemeCommand(*doc, *scheme, tr("Grading scheme: %1").arg(scheme->name())));
            if (!why.isEmpty())
                QMessageBox::warning(m_workspace.window(), tr("Grading scheme"), why);
            showGradingScheme();
        });
    }
    connect(&workspace, &Workspace::documentChanged, this, [this](edit::Document *doc) {
        // A closed project's history leaves the group by itself when its stack is deleted.
        if (doc) {
            m_undoGroup->addStack(&doc->undoStack());
            m_undoGroup->setActiveStack(&doc->undoStack());
            connect(doc, &edit::Document::recordsChanged, this, &EditActions::showGradingScheme);
        }
        showGradingScheme();
    });
}

void EditActions::showGradingScheme()
{
    const edit::Document *doc = m_workspace.document();
    const QString key = doc ? doc->project().gradingScheme().key() : QString();
    for (QAction *a : m_schemes->actions())
        a->setChecked(a->data().toString() == key);
}
