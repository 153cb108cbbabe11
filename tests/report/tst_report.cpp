// Briefing packs from the demo project, checked with the tools a reader has: pdfinfo (pages,
// size, title, author), pdffonts (every font embedded), pdftotext (every cited quote, the
// footnotes, each capture's SHA-256 whole on one line, the marking on every page), qpdf (a clean
// check, the outline, the contents' links, the attached evidence read back).
#include "support/cliprocess.h"
#include "support/pdftools.h"
#include "support/testrasters.h"

#include "sightline/core/sitelookup.h"
#include "sightline/report/briefcontent.h"
#include "sightline/report/brieferror.h"
#include "sightline/report/briefwriter.h"
#include "sightline/store/project.h"
#include "sightline/store/scenefiles.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::report;
using namespace sightline::test;

class TestReport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_project;
    QString m_pdf; // the default brief, A4, TLP:AMBER
    BriefResult m_result;
    std::shared_ptr<const BriefContent> m_content;

    std::unique_ptr<Project> open() const
    {
        return Project::open(m_project, QString(), Project::Access::ReadOnly);
    }

    // The page (from 1) an outline entry of the default brief leads to, at any depth; 0: none.
    int outlinePage(const QString &title) const
    {
        const ToolResult json = runTool(
            QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), m_pdf});
        std::function<int(const QJsonArray &)> find = [&](const QJsonArray &items) {
            for (const QJsonValue &o : items) {
                if (o[QStringLiteral("title")].toString() == title)
                    return o[QStringLiteral("destpageposfrom1")].toInt();
                if (const int p = find(o[QStringLiteral("kids")].toArray())) return p;
            }
            return 0;
        };
        return find(QJsonDocument::fromJson(json.out).object().value(QStringLiteral("outlines")).toArray());
    }

  private slots:
    void initTestCase()
    {
        const QStringList missing = missingPdfTools();
        if (!missing.isEmpty())
            QSKIP(qPrintable(
                QStringLiteral("the PDF tools are missing (%1): packaging/install-deps.sh installs them")
                    .arg(missing.join(QStringLiteral(", ")))));
        m_project = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const CliResult r = runCli({QStringLiteral("demo"), m_project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        BriefOptions options;
        options.marking = Marking::Amber;
        options.author = QStringLiteral("A. Analyst");
        options.bottomLine = QStringLiteral("Munitions cross by sea and by rail.");
        options.baselineTo = TimeSpan::parse(QStringLiteral("2023-10-04")); // as `series --baseline-to`
        m_pdf = m_dir.filePath(QStringLiteral("brief.pdf"));
        const auto project = open();
        m_result = BriefWriter::write(*project, options, m_pdf);
        m_content = BriefContent::gather(*project, options, nullptr);
    }

    void pdfinfoReadsPagesSizeTitleAuthor()
    {
        const auto info = pdfInfo(m_pdf);
        QCOMPARE(info.value(QStringLiteral("Pages")).toInt(), m_result.pages);
        QVERIFY(m_result.pages >= 10); // cover, contents, judgments, sites (one page each), sources, methods
        QVERIFY2(info.value(QStringLiteral("Page size")).startsWith(QLatin1String("595 x 842")),
                 qPrintable(info.value(QStringLiteral("Page size"))));
        QCOMPARE(info.value(QStringLiteral("Title")), open()->title());
        QCOMPARE(info.value(QStringLiteral("Author")), QStringLiteral("A. Analyst"));
        QCOMPARE(m_result.figures, 7); // a map a site
        QCOMPARE(QFileInfo(m_pdf).size(), m_result.bytes);
        // Written through a temporary file renamed into place: nothing else is left beside it.
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("brief*")}, QDir::Files),
                 QStringList{QStringLiteral("brief.pdf")});
    }

    void everyFontIsEmbedded()
    {
        const QStringList lines = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {m_pdf}).out)
                                      .split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 2); // a header of two lines, then a font a line
        for (const QString &line : lines.mid(2)) {
            // name type... encoding emb sub uni object ID: "emb" is the fourth column from the end.
            const QStringList cols =
                line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 6 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
    }

    void textHasEveryQuoteFootnoteAndHash()
    {
        const QString text = pdfText(m_pdf);
        // In stream order (-raw), a table cell's lines come together. pdftotext joins a word
        // broken after a hyphen at the end of a line: compare without hyphens.
        const QString flat = squeezed(pdfText(m_pdf, false, true)).remove(u'-');
        int quotes = 0;
        QSet<int> notes;
        QStringList missing;
        auto check = [&](const CitedClaim &c) {
            if (!flat.contains(squeezed(c.claim.quote).remove(u'-'))) missing << c.claim.quote;
            ++quotes;
            if (c.footnote > 0) notes.insert(c.footnote);
        };
        for (const BriefJudgment &j : m_content->judgments)
            for (const CitedClaim &c : j.claims)
                check(c);
        for (const BriefSite &s : m_content->sites)
            for (const CitedClaim &c : s.claims)
                check(c);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
        QVERIFY(quotes >= 20);
        QVERIFY(!m_content->judgments.isEmpty());
        // Every note number used in the text names a source in the appendix, listed in order.
        QVERIFY(!notes.isEmpty());
        const qsizetype appendix = text.lastIndexOf(QStringLiteral("Sources\n"));
        QVERIFY(appendix > 0);
        for (const CitedSource &s : m_content->sources) {
            const QString note = QStringLiteral("[%1]").arg(s.footnote);
            QVERIFY2(text.indexOf(note) < appendix, qPrintable(note)); // cited in the body
            QVERIFY2(text.indexOf(note, appendix) > appendix, qPrintable(note));
        }
        // Each capture's SHA-256, whole on one line.
        const QStringList lines = pdfText(m_pdf, true).split(u'\n');
        QVERIFY(!m_result.captures.isEmpty());
        for (const Capture &c : m_result.captures) {
            const QString hash = QString::fromLatin1(c.sha256);
            QCOMPARE(hash.size(), 64);
            QVERIFY2(
                std::any_of(lines.cbegin(), lines.cend(), [&](const QString &l) { return l.contains(hash); }),
                qPrintable(hash));
        }
        // The marking, top and bottom of every page.
        const QStringList pages = text.split(u'\f', Qt::SkipEmptyParts);
        QCOMPARE(pages.size(), m_result.pages);
        for (const QString &page : pages)
            QVERIFY2(page.count(QStringLiteral("TLP:AMBER")) >= 2, qPrintable(page.left(200)));
        // A site without evidence gets a page that says so (Vostochny has no claim and no imagery).
        QVERIFY(text.contains(QStringLiteral("No imagery or claims")));
        QVERIFY(text.contains(QStringLiteral("Vostochny port has no imagery and no claims")));
        // Key judgments in the ICD 203 words with their band, and confidence.
        QVERIFY(text.contains(QStringLiteral("Likely (55–80 %)")));
        QVERIFY(text.contains(QStringLiteral("moderate confidence")));
        // The map figures state their CRS, scale and basemap.
        QVERIFY(text.contains(QStringLiteral("EPSG:326")));
        QVERIFY(text.contains(QStringLiteral("Natural Earth")));
        QVERIFY(text.contains(QStringLiteral("scale 1:")));
    }

    // The site maps are vectors: the basemap, areas, sites and annotations are paths, their labels,
    // scale bars and north arrows text; only imagery is an image, JPEG at print resolution.
    void mapFiguresAreVectorsWithImageryAsJpeg()
    {
        // pdfimages -list: page num type width height color comp bpc enc interp object ID x-ppi y-ppi size
        // ratio
        const QStringList lines =
            QString::fromUtf8(runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), m_pdf}).out)
                .split(u'\n', Qt::SkipEmptyParts)
                .mid(2);
        QCOMPARE(m_result.chipFigures, 1); // the synthetic scenes of the Tumangang yard
        QSet<int> imagePages;
        int images = 0;
        for (const QString &line : lines) {
            const QStringList cols =
                line.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 14, qPrintable(line));
            if (cols.at(2) == QLatin1String("smask")) continue; // the transparency of imagery over the map
            ++images;
            imagePages.insert(cols.at(0).toInt());
            QCOMPARE(cols.at(8), QStringLiteral("jpeg"));
            QVERIFY2(cols.at(12).toInt() >= 190, qPrintable(line)); // x-ppi: 200 dpi figures
        }
        // Chips, and imagery inside the maps that show it; no map is a picture of itself any more.
        QVERIFY2(images >= m_result.chipFigures + 1 && images < m_result.figures + m_result.chipFigures,
                 qPrintable(lines.join(u'\n')));
        // The page of a site without imagery holds no image at all, and its map's labels, scale
        // bar and north arrow are text pdftotext reads.
        const int page = outlinePage(QStringLiteral("Vostochny port"));
        QVERIFY(page > 0);
        QVERIFY(!imagePages.contains(page));
        const QString words = QString::fromUtf8(
            runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                 QString::number(page), QStringLiteral("-bbox"), m_pdf,
                                                 QStringLiteral("-")})
                .out);
        QVERIFY2(words.contains(QRegularExpression(QStringLiteral(">N</word>"))), qPrintable(words.left(2000)));
        QVERIFY2(words.contains(QRegularExpression(QStringLiteral(">\\d+</word>\\s*<word[^>]*>k?m</word>"))),
                 qPrintable(words.left(3000)));
        // The site's own name is a label on its map too (besides its heading and the caption).
        QVERIFY2(words.count(QStringLiteral(">Vostochny</word>")) >= 3, qPrintable(words.left(3000)));
    }

    // Each site page has its count series drawn by the series chart, with the baseline and flags
    // in the caption, or says there is none; the case's timeline is a section of its own, in the
    // contents and the outline.
    void seriesAndTimelineSections()
    {
        const QString text = squeezed(pdfText(m_pdf, false, true));
        QVERIFY(text.contains(squeezed(QStringLiteral("Count series: Railcar at Tumangang"))));
        QVERIFY2(text.contains(squeezed(QStringLiteral("Above the baseline: 73 vs a baseline maximum of 20: 3.6×"))),
                 qPrintable(text.left(300)));
        QVERIFY(text.contains(squeezed(QStringLiteral("The grey band is the baseline"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("No count series: no object at this site was counted"))));
        int withSeries = 0;
        for (const BriefSite &s : m_content->sites) {
            withSeries += !s.series.isEmpty();
            QVERIFY2(text.contains(squeezed(QStringLiteral("Counts at %1").arg(s.site.name))),
                     qPrintable(s.site.name));
        }
        QVERIFY(withSeries >= 1);
        // Each site says how precise its point is, in words (the demo's notes name arc-minute
        // coordinates, a town, or nothing; the bridge has its area of interest).
        QVERIFY(text.contains(squeezed(QStringLiteral("Located to about 1.2 km (rounded coordinates)."))));
        QVERIFY(text.contains(squeezed(QStringLiteral("Located only to the town (a few kilometres)."))));
        QVERIFY(text.contains(squeezed(QStringLiteral("Located within its area of interest, at most about"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("Timeline of the case"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("The case in time, all dates:"))));
        // The timeline figure's lanes are named by site, as text.
        QVERIFY(m_content->timeline && !m_content->timeline->items.isEmpty());
        const int page = outlinePage(QStringLiteral("Timeline of the case"));
        QVERIFY(page > outlinePage(QStringLiteral("Sites")));
        QVERIFY(page < outlinePage(QStringLiteral("Sources")));
        const QString timelinePage = QString::fromUtf8(
            runTool(QStringLiteral("pdftotext"), {QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                                 QString::number(page), m_pdf, QStringLiteral("-")})
                .out);
        QVERIFY2(timelinePage.contains(QStringLiteral("Rajin port")), qPrintable(timelinePage.left(2000)));
        // The demo's five-year baseline claim does not squeeze the case: the lanes begin in 2023, the
        // overview shows the whole span, and the caption says so.
        QVERIFY2(squeezed(timelinePage).contains(squeezed(QStringLiteral("The lanes begin in"))) &&
                     squeezed(timelinePage).contains(squeezed(QStringLiteral("2023, where most of the case lies"))),
                 qPrintable(timelinePage.right(1200)));
        // The contents list the timeline and every series.
        const QString contents = pdfText(m_pdf).split(u'\f').value(1);
        QVERIFY(contents.contains(QStringLiteral("Timeline of the case")));
        QVERIFY(contents.contains(QStringLiteral("Count series:")));
    }

    void qpdfChecksCleanAndReadsOutlineLinksAttachment()
    {
        const ToolResult check = runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), m_pdf});
        QVERIFY2(check.exitCode == 0, check.out.constData());
        QVERIFY(check.out.contains("No syntax or stream encoding errors"));
        QVERIFY2(!check.out.contains("WARNING") && check.err.isEmpty(), check.err.constData());

        // The outline: every section, and every site under "Sites".
        const ToolResult json = runTool(
            QStringLiteral("qpdf"), {QStringLiteral("--json"), QStringLiteral("--json-key=outlines"), m_pdf});
        const QJsonArray outlines =
            QJsonDocument::fromJson(json.out).object().value(QStringLiteral("outlines")).toArray();
        QStringList top;
        QStringList sites;
        for (const QJsonValue &o : outlines) {
            top << o[QStringLiteral("title")].toString();
            if (o[QStringLiteral("title")].toString() == QLatin1String("Sites"))
                for (const QJsonValue &k : o[QStringLiteral("kids")].toArray()) {
                    sites << k[QStringLiteral("title")].toString();
                    QVERIFY(k[QStringLiteral("destpageposfrom1")].toInt() > 3);
                }
        }
        QCOMPARE(top, (QStringList{QStringLiteral("Contents"), QStringLiteral("Key judgments"),
                                   QStringLiteral("Sites"), QStringLiteral("Timeline of the case"),
                                   QStringLiteral("Sources"), QStringLiteral("Methods and gaps")}));
        QCOMPARE(sites.size(), 7);
        QVERIFY(sites.contains(QStringLiteral("Tumangang–Khasan rail bridge")));
        // A site's count series are under the site.
        int series = 0;
        for (const BriefSite &s : m_content->sites)
            series += int(s.series.size());
        QVERIFY(series > 0);
        QStringList seriesTitles;
        for (const QJsonValue &o : outlines)
            for (const QJsonValue &site : o[QStringLiteral("kids")].toArray())
                for (const QJsonValue &k : site[QStringLiteral("kids")].toArray())
                    seriesTitles << k[QStringLiteral("title")].toString();
        QCOMPARE(seriesTitles.size(), series);
        for (const QString &t : std::as_const(seriesTitles))
            QVERIFY2(t.startsWith(QStringLiteral("Count series: ")), qPrintable(t));

        // The contents' lines are links to their pages (one a line: every anchor but Contents).
        const ToolResult qdf = runTool(QStringLiteral("qpdf"),
                                       {QStringLiteral("--qdf"), QStringLiteral("--object-streams=disable"),
                                        m_pdf, QStringLiteral("-")});
        QCOMPARE(qdf.out.count("/Subtype /Link"), 5 + 7 + series);

        // The evidence travels inside: cited claims, sources, every capture's hash.
        const ToolResult list =
            runTool(QStringLiteral("qpdf"), {QStringLiteral("--list-attachments"), m_pdf});
        QVERIFY2(list.out.contains("brief-evidence.json"), list.out.constData());
        const ToolResult shown =
            runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-attachment=brief-evidence.json"), m_pdf});
        QCOMPARE(shown.exitCode, 0);
        const QJsonObject evidence = QJsonDocument::fromJson(shown.out).object();
        QCOMPARE(evidence.value(QStringLiteral("format")).toString(),
                 QStringLiteral("sightline-brief-evidence"));
        QCOMPARE(
            evidence.value(QStringLiteral("brief")).toObject().value(QStringLiteral("marking")).toString(),
            QStringLiteral("TLP:AMBER"));
        QCOMPARE(evidence.value(QStringLiteral("sources")).toArray().size(), m_content->sources.size());
        QCOMPARE(evidence.value(QStringLiteral("judgments")).toArray().size(), m_content->judgments.size());
        QSet<QString> quotes;
        for (const QJsonValue &c : evidence.value(QStringLiteral("claims")).toArray())
            quotes.insert(c[QStringLiteral("quote")].toString());
        for (const BriefSite &s : m_content->sites)
            for (const CitedClaim &c : s.claims)
                QVERIFY(quotes.contains(c.claim.quote));
        for (const Capture &c : m_result.captures)
            QVERIFY2(shown.out.contains(c.sha256), c.sha256.constData());
        // Both claims of every conflict are among the cited claims, with their note.
        int conflicts = 0;
        const QJsonArray claims = evidence.value(QStringLiteral("claims")).toArray();
        for (const QJsonValue &site : evidence.value(QStringLiteral("sites")).toArray())
            for (const QJsonValue &c : site[QStringLiteral("conflicts")].toArray()) {
                ++conflicts;
                for (const QJsonValue &id : c[QStringLiteral("claims")].toArray())
                    QVERIFY(std::any_of(claims.begin(), claims.end(), [&](const QJsonValue &claim) {
                        return claim[QStringLiteral("uuid")] == id &&
                               claim[QStringLiteral("footnote")].toInt() > 0;
                    }));
            }
        QVERIFY(conflicts > 0);
    }

    void letterAndCompact()
    {
        BriefOptions options;
        options.page = BriefOptions::PageSize::Letter;
        options.layout = BriefOptions::Template::Compact;
        const QString pdf = m_dir.filePath(QStringLiteral("compact.pdf"));
        const BriefResult r = BriefWriter::write(*open(), options, pdf);
        const auto info = pdfInfo(pdf);
        QVERIFY2(info.value(QStringLiteral("Page size")).startsWith(QLatin1String("612 x 792")),
                 qPrintable(info.value(QStringLiteral("Page size"))));
        QVERIFY2(r.pages < m_result.pages,
                 qPrintable(QStringLiteral("%1 vs %2").arg(r.pages).arg(m_result.pages)));
        // Unmarked: no banner; the author defaults to the analysts of the issued judgments.
        QVERIFY(!pdfText(pdf).contains(QStringLiteral("TLP:")));
        QVERIFY(!info.value(QStringLiteral("Author")).isEmpty());
        QCOMPARE(runTool(QStringLiteral("qpdf"), {QStringLiteral("--check"), pdf}).exitCode, 0);
    }

    void sitesAndPeriodNarrowTheBrief()
    {
        BriefOptions options;
        options.siteNames = {
            QStringLiteral("tumangang-khasan RAIL bridge")}; // a hyphen for the en dash, any case
        options.window = *TimeWindow::parse(QStringLiteral("2024-01"), QString(), nullptr);
        QStringList unknown;
        const auto content = BriefContent::gather(*open(), options, &unknown);
        QVERIFY(unknown.isEmpty());
        QCOMPARE(content->sites.size(), 1);
        QCOMPARE(content->sites.first().site.name, QStringLiteral("Tumangang–Khasan rail bridge"));
        for (const CitedClaim &c : content->sites.first().claims)
            QVERIFY(options.window.shows(c.claim.time));
        const QString pdf = m_dir.filePath(QStringLiteral("one.pdf"));
        BriefWriter::write(*open(), options, pdf);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Tumangang–Khasan rail bridge")));
        QVERIFY(!text.contains(QStringLiteral("Vostochny port")));
    }

    void refusesWithoutWriting()
    {
        BriefOptions options;
        options.siteNames = {QStringLiteral("Atlantis")};
        const QString pdf = m_dir.filePath(QStringLiteral("never.pdf"));
        try {
            BriefWriter::write(*open(), options, pdf);
            QFAIL("a site that does not exist was accepted");
        } catch (const BriefError &e) {
            QCOMPARE(e.kind(), BriefError::Kind::BadRequest);
            QVERIFY(e.message().contains(QStringLiteral("Atlantis")));
        }
        QVERIFY(!QFileInfo::exists(pdf));
        // Cancelled half-way (after the first map): nothing written.
        int calls = 0;
        try {
            BriefWriter::write(*open(), {}, pdf, [&](int done, int total) {
                ++calls;
                return done < 1 && total > 3;
            });
            QFAIL("a cancelled brief was written");
        } catch (const BriefError &e) {
            QCOMPARE(e.kind(), BriefError::Kind::Cancelled);
        }
        QCOMPARE(calls, 2);
        QVERIFY(!QFileInfo::exists(pdf));
        // A folder that does not exist: refused, naming the file.
        const QString nowhere = m_dir.filePath(QStringLiteral("no/such/folder/brief.pdf"));
        try {
            BriefWriter::write(*open(), {}, nowhere);
            QFAIL("an unwritable target was accepted");
        } catch (const BriefError &e) {
            QCOMPARE(e.kind(), BriefError::Kind::CannotWrite);
            QVERIFY(e.message().contains(nowhere));
        }
    }

    void sectionsMayBeLeftOut()
    {
        BriefOptions options;
        options.sites = false;
        options.methods = false;
        const QString pdf = m_dir.filePath(QStringLiteral("judgments.pdf"));
        const BriefResult r = BriefWriter::write(*open(), options, pdf);
        QCOMPARE(r.figures, 0);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("Key judgments")));
        QVERIFY(!text.contains(QStringLiteral("Methods and gaps")));
        QVERIFY(!text.contains(QStringLiteral("Vostochny port")));
        // Every source listed is one a judgment cites.
        const auto content = BriefContent::gather(*open(), options, nullptr);
        QSet<int> cited;
        for (const BriefJudgment &j : content->judgments)
            for (const CitedClaim &c : j.claims)
                cited.insert(c.footnote);
        QCOMPARE(cited.size(), content->sources.size());
    }

    void flagsSentencesMixingLikelihoodAndConfidence()
    {
        QCOMPARE(
            sentencesMixingLikelihoodAndConfidence(QStringLiteral(
                "It is likely that the depot ships shells. We judge with high confidence that it is "
                "almost certainly active. Moderate confidence: one count.")),
            QStringList{QStringLiteral("We judge with high confidence that it is almost certainly active.")});
        QVERIFY(sentencesMixingLikelihoodAndConfidence(
                    QStringLiteral("Likely (55–80 %), moderate-confidence view."))
                    .size() == 1);
        // "unlikely" is a word of its own; "likelihood" is none.
        QVERIFY(sentencesMixingLikelihoodAndConfidence(
                    QStringLiteral("The likelihood, with low confidence, is open."))
                    .isEmpty());
        // The demo's issued judgments keep the two apart.
        for (const BriefJudgment &j : m_content->judgments)
            QVERIFY2(sentencesMixingLikelihoodAndConfidence(j.judgment.statement).isEmpty(),
                     qPrintable(j.judgment.statement));
    }

    void imageryIsShownCreditedAndLogged()
    {
        // A copy of the demo with a scene over Rajin port (UTM 52N, 4 km square around the site).
        const QString file = m_dir.filePath(QStringLiteral("imagery.gpkg"));
        QVERIFY(QFile::copy(m_project, file));
        const QString tif = m_dir.filePath(QStringLiteral("rajin.tif"));
        RasterSpec spec;
        spec.width = spec.height = 1000;
        spec.pixelSize = 4;
        spec.originX = 607241 - 2000;
        spec.originY = 4678352 + 2000;
        spec.pattern = true;
        QString why;
        QVERIFY2(makeRaster(tif, spec, &why), qPrintable(why));
        auto project = Project::open(file, QStringLiteral("analyst"));
        ImageryScene scene = store::importScene(*project, tif).scene;
        scene.provider = QStringLiteral("Test Imaging");
        scene.licence = QStringLiteral("CC BY 4.0");
        scene.licenceTerms = LicenceTerms::AttributionRequired;
        scene.acquired = *TimeSpan::parse(QStringLiteral("2023-10-05"));
        project->save(scene);

        BriefOptions options;
        options.siteNames = {QStringLiteral("Rajin port")};
        const QString pdf = m_dir.filePath(QStringLiteral("imagery.pdf"));
        const BriefResult r = BriefWriter::write(*project, options, pdf);
        QCOMPARE(r.scenes.size(), 1);
        QCOMPARE(r.scenes.first().meta.id, scene.meta.id);
        const QString text = squeezed(pdfText(pdf, false, true));
        QVERIFY(
            text.contains(squeezed(QStringLiteral("Imagery: Test Imaging, 2023-10-05. Licence: CC BY 4.0"))));
        QVERIFY(text.contains(squeezed(QStringLiteral("Test Imaging"))));
        QVERIFY(!text.contains(squeezed(QStringLiteral("No imagery shown"))));
        const ToolResult shown =
            runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-attachment=brief-evidence.json"), pdf});
        const QJsonArray scenes =
            QJsonDocument::fromJson(shown.out).object().value(QStringLiteral("scenes")).toArray();
        QCOMPARE(scenes.size(), 1);
        QCOMPARE(scenes.first()[QStringLiteral("sha256")].toString(), QString::fromLatin1(scene.sha256));

        // Custody: the scene and every capture shown, viewed in this export, once each.
        const int before = int(project->custodyLog().size());
        QCOMPARE(logShownInBrief(*project, r), int(r.captures.size()) + 1);
        const QList<CustodyEntry> log = project->custodyLog();
        QCOMPARE(int(log.size()), before + int(r.captures.size()) + 1);
        const auto viewed = std::find_if(log.cbegin(), log.cend(), [&](const CustodyEntry &e) {
            return e.itemType == RecordType::Scene && e.action == CustodyEntry::Action::Viewed;
        });
        QVERIFY(viewed != log.cend());
        QCOMPARE(viewed->itemId, scene.meta.id);
        QCOMPARE(viewed->detail, QStringLiteral("in export ") + QFileInfo(pdf).absoluteFilePath());
    }

    // Imagery its licence keeps from republication is left out, saying why, unless the brief is
    // for internal use: then it is shown, the cover says so, and custody logs the override.
    void restrictedImageryIsLeftOutUnlessForInternalUse()
    {
        const QString file = m_dir.filePath(QStringLiteral("restricted.gpkg"));
        QVERIFY(QFile::copy(m_project, file));
        const QString tif = m_dir.filePath(QStringLiteral("rajin-restricted.tif"));
        RasterSpec spec;
        spec.width = spec.height = 500;
        spec.pixelSize = 8;
        spec.originX = 607241 - 2000;
        spec.originY = 4678352 + 2000;
        spec.pattern = true;
        QVERIFY(makeRaster(tif, spec));
        auto project = Project::open(file, QStringLiteral("analyst"));
        ImageryScene scene = store::importScene(*project, tif).scene;
        scene.provider = QStringLiteral("Restricted Imaging");
        scene.licence = QStringLiteral("Commercial, single user");
        scene.licenceTerms = LicenceTerms::NoRepublication;
        scene.acquired = *TimeSpan::parse(QStringLiteral("2023-10-05"));
        project->save(scene);

        BriefOptions options;
        options.siteNames = {QStringLiteral("Rajin port")};
        const QString out = m_dir.filePath(QStringLiteral("restricted-out.pdf"));
        const BriefResult left = BriefWriter::write(*project, options, out);
        QVERIFY(left.scenes.isEmpty()); // no figure drew its pixels
        const QString leftText = squeezed(pdfText(out, false, true));
        QVERIFY2(leftText.contains(squeezed(QStringLiteral("Left out of this brief: its licence terms (Commercial, "
                                                           "single user (no republication)) do not allow "
                                                           "republication"))),
                 qPrintable(leftText.left(400)));
        QVERIFY(!leftText.contains(squeezed(QStringLiteral("For internal use only"))));
        const ToolResult leftEvidence =
            runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-attachment=brief-evidence.json"), out});
        QVERIFY(QJsonDocument::fromJson(leftEvidence.out).object().value(QStringLiteral("scenes")).toArray().isEmpty());

        options.internalUse = true;
        const QString in = m_dir.filePath(QStringLiteral("restricted-in.pdf"));
        const BriefResult shown = BriefWriter::write(*project, options, in);
        QCOMPARE(shown.scenes.size(), 1);
        const QString inText = squeezed(pdfText(in, false, true));
        QVERIFY(inText.contains(squeezed(QStringLiteral("For internal use only: this brief shows imagery whose "
                                                        "licence terms do not allow republication"))));
        QVERIFY(!inText.contains(squeezed(QStringLiteral("Left out of this brief"))));
        logShownInBrief(*project, shown);
        const QList<CustodyEntry> log = project->custodyLog();
        const auto viewed = std::find_if(log.cbegin(), log.cend(), [&](const CustodyEntry &e) {
            return e.itemId == scene.meta.id && e.action == CustodyEntry::Action::Viewed;
        });
        QVERIFY(viewed != log.cend());
        QCOMPARE(viewed->detail, QStringLiteral("in export ") + QFileInfo(in).absoluteFilePath() +
                                     QStringLiteral(" (internal use: its licence terms do not allow republication)"));
    }

    void aQuoteLongerThanAPageIsCutNotLost()
    {
        const QString file = m_dir.filePath(QStringLiteral("long.gpkg"));
        QVERIFY(QFile::copy(m_project, file));
        auto project = Project::open(file, QStringLiteral("analyst"));
        const Site rajin = sitesNamed(project->all<Site>(), QStringLiteral("Rajin port")).value(0);
        Claim c;
        c.sourceId = project->all<Source>().first().meta.id;
        c.quote = QStringLiteral("word ").repeated(2000).trimmed() + QStringLiteral(" endmark");
        c.siteIds = {rajin.meta.id};
        project->save(c);
        BriefOptions options;
        options.siteNames = {rajin.name};
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        const BriefResult r = BriefWriter::write(*project, options, pdf);
        QVERIFY(r.pages < 15);
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QStringLiteral("whole in the attached evidence")));
        QVERIFY(!text.contains(QStringLiteral("endmark")));
        QVERIFY(
            runTool(QStringLiteral("qpdf"), {QStringLiteral("--show-attachment=brief-evidence.json"), pdf})
                .out.contains("endmark"));
    }

    void siteLookup()
    {
        Site s;
        s.name = QStringLiteral("Tumangang–Khasan rail bridge");
        s.aliases = {QStringLiteral("Friendship Bridge")};
        QVERIFY(siteAnswersTo(s, QStringLiteral("TUMANGANG-KHASAN rail bridge ")));
        QVERIFY(siteAnswersTo(s, QStringLiteral("friendship bridge")));
        QVERIFY(!siteAnswersTo(s, QStringLiteral("Tumangang")));
        QVERIFY(!siteAnswersTo(s, QString()));
    }
};

QTEST_MAIN(TestReport)
#include "tst_report.moc"
