// Sightline: the desktop OSINT geospatial workstation.
#include "mainwindow.h"
#include "windowlanguage.h"

#include "sightline/present/countwords.h"
#include "sightline/render/memoryreuse.h"
#include "sightline/ui/captureview.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/timelineview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>

int main(int argc, char **argv)
{
    sightline::render::keepFreedMemoryForReuse();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Sightline"));
    QApplication::setOrganizationName(QStringLiteral("Sightline"));
    QApplication::setApplicationVersion(QStringLiteral(SIGHTLINE_VERSION));
    // Ties the window to the installed desktop entry, so desktops show its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.sightline.Sightline"));
    // English plural forms ("1 claim", "25 claims") under whatever the locale's language gives.
    sightline::present::installPluralForms();
    // The window's language: the one chosen in Preferences, else the system's.
    WindowLanguage::install();
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PROJECT"), QStringLiteral("Project file to open."));
    parser.addOption({QStringLiteral("site"), QStringLiteral("Zoom the map to this site."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Show the map at 1:N (with --site, around the site)."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("layer"), QStringLiteral("Add a vector file as a reference layer (repeatable)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("capture"), QStringLiteral("Open the capture with this file name, and choose its source."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("Start of the map's time window (2023, 2023-10, 2023-10-05, ...)."),
                      QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("End of the map's time window."), QStringLiteral("DATE")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save the window to FILE.png and quit."),
                      QStringLiteral("FILE")});
    parser.process(app);

    MainWindow window;
    window.show();
    // A file that does not open has said why; the window stays, with its start page.
    const bool opened =
        !parser.positionalArguments().isEmpty() && window.openProject(parser.positionalArguments().first());
    if (!parser.positionalArguments().isEmpty() && !opened && parser.isSet(QStringLiteral("screenshot")))
        return 2;
    for (const QString &file : parser.values(QStringLiteral("layer")))
        window.addReferenceLayer(file);
    if (parser.isSet(QStringLiteral("site")) && !window.zoomToSiteNamed(parser.value(QStringLiteral("site"))))
        qWarning("no site named \"%s\"", qPrintable(parser.value(QStringLiteral("site"))));
    if (parser.isSet(QStringLiteral("scale"))) {
        const double wanted = parser.value(QStringLiteral("scale")).toDouble();
        if (!(wanted > 0)) {
            qWarning("--scale takes a number N, for 1:N");
            return 1;
        }
        QApplication::processEvents(); // the canvas has its size
        if (const double now = window.canvas()->scaleDenominator(); now > 0)
            window.canvas()->zoomBy(now / wanted, QPointF(window.canvas()->width() / 2.0, window.canvas()->height() / 2.0));
    }
    if (parser.isSet(QStringLiteral("capture")) && !window.openCaptureNamed(parser.value(QStringLiteral("capture"))))
        qWarning("no capture named \"%s\"", qPrintable(parser.value(QStringLiteral("capture"))));
    if (parser.isSet(QStringLiteral("from")) || parser.isSet(QStringLiteral("to"))) {
        // The window on the timeline, framed there; a bad date is refused as the command line does.
        if (!window.timelineView()->applyWindowText(parser.value(QStringLiteral("from")), parser.value(QStringLiteral("to")))) {
            qWarning("%s", qPrintable(window.timelineView()->message()));
            return 1;
        }
        window.timelineView()->frameWindow();
    }
    if (parser.isSet(QStringLiteral("screenshot"))) {
        // Wait for the map's first frame and a PDF capture's pages (at most 30 s), then save the
        // window as it is.
        QElapsedTimer waited;
        waited.start();
        do {
            QApplication::processEvents(QEventLoop::AllEvents, 50);
        } while ((window.canvas()->frame().isNull() || window.canvas()->isRendering() || window.captureView()->isReading())
                 && waited.elapsed() < 30000);
        QApplication::processEvents();
        return window.grab().save(parser.value(QStringLiteral("screenshot"))) ? 0 : 3;
    }
    return app.exec();
}
