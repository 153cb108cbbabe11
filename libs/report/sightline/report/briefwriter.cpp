#include "sightline/report/briefwriter.h"

#include "sightline/core/englishwords.h"

#include "sightline/report/briefcanvas.h"
#include "sightline/report/briefcontent.h"
#include "sightline/report/brieferror.h"
#include "sightline/report/mapfigure.h"
#include "sightline/report/pdffinish.h"
#include "sightline/report/sections.h"

#include "sightline/core/custody.h"
#include "sightline/render/basemaplayer.h"
#include "sightline/render/basemapsourcelayer.h"
#include "sightline/render/mapmodel.h"
#include "sightline/store/project.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

namespace sightline::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Brief", text);
}

void setUp(QPdfWriter &writer, const BriefContent &content)
{
    writer.setPageSize(QPageSize(content.options.page == BriefOptions::PageSize::Letter ? QPageSize::Letter
                                                                                        : QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    writer.setResolution(BriefCanvas::kResolution);
    writer.setTitle(content.title);
    writer.setCreator(QStringLiteral("Sightline"));
    writer.setPdfVersion(QPagedPaintDevice::PdfVersion_1_6);
}

struct Pass
{
    QList<BriefAnchor> anchors;
    QList<BriefLink> links;
    int pages = 0;
};

// One pass over the sections: measuring (painter null) or drawing into writer.
Pass layOut(QPdfWriter &writer, QPainter *painter, const BriefContent &content, const BriefSections &sections,
            const Pass &before)
{
    BriefCanvas::Page page;
    page.title = content.title;
    page.marking = content.marking;
    page.totalPages = before.pages;
    page.anchors = before.anchors;
    page.layout = content.options.layout;
    BriefCanvas canvas(&writer, painter, page);
    for (const auto &section : sections)
        section->write(canvas);
    return {canvas.anchors(), canvas.links(), canvas.pageCount()};
}

} // namespace

BriefResult BriefWriter::write(const Project &project, const BriefOptions &options, const QString &outputFile,
                               const Progress &progress)
{
    // The brief is English whatever language the window that asks for it speaks.
    const EnglishWords english;
    QElapsedTimer total;
    total.start();
    BriefResult result;
    result.file = QFileInfo(outputFile).absoluteFilePath();
    QStringList unknown;
    const std::shared_ptr<const BriefContent> content = BriefContent::gather(project, options, &unknown);
    if (!unknown.isEmpty()) {
        QStringList names;
        for (const Site &s : project.all<Site>())
            names << s.name;
        throw BriefError(BriefError::Kind::BadRequest,
                         tr("%1: no site named \"%2\" (sites: %3)")
                             .arg(project.path(), unknown.join(QStringLiteral("\", \"")),
                                  names.join(QStringLiteral(", "))));
    }

    const int steps = int(content->sites.size()) + 3;
    int done = 0;
    auto step = [&] {
        if (progress && !progress(done++, steps))
            throw BriefError(BriefError::Kind::Cancelled,
                             tr("cancelled: %1 was not written").arg(outputFile));
    };
    // The map figures, one a site, drawn by the window's renderer from the project's map.
    QElapsedTimer maps;
    maps.start();
    render::MapModel model;
    model.withholdScenes(content->withheldScenes());
    QStringList problems;
    model.open(project,
               options.basemapPath.isEmpty() ? render::BasemapLayer::defaultPath() : options.basemapPath,
               &problems);
    model.setBasemapLayer(render::projectBasemapLayer(
        project, options.tiles, options.basemapPath.isEmpty() ? render::BasemapLayer::defaultPath() : options.basemapPath,
        &problems));
    model.setTimeWindow(options.window);
    result.warnings += problems;
    QList<MapFigure> figures;
    {
        QBuffer probe;
        QPdfWriter probeWriter(&probe);
        setUp(probeWriter, *content);
        const double textWidthPoints =
            probeWriter.width() / BriefCanvas::kUnitsPerPoint - 2 * BriefCanvas::kSideMarginPoints;
        for (const BriefSite &site : content->sites) {
            step();
            figures.append(MapFigure::ofSite(model, site.site, textWidthPoints, options.mapDpi));
            figures.last().addChips(model, site.scenes, textWidthPoints, options.mapDpi);
            if (!figures.last().chips.isNull())
                ++result.chipFigures;
            for (const QString &p : std::as_const(figures.last().problems))
                if (!result.warnings.contains(p)) result.warnings << p;
            for (const ImageryScene &scene : figures.last().scenes + figures.last().chipScenes)
                if (std::none_of(result.scenes.cbegin(), result.scenes.cend(),
                                 [&](const ImageryScene &s) { return s.meta.id == scene.meta.id; }))
                    result.scenes.append(scene);
        }
    }
    result.mapMs = maps.nsecsElapsed() / 1e6;
    if (options.internalUse) {
        const auto restricted = std::count_if(result.scenes.cbegin(), result.scenes.cend(),
                                              [](const ImageryScene &s) { return !mayRepublish(s.licenceTerms); });
        if (restricted > 0)
            result.warnings << tr("internal use: the brief shows %1 whose licence terms do not allow "
                                  "republication; the cover says \"For internal use only\" and custody logs the "
                                  "override")
                                   .arg(restricted == 1 ? tr("1 scene") : tr("%1 scenes").arg(restricted));
    }
    result.figures = int(figures.size());

    const QString attachment = QString::fromLatin1(kAttachmentName);
    const BriefSections sections = standardSections(*content, figures, attachment);
    // Two measuring passes: the first finds the anchors, the second lays the contents out with
    // as many lines as there are anchors, so that the third (drawing) lands where it measured.
    Pass pass;
    for (int i = 0; i < 2; ++i) {
        step();
        QBuffer sink;
        QPdfWriter measure(&sink);
        setUp(measure, *content);
        pass = layOut(measure, nullptr, *content, sections, pass);
    }
    step();
    QBuffer raw;
    raw.open(QIODevice::WriteOnly);
    Pass drawn;
    {
        QPdfWriter writer(&raw);
        setUp(writer, *content);
        QPainter painter;
        if (!painter.begin(&writer))
            throw BriefError(BriefError::Kind::Internal, tr("%1: cannot start the PDF").arg(outputFile));
        painter.setRenderHint(QPainter::Antialiasing);
        drawn = layOut(writer, &painter, *content, sections, pass);
        painter.end();
    }
    if (drawn.pages != pass.pages)
        result.warnings << tr("the page count changed while drawing (%1 measured, %2 drawn)")
                               .arg(pass.pages)
                               .arg(drawn.pages);

    PdfFinish finish;
    finish.author = content->author;
    finish.subject = content->marking ? markingText(*content->marking) : QString();
    finish.keywords = QStringLiteral("Sightline brief");
    finish.anchors = pass.anchors;
    finish.links = drawn.links;
    finish.attachment = content->evidenceJson(result.scenes);
    finish.attachmentName = attachment;
    finish.attachmentDescription =
        tr("The records this brief cites: judgments, claims, sources and capture hashes");
    finish.attachmentMediaType = QStringLiteral("application/json");
    const QByteArray pdf = finishPdf(raw.data(), finish);
    if (progress) progress(steps, steps);

    QSaveFile out(outputFile);
    if (!out.open(QIODevice::WriteOnly) || out.write(pdf) != pdf.size() || !out.commit())
        throw BriefError(BriefError::Kind::CannotWrite,
                         tr("%1: cannot write the brief (%2)").arg(outputFile, out.errorString()));
    result.pages = drawn.pages;
    result.bytes = pdf.size();
    result.captures = content->captures();
    result.totalMs = total.nsecsElapsed() / 1e6;
    return result;
}

int logShownInBrief(Project &project, const BriefResult &result)
{
    const QString detail = QStringLiteral("in export %1").arg(result.file);
    Project::Batch batch(project);
    for (const Capture &c : result.captures)
        project.logCustody(RecordType::Capture, c.meta.id, CustodyEntry::Action::Viewed, detail);
    for (const ImageryScene &s : result.scenes)
        project.logCustody(RecordType::Scene, s.meta.id, CustodyEntry::Action::Viewed,
                           mayRepublish(s.licenceTerms)
                               ? detail
                               : detail + QStringLiteral(" (internal use: its licence terms do not allow "
                                                         "republication)"));
    batch.commit();
    return int(result.captures.size() + result.scenes.size());
}

} // namespace sightline::report
