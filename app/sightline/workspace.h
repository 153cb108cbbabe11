#pragma once

#include "sightline/edit/document.h"

#include <QObject>
#include <QPointer>

class QWidget;

namespace sightline::edit {
class RecordCommandBase;
}

namespace sightline::render {
class MapModel;
}
namespace sightline::ui {
class MapCanvas;
class MapReadout;
class SelectionModel;
} // namespace sightline::ui

// What the window's parts share, handed to each action class instead of the window: the open
// document (null before one is open), the map and its layer set, the shared selection, the
// status bar's readout, and the window that dialogs open over. Owned by the window.
// GUI thread only.
class Workspace : public QObject
{
    Q_OBJECT
public:
    Workspace(QWidget *window, sightline::ui::MapCanvas *canvas, sightline::render::MapModel *layers,
              sightline::ui::SelectionModel *selection, sightline::ui::MapReadout *readout);

    QWidget *window() const { return m_window; }
    sightline::edit::Document *document() const { return m_document; }
    void setDocument(sightline::edit::Document *document);
    sightline::ui::MapCanvas *canvas() const { return m_canvas; }
    sightline::render::MapModel *layers() const { return m_layers; }
    sightline::ui::SelectionModel *selection() const { return m_selection; }

    // One line in the status bar.
    void showMessage(const QString &text) const;
    // Runs an edit on the document; a refused edit is explained in a message box.
    bool runEdit(sightline::edit::RecordCommandBase *command) const;

signals:
    // Another project is open (its evidence views have it already).
    void documentChanged(sightline::edit::Document *document);

private:
    QWidget *m_window;
    QPointer<sightline::edit::Document> m_document;
    sightline::ui::MapCanvas *m_canvas;
    sightline::render::MapModel *m_layers;
    sightline::ui::SelectionModel *m_selection;
    sightline::ui::MapReadout *m_readout;
};
