#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenuBar;
class QUndoGroup;
class Workspace;

namespace sightline::ui {
class AnnotationEditor;
class SiteEditor;
} // namespace sightline::ui

// The Edit menu: undo and redo of the open project's history, delete the selected annotations
// or site, and
// the project's grading scheme (an undoable edit the project may refuse; the checked entry
// follows the project). GUI thread only.
class EditActions : public QObject
{
    Q_OBJECT
public:
    EditActions(Workspace &workspace, QMenuBar *menuBar, sightline::ui::SiteEditor *siteEditor,
                sightline::ui::AnnotationEditor *annotationEditor);
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }

signals:
    // Edit → Preferences…: the window shows them (it keeps them).
    void preferencesRequested();

private:
    void showGradingScheme();

    Workspace &m_workspace;
    QUndoGroup *m_undoGroup;
    QActionGroup *m_schemes; // one checkable action per scheme
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
};
