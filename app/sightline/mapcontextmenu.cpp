#include "mapcontextmenu.h"

#include "toolactions.h"
#include "workspace.h"

#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/mapreadout.h"
#include "sightline/ui/measuretool.h"
#include "sightline/ui/pantool.h"
#include "sightline/ui/preferences.h"
#include "sightline/ui/siteeditor.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

using namespace sightline;

MapContextMenu::MapContextMenu(Workspace &workspace, ToolActions *tools, ui::SiteEditor *siteEditor, QObject *parent)
    : QObject(parent), m_workspace(workspace), m_tools(tools), m_siteEditor(siteEditor)
{
    ui::MapCanvas *canvas = workspace.canvas();
    canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(canvas, &QWidget::customContextMenuRequested, this, [this, canvas](const QPoint &at) {
        if (canvas->tool() != m_tools->pan() || !m_workspace.document())
            return; // a measurement ends with a right click; nothing to do without a project
        if (QMenu *menu = menuAt(at)) {
            menu->setAttribute(Qt::WA_DeleteOnClose);
            menu->popup(canvas->mapToGlobal(at));
        }
    });
}

QMenu *MapContextMenu::menuAt(QPointF widgetPixel)
{
    ui::MapCanvas *canvas = m_workspace.canvas();
    const auto here = canvas->lonLatAt(widgetPixel);
    if (!here)
        return nullptr;
    const GeoPoint p = *here;
    auto *menu = new QMenu(canvas);
    menu->setObjectName(QStringLiteral("mapContextMenu"));
    menu->addAction(tr("&Identify"), this, [this, widgetPixel] { m_tools->pan()->identifyAt(widgetPixel); });
    menu->addAction(tr("&Measure from here"), this, [this, p] {
        m_tools->use(m_tools->measureDistance());
        m_tools->measureDistance()->startAt(p);
    });
    QAction *add = menu->addAction(tr("Add &site here…"), this, [this, p] { m_siteEditor->addSiteAt(p); });
    add->setEnabled(m_workspace.document() && !m_workspace.document()->project().isReadOnly());
    menu->addSeparator();
    using Format = ui::Preferences::CoordinateFormat;
    const struct
    {
        QString label;
        Format format;
    } copies[] = {{tr("Copy as &decimal degrees"), Format::DecimalDegrees},
                  {tr("Copy as degrees, minutes, &seconds"), Format::DegreesMinutesSeconds},
                  {tr("Copy as M&GRS"), Format::Mgrs}};
    for (const auto &c : copies) {
        const QString text = ui::MapReadout::coordinateText(p, c.format);
        QAction *a = menu->addAction(QStringLiteral("%1\t%2").arg(c.label, text), this, [this, text] {
            QGuiApplication::clipboard()->setText(text);
            m_workspace.showMessage(tr("Copied %1").arg(text));
        });
        a->setData(text);
    }
    return menu;
}
