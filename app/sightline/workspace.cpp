#include "workspace.h"

#include "sightline/edit/document.h"
#include "sightline/ui/mapreadout.h"

#include <QMessageBox>

using namespace sightline;

Workspace::Workspace(QWidget *window, ui::MapCanvas *canvas, render::MapModel *layers, ui::SelectionModel *selection,
                     ui::MapReadout *readout)
    : QObject(window), m_window(window), m_canvas(canvas), m_layers(layers), m_selection(selection), m_readout(readout)
{
}

void Workspace::setDocument(edit::Document *document)
{
    m_document = document;
    emit documentChanged(document);
}

void Workspace::showMessage(const QString &text) const
{
    m_readout->showMessage(text);
}

bool Workspace::runEdit(edit::RecordCommandBase *command) const
{
    if (const QString why = m_document->push(command); !why.isEmpty()) {
        QMessageBox::warning(m_window, tr("Cannot make this change"), why);
        return false;
    }
    return true;
}
