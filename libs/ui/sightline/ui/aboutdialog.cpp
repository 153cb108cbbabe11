#include "sightline/ui/aboutdialog.h"

#include "sightline/geo/versions.h"
#include "sightline/store/sqliteversion.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sightline::ui {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Sightline"));
    auto *browser = new QTextBrowser;
    browser->setOpenExternalLinks(true);
    browser->setHtml(text());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::text()
{
    QList<geo::LibraryVersion> libraries{{QStringLiteral("Qt"), QString::fromLatin1(qVersion()), tr("LGPL 3")}};
    libraries += geo::geoLibraryVersions();
    libraries.append({QStringLiteral("SQLite"), sql::sqliteVersion(), tr("public domain")});
    QString rows;
    for (const auto &l : libraries)
        rows += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                    .arg(l.name.toHtmlEscaped(), l.version.toHtmlEscaped(), l.licence.toHtmlEscaped());
    const QString version = QCoreApplication::applicationVersion();
    return QStringLiteral("<h2>Sightline %1</h2><p>%2</p><h3>%3</h3>"
                          "<table cellspacing=\"0\" cellpadding=\"3\"><tr><th align=\"left\">%4</th>"
                          "<th align=\"left\">%5</th><th align=\"left\">%6</th></tr>%7</table>"
                          "<h3>%8</h3><ul><li>%9</li><li>%10</li><li>%11</li></ul>")
        .arg(version.toHtmlEscaped(), tr("A desktop workstation for open-source geospatial investigation: sources, "
                                         "claims, sites, imagery and judgments in one project file."),
             tr("Libraries"), tr("Library"), tr("Version"), tr("Licence"), rows, tr("Data credits"),
             tr("Basemap: Made with Natural Earth, free vector and raster map data "
                "(naturalearthdata.com), public domain."),
             tr("Imagery: each scene keeps its provider, acquisition date and licence; they are shown in the scene's "
                "details and printed under every figure of a brief. The demo's scenes are synthetic."),
             tr("Coordinate reference systems: the EPSG dataset as shipped with PROJ."));
}

} // namespace sightline::ui
