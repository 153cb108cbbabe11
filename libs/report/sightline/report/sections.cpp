#include "sightline/report/sections.h"

#include "sightline/report/briefcanvas.h"

#include "sightline/core/judgment.h"
#include "sightline/core/kinds.h"
#include "sightline/present/countwords.h"
#include "sightline/present/gradewords.h"
#include "sightline/present/judgmentwords.h"
#include "sightline/present/quantitywords.h"
#include "sightline/present/recordwords.h"
#include "sightline/present/serieschart.h"
#include "sightline/present/serieswords.h"
#include "sightline/present/sitewords.h"
#include "sightline/present/timelinepainter.h"
#include "sightline/present/timewords.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace sightline::report {

namespace {

// The licence as its provider words it, with the terms the analyst recorded.
QString licenceText(const ImageryScene &s)
{
    const char *term = QT_TRANSLATE_NOOP("Brief", "terms not stated");
    switch (s.licenceTerms) {
    case LicenceTerms::Open: term = QT_TRANSLATE_NOOP("Brief", "open"); break;
    case LicenceTerms::AttributionRequired: term = QT_TRANSLATE_NOOP("Brief", "attribution required"); break;
    case LicenceTerms::InternalUse: term = QT_TRANSLATE_NOOP("Brief", "internal use only"); break;
    case LicenceTerms::NoRepublication: term = QT_TRANSLATE_NOOP("Brief", "no republication"); break;
    case LicenceTerms::Unstated: break;
    }
    const QString words = QCoreApplication::translate("Brief", term);
    return s.licence.isEmpty() ? words : QStringLiteral("%1 (%2)").arg(s.licence, words);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("Brief", text);
}

QString longDate(const QDate &date)
{
    return QLocale(QLocale::English).toString(date, QStringLiteral("d MMMM yyyy"));
}

QString noteText(int footnote)
{
    return footnote > 0 ? QStringLiteral("[%1]").arg(footnote) : QStringLiteral("–");
}

QString capitalized(QString s)
{
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

// The claim as a table cell: the quote as written, where in the source, and the source.
QString claimCell(const CitedClaim &c)
{
    // The quote in quotation marks, unless it comes with its own. A quote longer than half a page
    // is cut (a table row never splits across pages); the attached evidence holds it whole.
    constexpr int kLongest = 1500;
    QString q = c.claim.quote;
    if (q.size() > kLongest) q = q.left(kLongest) + tr("… [cut here; whole in the attached evidence]");
    const bool quoted = q.startsWith(u'“') || q.startsWith(u'"');
    QString text = quoted ? q : QStringLiteral("“%1”").arg(q);
    if (!c.row.locator.isEmpty()) text += QStringLiteral(" (%1)").arg(c.row.locator);
    text += kDetail + c.row.sourceWithCitation(QStringLiteral(", "));
    return text;
}

// The site's count series, each a chart drawn by present::SeriesChart (the series view's picture)
// as vectors, with its baseline and flags in the caption; or a line saying there is none.
void countSeries(BriefCanvas &canvas, const BriefSite &site, int figureNumber, char letter)
{
    const QString title = tr("Counts at %1").arg(site.site.name);
    canvas.heading(title, 2, false);
    if (site.series.isEmpty()) {
        canvas.paragraph(tr("No count series: no object at this site was counted on imagery or reported "
                            "with a figure within the brief's period."),
                         canvas.bodyFont(), BriefCanvas::muted(), 0, 8);
        return;
    }
    for (const BriefSeries &bs : site.series) {
        const int n = int(bs.series.points.size());
        canvas.ensureSpace(canvas.textArea().width() * (canvas.isCompact() ? 0.72 : 1.0) * 230 / 640 +
                           BriefCanvas::pt(60));
        //: Outline and contents entry of a count series; %1 the object kind, %2 the site
        canvas.anchor(tr("Count series: %1 at %2").arg(bs.kindName, site.site.name), 2);
        QString caption =
            //: %1 figure number, %2 letter, %3 object kind, %4 site, %5 how many values
            tr("Figure %1%2. Count series: %3 at %4, %5; counted values (filled dots, from annotations "
               "on imagery) and reported ones (hollow diamonds, from claims); a bar is a value known only "
               "within a period. ")
                .arg(figureNumber)
                .arg(QChar::fromLatin1(letter))
                .arg(bs.kindName, site.site.name,
                     n == 1 ? tr("1 value") : tr("%1 values").arg(n));
        if (bs.series.baseline)
            caption += tr("The grey band is the %1. ").arg(present::baselineText(*bs.series.baseline));
        else if (!bs.baselineTo.isUnknown())
            caption += tr("No baseline: no value lies wholly before %1. ").arg(present::timeText(bs.baselineTo));
        caption += bs.flags.isEmpty() ? tr("No value stands above the baseline.")
                                      : tr("Above the baseline: %1.").arg(bs.flags.join(QStringLiteral("; ")));
        const QSizeF size(640, 230); // logical pixels at 96 dpi, the scale the series view draws at
        const present::SeriesChart chart(bs.series, bs.kindName);
        canvas.drawnFigure(size, canvas.isCompact() ? 0.72 : 1.0,
                           [&](QPainter &p) { chart.paint(p, QRectF(QPointF(0, 0), size), 1.0); }, caption);
        letter = char(letter + 1);
    }
}

QString figureCell(const CitedClaim &c)
{
    if (c.row.quantity.isEmpty()) return QStringLiteral("–");
    return c.row.countedKind.isEmpty() ? c.row.quantity
                                       : QStringLiteral("%1 (%2)").arg(c.row.quantity, c.row.countedKind);
}

void claimsTable(BriefCanvas &canvas, const QList<CitedClaim> &claims)
{
    BriefTable t;
    t.header = {tr("Note"), tr("Grade"), tr("Claim as quoted, and its source"), tr("Figure"), tr("When")};
    t.widths = {0.055, 0.065, 0.56, 0.15, 0.17};
    t.boldColumns = {1};
    for (const CitedClaim &c : claims)
        t.rows.append({noteText(c.footnote), c.row.grade.isEmpty() ? QStringLiteral("–") : c.row.grade,
                       claimCell(c), figureCell(c), c.row.time});
    canvas.table(t);
}

QString coordinates(const GeoPoint &p)
{
    return QStringLiteral("%1° %2, %3° %4")
        .arg(std::abs(p.lat), 0, 'f', 4)
        .arg(p.lat >= 0 ? QStringLiteral("N") : QStringLiteral("S"))
        .arg(std::abs(p.lon), 0, 'f', 4)
        .arg(p.lon >= 0 ? QStringLiteral("E") : QStringLiteral("W"));
}

QString periodWords(const TimeWindow &window)
{
    if (window.isOpen()) return tr("all dates");
    const QString from = window.from().isNull() ? tr("the earliest record") : longDate(window.from().date());
    const QString to = window.to().isNull() ? tr("the latest record") : longDate(window.to().date());
    return tr("%1 to %2").arg(from, to);
}

} // namespace

void CoverSection::write(BriefCanvas &canvas) const
{
    const QRectF area = canvas.textArea();
    const double width = area.width();
    canvas.setY(area.top() + BriefCanvas::pt(canvas.isCompact() ? 40 : 90));

    QFont kicker(QStringLiteral("DejaVu Sans Condensed"));
    kicker.setPointSizeF(9);
    kicker.setWeight(QFont::Bold);
    kicker.setLetterSpacing(QFont::AbsoluteSpacing, BriefCanvas::pt(0.25));
    canvas.paragraph(tr("ANALYTIC BRIEF"), kicker, BriefCanvas::accent(), 0, 10);

    QFont title(QStringLiteral("DejaVu Serif"));
    title.setStyleStrategy(QFont::PreferNoShaping);
    title.setPointSizeF(canvas.isCompact() ? 22 : 26);
    title.setWeight(QFont::Bold);
    canvas.paragraph(m_content.title, title, BriefCanvas::ink(), 0, 14);
    if (QPainter *p = canvas.painter()) {
        p->setPen(QPen(BriefCanvas::accent(), BriefCanvas::pt(2)));
        p->drawLine(QPointF(area.left(), canvas.y()), QPointF(area.left() + BriefCanvas::pt(72), canvas.y()));
    }
    canvas.space(20);

    // The facts of the brief, label and value.
    const QFont label = canvas.smallFont();
    const QFont value = canvas.bodyFont();
    const QString marking = m_content.marking ? markingText(*m_content.marking) : tr("not marked");
    const QList<std::pair<QString, QString>> facts = {
        {tr("Date"), longDate(m_content.madeUtc.date())},
        {tr("Author"), m_content.author.isEmpty() ? tr("not named") : m_content.author},
        {tr("Handling"), marking},
        {tr("Period"), capitalized(periodWords(m_content.options.window))},
        {tr("Project"), m_content.projectFile},
    };
    for (const auto &[name, text] : facts) {
        const double h = std::max(canvas.textHeight(text, value, width * 0.75), BriefCanvas::pt(12));
        canvas.drawText(QRectF(area.left(), canvas.y() + BriefCanvas::pt(1.5), width * 0.2, h),
                        name.toUpper(), label, BriefCanvas::muted());
        canvas.drawText(QRectF(area.left() + width * 0.2, canvas.y(), width * 0.8, h), text, value,
                        BriefCanvas::ink());
        canvas.setY(canvas.y() + h + BriefCanvas::pt(5));
    }
    canvas.space(18);

    if (!m_content.options.bottomLine.isEmpty()) {
        const QFont blufFont = canvas.bodyFont();
        const double pad = BriefCanvas::pt(10);
        const double h =
            canvas.textHeight(m_content.options.bottomLine, blufFont, width - 2 * pad) + BriefCanvas::pt(16);
        const QRectF box(area.left(), canvas.y(), width, h + 2 * pad);
        if (QPainter *p = canvas.painter()) {
            p->fillRect(box, QColor(0xee, 0xf2, 0xf7));
            p->fillRect(QRectF(box.left(), box.top(), BriefCanvas::pt(3), box.height()),
                        BriefCanvas::accent());
        }
        canvas.drawText(QRectF(box.left() + pad, box.top() + pad, width - 2 * pad, BriefCanvas::pt(12)),
                        tr("BOTTOM LINE UP FRONT"), label, BriefCanvas::accent());
        canvas.drawText(QRectF(box.left() + pad, box.top() + pad + BriefCanvas::pt(16), width - 2 * pad, h),
                        m_content.options.bottomLine, blufFont, BriefCanvas::ink());
        canvas.setY(box.bottom() + BriefCanvas::pt(18));
    }

    int claimCount = 0;
    for (const BriefSite &s : m_content.sites)
        claimCount += int(s.claims.size());
    const QString scope =
        tr("This brief sets out %1 issued and the evidence on %2: %3 quoted from %4, each graded and "
           "footnoted "
           "to the sources appendix, where every archived copy is identified by its SHA-256. The cited "
           "records are "
           "attached to this PDF as a JSON file.")
            .arg(present::countText(int(m_content.judgments.size()), present::Counted::Judgment),
                 present::countText(int(m_content.sites.size()), present::Counted::Site),
                 present::countText(claimCount, present::Counted::Claim),
                 present::countText(int(m_content.sources.size()), present::Counted::Source));
    canvas.paragraph(scope, canvas.bodyFont(), BriefCanvas::ink(), 0, 10);
    if (m_content.showsRestrictedImagery())
        canvas.paragraph(tr("For internal use only: this brief shows imagery whose licence terms do not allow "
                            "republication. Do not pass it on outside the organisation."),
                         canvas.bodyFont(), BriefCanvas::accent(), 0, 10);

    // The handling rule, at the foot of the cover.
    if (m_content.marking) {
        const QString meaning =
            markingText(*m_content.marking) + QStringLiteral(": ") + markingMeaning(*m_content.marking);
        const double h = canvas.textHeight(meaning, canvas.smallFont(), width);
        canvas.setY(std::max(canvas.y(), area.bottom() - h - BriefCanvas::pt(6)));
        canvas.horizontalRule();
        canvas.space(5);
        canvas.paragraph(meaning, canvas.smallFont(), BriefCanvas::muted(), 0, 0);
    }
}

void ContentsSection::write(BriefCanvas &canvas) const
{
    const QString title = tr("Contents");
    canvas.heading(title, 0, true);
    const QFont font = canvas.bodyFont();
    QFont bold = font;
    bold.setWeight(QFont::DemiBold);
    const QFont small = canvas.tableFont();
    const QList<BriefAnchor> &anchors = canvas.page().anchors;
    const QRectF area = canvas.textArea();
    for (int i = 0; i < anchors.size(); ++i) {
        const BriefAnchor &a = anchors[i];
        if (a.title == title && a.level == 0) continue;
        const double indent = BriefCanvas::pt(16 * std::min(a.level, 2));
        const QFont &f = a.level == 0 ? bold : a.level == 1 ? font : small;
        const double h =
            canvas.textHeight(a.title, f, area.width() * 0.8) + BriefCanvas::pt(a.level == 0 ? 7 : 4);
        canvas.ensureSpace(h);
        if (a.level == 0 && i > 0) canvas.space(3);
        const double y = canvas.y();
        const QRectF line(area.left() + indent, y, area.width() - indent, h);
        const QString number = QString::number(a.page + 1);
        canvas.drawText(QRectF(line.left(), y, area.width() * 0.8, h), a.title, f, BriefCanvas::ink());
        canvas.drawText(QRectF(line.left(), y, line.width(), h), number, f, BriefCanvas::ink(),
                        Qt::AlignRight | Qt::AlignTop | Qt::TextSingleLine);
        if (QPainter *p = canvas.painter()) {
            // A dotted leader from the title to the number.
            const QFontMetricsF m(f, p->device());
            const double from = line.left() + m.horizontalAdvance(a.title) + BriefCanvas::pt(6);
            const double to = line.right() - m.horizontalAdvance(number) - BriefCanvas::pt(6);
            const double base = y + m.ascent();
            p->setPen(QPen(BriefCanvas::rule(), BriefCanvas::pt(0.8), Qt::DotLine));
            if (to > from) p->drawLine(QPointF(from, base), QPointF(to, base));
        }
        canvas.link(line, i);
        canvas.setY(y + h);
    }
}

void KeyJudgmentsSection::write(BriefCanvas &canvas) const
{
    canvas.heading(tr("Key judgments"), 0, true);
    if (m_content.judgments.isEmpty()) {
        canvas.paragraph(
            tr("No judgment has been issued in this project: the brief sets out the evidence without "
               "assessing it. Draft and withdrawn judgments are never printed."),
            canvas.bodyFont());
        return;
    }
    canvas.paragraph(
        tr("The judgments below are the ones issued. Each states its likelihood in the words of ICD 203 "
           "with the band of probability they stand for, and the analyst's confidence, which is kept "
           "apart from likelihood. The claims each rests on follow with their grades; note numbers "
           "refer to the sources appendix."),
        canvas.bodyFont(), BriefCanvas::ink(), 0, 10);
    QFont statement(QStringLiteral("DejaVu Serif Condensed"));
    statement.setStyleStrategy(QFont::PreferNoShaping);
    statement.setPointSizeF(canvas.isCompact() ? 10 : 11);
    statement.setWeight(QFont::Bold);
    QFont meta = canvas.tableFont();
    meta.setPointSizeF(meta.pointSizeF() + 0.7);
    for (int i = 0; i < m_content.judgments.size(); ++i) {
        const BriefJudgment &bj = m_content.judgments[i];
        const Judgment &j = bj.judgment;
        canvas.ensureSpace(BriefCanvas::pt(150));
        canvas.paragraph(tr("KEY JUDGMENT %1").arg(i + 1), canvas.smallFont(), BriefCanvas::accent(), 0, 3);
        canvas.paragraph(j.statement, statement, BriefCanvas::ink(), 0, 5);
        QStringList facts{capitalized(present::likelihoodText(j.likelihood)), toLabel(j.confidence),
                          tr("period: %1").arg(present::periodText(j.time))};
        if (!j.author.isEmpty()) facts << tr("analyst: %1").arg(j.author);
        canvas.paragraph(facts.join(QStringLiteral("  ·  ")), meta, BriefCanvas::accent(), 0, 6);
        if (!j.notes.isEmpty()) canvas.paragraph(j.notes, canvas.bodyFont(), BriefCanvas::ink(), 0, 6);
        if (bj.claims.isEmpty()) {
            canvas.paragraph(tr("It rests on no claim."), canvas.bodyFont(), BriefCanvas::muted());
        } else {
            canvas.paragraph(tr("Rests on:"), canvas.smallFont(), BriefCanvas::muted(), 0, 3);
            claimsTable(canvas, bj.claims);
        }
        if (bj.otherBasis > 0)
            canvas.paragraph(
                tr("It also rests on %1 (events, observations or sources) that this brief does not print.")
                    .arg(present::countText(bj.otherBasis, present::Counted::OtherRecord)),
                canvas.smallFont(), BriefCanvas::muted());
        canvas.space(8);
    }
}

void SitesIntroSection::write(BriefCanvas &canvas) const
{
    canvas.heading(tr("Sites"), 0, true);
    if (m_content.sites.isEmpty()) {
        canvas.paragraph(tr("The brief covers no site."), canvas.bodyFont());
        return;
    }
    canvas.paragraph(
        tr("Each site has a map of its area of interest at print scale, the imagery that covers it, the "
           "claims about it with their grades and quotes, and the claims about it that conflict, with "
           "both figures as their sources wrote them. Period covered: %1.")
            .arg(periodWords(m_content.options.window)),
        canvas.bodyFont(), BriefCanvas::ink(), 0, 10);
    BriefTable t;
    t.header = {tr("Site"), tr("Kind"), tr("Country"), tr("Claims"), tr("Imagery"), tr("Conflicts")};
    t.widths = {0.36, 0.16, 0.1, 0.12, 0.12, 0.14};
    t.boldColumns = {0};
    for (const BriefSite &s : m_content.sites)
        t.rows.append({s.site.name, toLabel(s.site.kind), s.site.country, QString::number(s.claims.size()),
                       QString::number(s.scenes.size()), QString::number(s.conflicts.size())});
    canvas.table(t);
}

void SiteSection::write(BriefCanvas &canvas) const
{
    const Site &site = m_site.site;
    // A page a site; the first may follow the overview when most of its page is still free.
    if (!canvas.isCompact() && (m_figureNumber > 1 || canvas.remaining() < canvas.textArea().height() * 0.7))
        canvas.newPage();
    canvas.heading(site.name, 1, true);
    QStringList facts{toLabel(site.kind)};
    if (!site.country.isEmpty()) facts << site.country;
    facts << coordinates(site.location);
    if (!site.aliases.isEmpty()) facts << tr("also %1").arg(site.aliases.join(QStringLiteral(", ")));
    canvas.paragraph(facts.join(QStringLiteral("  ·  ")), canvas.tableFont(), BriefCanvas::muted(), 0, 4);
    // Where the point comes from and how precise it is, said even when no note says where.
    canvas.paragraph(present::locationNoteWithPrecision(site), canvas.smallFont(), BriefCanvas::muted(), 0, 8);

    if (!m_site.hasEvidence()) {
        const QRectF area = canvas.textArea();
        const QString head = tr("No imagery or claims");
        const QString body =
            tr("Nothing in the project is about this site within the brief's period: no imagery "
               "covers it and no claim names it. The map shows where it is.");
        const double pad = BriefCanvas::pt(10);
        const double h = canvas.textHeight(body, canvas.bodyFont(), area.width() - 2 * pad) +
                         BriefCanvas::pt(18) + 2 * pad;
        canvas.ensureSpace(h);
        const QRectF box(area.left(), canvas.y(), area.width(), h);
        if (QPainter *p = canvas.painter()) {
            p->setPen(QPen(BriefCanvas::rule(), BriefCanvas::pt(0.8)));
            p->setBrush(QColor(0xfa, 0xf7, 0xf0));
            p->drawRect(box);
        }
        canvas.drawText(QRectF(box.left() + pad, box.top() + pad, box.width() - 2 * pad, BriefCanvas::pt(14)),
                        head, canvas.headingFont(2), BriefCanvas::ink());
        canvas.drawText(
            QRectF(box.left() + pad, box.top() + pad + BriefCanvas::pt(16), box.width() - 2 * pad, h), body,
            canvas.bodyFont(), BriefCanvas::ink());
        canvas.setY(box.bottom() + BriefCanvas::pt(12));
    }

    if (!m_figure.isNull()) {
        // The basemap's own credit when the project chose one (the renderer lists it first).
        QStringList imagery = m_figure.credits;
        const QString basemap = !imagery.isEmpty() && imagery.first().startsWith(QLatin1String("Basemap: "))
                                    ? imagery.takeFirst()
                                    : basemapCredit();
        QString caption =
            tr("Figure %1. %2 and its area of interest. %3 (%4); scale 1:%5 as printed; scale bar "
               "and north arrow on the map. %6 ")
                .arg(m_figureNumber)
                .arg(site.name, m_figure.crs, m_figure.crsName)
                .arg(present::scaleText(m_figure.scaleDenominator).mid(2))
                .arg(basemap);
        // Each credit a sentence of its own: "... free to reuse. Imagery: ..."
        for (QString &credit : imagery)
            if (!credit.endsWith(u'.'))
                credit += u'.';
        caption += imagery.isEmpty() ? tr("No imagery shown.") : imagery.join(QStringLiteral(" "));
        canvas.drawnFigure(QSizeF(m_figure.settings.outputSize), canvas.isCompact() ? 0.72 : 1.0,
                           [this](QPainter &p) { m_figure.paint(p); }, caption);
    } else if (!m_figure.problems.isEmpty()) {
        canvas.paragraph(
            tr("The map could not be drawn: %1").arg(m_figure.problems.join(QStringLiteral("; "))),
            canvas.smallFont(), BriefCanvas::muted());
    }

    if (!m_site.scenes.isEmpty() || !m_site.withheld.isEmpty()) {
        canvas.heading(tr("Imagery"), 2, false);
        BriefTable t;
        t.header = {tr("Acquired"), tr("Provider and scene"), tr("Sensor"), tr("Resolution"), tr("Licence")};
        t.widths = {0.16, 0.3, 0.14, 0.12, 0.28};
        for (const ImageryScene &s : m_site.scenes)
            t.rows.append({present::timeText(s.acquired),
                           (s.provider.isEmpty() ? QFileInfo(s.filePath).fileName() : s.provider) +
                               (s.providerSceneId.isEmpty() ? QString() : u'\n' + s.providerSceneId),
                           s.sensor.isEmpty() ? QStringLiteral("–") : s.sensor,
                           s.resolutionMeters > 0 ? QStringLiteral("%1 m").arg(s.resolutionMeters, 0, 'g', 3)
                                                  : QStringLiteral("–"),
                           licenceText(s)});
        for (const ImageryScene &s : m_site.withheld)
            t.rows.append({present::timeText(s.acquired),
                           tr("Left out of this brief: its licence terms (%1) do not allow republication; the "
                              "figure shows its outline only.")
                               .arg(licenceText(s)),
                           QStringLiteral("–"), QStringLiteral("–"), licenceText(s)});
        canvas.table(t);
    }
    if (!m_figure.chips.isNull()) {
        QStringList sides;
        const QStringList places = m_figure.chipScenes.size() > 1 ? QStringList{tr("left"), tr("right")}
                                                                  : QStringList{QString()};
        for (int i = 0; i < m_figure.chipScenes.size(); ++i) {
            const ImageryScene &s = m_figure.chipScenes[i];
            const QString what = tr("%1, %2, licence %3")
                                     .arg(present::timeText(s.acquired), sceneLabel(s), licenceText(s));
            sides << (places.value(i).isEmpty() ? what : places[i] + QStringLiteral(": ") + what);
        }
        //: Caption of a site's imagery chips; %1 the figure number, %2 the scenes
        const QString caption = tr("Figure %1b. %2 over its own footprint, with the annotations counted on it: %3.")
                                    .arg(m_figureNumber)
                                    .arg(m_figure.chipScenes.size() > 1 ? tr("The oldest and the newest scene, each")
                                                                         : tr("The scene"),
                                         sides.join(QStringLiteral("; ")));
        canvas.figure(m_figure.chips, canvas.isCompact() ? 0.72 : 1.0, caption);
    }
    countSeries(canvas, m_site, m_figureNumber, m_figure.chips.isNull() ? 'b' : 'c');
    if (!m_site.claims.isEmpty()) {
        canvas.heading(tr("Claims about %1").arg(site.name), 2, false);
        claimsTable(canvas, m_site.claims);
    }
    if (!m_site.conflicts.isEmpty()) {
        canvas.ensureSpace(BriefCanvas::pt(150)); // the heading with its explanation and a first row
        canvas.heading(tr("Conflicting claims about %1").arg(site.name), 2, false);
        canvas.paragraph(tr("Claims about this site that cannot both be true, or that an analyst linked as "
                            "contradicting, with both figures as their sources wrote them."),
                         canvas.bodyFont(), BriefCanvas::ink(), 0, 6);
        BriefTable t;
        t.header = {tr("One source says"), tr("Another says"), tr("Why they conflict")};
        t.widths = {0.33, 0.33, 0.34};
        for (const BriefConflict &c : m_site.conflicts) {
            auto side = [&](const Claim &claim) {
                return QStringLiteral("%1 %2").arg(present::ClaimWords::conflictSide(claim),
                                                   noteText(m_content.footnoteOf(claim.sourceId)));
            };
            t.rows.append({side(c.conflict.first), side(c.conflict.second), capitalized(c.reason)});
        }
        canvas.table(t);
    }
}

void TimelineSection::write(BriefCanvas &canvas) const
{
    canvas.heading(tr("Timeline of the case"), 0, true);
    const present::Timeline *timeline = m_content.timeline.get();
    if (!timeline || timeline->items.isEmpty()) {
        canvas.paragraph(tr("Nothing in the project is dated within the brief's period: no event, claim, "
                            "observation, scene or judgment to set on a time axis."),
                         canvas.bodyFont());
        return;
    }
    canvas.paragraph(
        tr("The events, claims, observations, imagery acquisitions and judgments' periods of the sites "
           "covered, on one time axis, a lane a site, drawn as the application's timeline draws them. Time "
           "is drawn as honestly as it is known: a mark is an instant, a bar a range, a bar fading toward "
           "an open end a \"no later than\" or a \"since\", and a band over a whole month or year a time "
           "known only to that month or year. Claims carry their grade; a red dashed line joins claims "
           "that conflict."),
        canvas.bodyFont(), BriefCanvas::ink(), 0, 8);
    present::TimelinePainter painter;
    painter.setTimeline(m_content.timeline);
    painter.setLanes(present::TimelinePainter::Lanes::BySite);
    painter.showAll();
    const TimeWindow &window = m_content.options.window;
    QDateTime narrowedFrom; // where the view begins when it leaves the oldest part out
    if (!window.from().isNull() || !window.to().isNull()) {
        // The view is the brief's period (an open end: as far as the items go).
        const qint64 from = window.from().isNull() ? painter.viewFrom() : window.from().toMSecsSinceEpoch();
        const qint64 to = window.to().isNull() ? painter.viewTo() : window.to().toMSecsSinceEpoch();
        if (to > from) painter.setView(from, to);
    } else {
        // All dates: the view follows where the case happens rather than its longest look back
        // (a "past five years" baseline would squeeze the rest into a sliver at the right). It
        // starts a little before the tenth item by order, when that leaves a third of the span or
        // more out; longer ranges run off its left edge, and the overview above shows them whole.
        QList<qint64> starts;
        for (const TimelineItem &item : timeline->items)
            if (!item.moments.unknown)
                starts << item.orderMoment();
        std::sort(starts.begin(), starts.end());
        const qint64 from = painter.viewFrom(), to = painter.viewTo();
        if (starts.size() >= 10 && to > from) {
            const qint64 focus = starts[starts.size() / 10];
            const qint64 margin = (to - focus) / 20;
            if (focus - margin - from > (to - from) / 3) {
                painter.setView(focus - margin, to);
                narrowedFrom = QDateTime::fromMSecsSinceEpoch(focus - margin, Qt::UTC);
            }
        }
    }
    // Logical pixels at 96 dpi, as the dock draws; as tall as the lanes, at most what fits a page.
    const double width = 880;
    const QRectF probe(0, 0, width, 1000);
    const double top = painter.lanesRect(probe).top();
    const double share = 1.0;
    const double maxHeight = (canvas.textArea().height() - BriefCanvas::pt(90)) * width /
                             (canvas.textArea().width() * share);
    const double height = std::min(top + painter.lanesHeight() + 4, maxHeight);
    const int items = int(timeline->items.size());
    //: %1 the figure number, %2 the period ("1 August 2023 to 31 December 2024"), %3 how many items
    QString caption = tr("Figure %1. The case in time, %2: %3, in lanes by site, under an overview of the "
                         "whole span. Times in UTC.")
                          .arg(int(m_content.sites.size()) + 1)
                          .arg(periodWords(window), items == 1 ? tr("1 item") : tr("%1 items").arg(items));
    if (narrowedFrom.isValid())
        caption += tr(" The lanes begin in %1, where most of the case lies; what reaches further back runs off "
                      "their left edge and is shown whole in the overview above.")
                       .arg(QLocale::c().toString(narrowedFrom.date(), QStringLiteral("MMMM yyyy")));
    if (top + painter.lanesHeight() + 4 > maxHeight)
        caption += tr(" The lanes run beyond the page; the timeline of the application shows them all.");
    canvas.drawnFigure(QSizeF(width, height), share,
                       [&](QPainter &p) { painter.paint(p, QRectF(0, 0, width, height)); }, caption);
}

void SourcesSection::write(BriefCanvas &canvas) const
{
    canvas.heading(tr("Sources"), 0, true);
    canvas.paragraph(
        tr("Every source the brief cites, by the note number used in the text. Each archived copy "
           "(capture) is kept in the project and identified by its SHA-256, so a reader with the project "
           "can check that the quoted text is the text that was captured."),
        canvas.bodyFont(), BriefCanvas::ink(), 0, 10);
    if (m_content.sources.isEmpty()) {
        canvas.paragraph(tr("The brief cites no source."), canvas.bodyFont());
        return;
    }
    const QRectF area = canvas.textArea();
    const double numberWidth = BriefCanvas::pt(26);
    const double width = area.width() - numberWidth;
    QFont headFont = canvas.bodyFont();
    headFont.setWeight(QFont::Bold);
    const QFont detail = canvas.tableFont();
    const QFont mono = canvas.monoFont();
    for (const CitedSource &cs : m_content.sources) {
        const Source &s = cs.source;
        const QString head = s.publisher.isEmpty()
                                 ? present::sourceTitle(s)
                                 : QStringLiteral("%1. %2").arg(s.publisher, present::sourceTitle(s));
        QStringList facts;
        facts << (s.published.isValid() ? tr("Published %1").arg(longDate(s.published))
                                        : tr("Date of publication unknown"));
        if (s.accessed.isValid()) facts << tr("accessed %1").arg(longDate(s.accessed));
        facts << tr("reliability %1").arg(present::reliabilityWords(*m_content.scheme, s.reliability));
        facts << toLabel(s.kind);
        // Lines of the entry: text, font, flags.
        struct Line
        {
            QString text;
            QFont font;
            QColor color;
            int flags;
        };
        QList<Line> lines{
            {head, headFont, BriefCanvas::ink(), Qt::TextWordWrap},
            {facts.join(QStringLiteral(" · ")), detail, BriefCanvas::muted(), Qt::TextWordWrap}};
        if (!s.url.isEmpty()) lines.append({s.url, detail, BriefCanvas::accent(), Qt::TextWrapAnywhere});
        for (const Capture &cap : cs.captures) {
            lines.append(
                {tr("Capture %1 (%2, %3 bytes), captured %4%5")
                     .arg(cap.fileName, cap.mediaType, QLocale(QLocale::English).toString(cap.sizeBytes),
                          present::utcText(cap.capturedAtUtc),
                          cap.capturedBy.isEmpty() ? QString() : tr(" by %1").arg(cap.capturedBy)),
                 detail, BriefCanvas::ink(), Qt::TextWordWrap});
            lines.append({QStringLiteral("SHA-256 ") + QString::fromLatin1(cap.sha256), mono,
                          BriefCanvas::ink(), Qt::TextSingleLine});
        }
        if (cs.captures.isEmpty())
            lines.append({tr("No archived capture."), detail, BriefCanvas::muted(), Qt::TextWordWrap});
        double total = 0;
        QList<double> heights;
        for (const Line &l : lines) {
            heights.append(canvas.textHeight(l.text, l.font, width, l.flags) + BriefCanvas::pt(1.5));
            total += heights.last();
        }
        canvas.ensureSpace(total);
        canvas.drawText(QRectF(area.left(), canvas.y(), numberWidth, BriefCanvas::pt(14)),
                        noteText(cs.footnote), headFont, BriefCanvas::accent());
        for (int i = 0; i < lines.size(); ++i) {
            canvas.drawText(
                QRectF(area.left() + numberWidth, canvas.y(), width, heights[i] + BriefCanvas::pt(2)),
                lines[i].text, lines[i].font, lines[i].color, lines[i].flags | Qt::AlignLeft | Qt::AlignTop);
            canvas.setY(canvas.y() + heights[i]);
        }
        canvas.space(9);
    }
}

void MethodsSection::write(BriefCanvas &canvas) const
{
    const GradingScheme &scheme = *m_content.scheme;
    canvas.heading(tr("Methods and gaps"), 0, true);
    canvas.heading(tr("Grading"), 2, false);
    canvas.paragraph(
        tr("Sources and the information they give are graded on the %1 scheme: a letter for how "
           "reliable the source has been, a number for how credible the information is, written "
           "together (B2). The two are judged apart: a reliable source can pass on doubtful information.")
            .arg(scheme.name()),
        canvas.bodyFont(), BriefCanvas::ink(), 0, 8);
    BriefTable reliability;
    reliability.header = {tr("Source"), tr("Reliability")};
    reliability.widths = {0.12, 0.88};
    reliability.boldColumns = {0};
    for (const Reliability r : scheme.reliabilities())
        reliability.rows.append({toKey(r), scheme.label(r)});
    canvas.table(reliability);
    BriefTable credibility;
    credibility.header = {tr("Information"), tr("Credibility")};
    credibility.widths = {0.12, 0.88};
    credibility.boldColumns = {0};
    for (const int v : scheme.credibilities())
        if (const auto c = Credibility::fromInt(v))
            credibility.rows.append({QString::number(v), scheme.label(*c)});
    canvas.table(credibility);

    canvas.heading(tr("Likelihood and confidence"), 2, false);
    canvas.paragraph(
        tr("Likelihood is written in the words of ICD 203 (US Intelligence Community Directive 203, "
           "Analytic Standards), each standing for a band of probability. Confidence (low, moderate, "
           "high) says how well the judgment is supported by its sources and reasoning, and is never "
           "folded into the likelihood."),
        canvas.bodyFont(), BriefCanvas::ink(), 0, 8);
    BriefTable words;
    words.header = {tr("Words"), tr("Also written"), tr("Probability")};
    words.widths = {0.4, 0.4, 0.2};
    for (const Likelihood l :
         {Likelihood::AlmostNoChance, Likelihood::VeryUnlikely, Likelihood::Unlikely, Likelihood::RoughlyEven,
          Likelihood::Likely, Likelihood::VeryLikely, Likelihood::AlmostCertain})
        words.rows.append({toLabel(l), synonym(l), percentText(l)});
    canvas.table(words);

    canvas.heading(tr("Gaps"), 2, false);
    if (m_content.gaps.isEmpty())
        canvas.paragraph(
            tr("None found: every site has evidence, every scene its file and every source a capture."),
            canvas.bodyFont());
    for (const QString &gap : m_content.gaps)
        canvas.paragraph(QStringLiteral("•  ") + gap, canvas.bodyFont(), BriefCanvas::ink(), 6, 4);

    canvas.heading(tr("How this brief was made"), 2, false);
    canvas.paragraph(
        tr("Made by Sightline from the project %1 on %2 UTC. Maps are drawn by the same renderer as the "
           "application's map. The records this brief cites (judgments, claims with their quotes and "
           "grades, sources and the SHA-256 of every capture, and the imagery shown) are attached to this "
           "PDF as %3, so that a reader holding the PDF alone can check what it cites.")
            .arg(m_content.projectFile, present::utcText(m_content.madeUtc).remove(QStringLiteral(" UTC")),
                 m_attachmentName),
        canvas.bodyFont(), BriefCanvas::ink(), 0, 8);
}

BriefSections standardSections(const BriefContent &content, const QList<MapFigure> &figures,
                               const QString &attachmentName)
{
    BriefSections sections;
    sections.push_back(std::make_unique<CoverSection>(content));
    sections.push_back(std::make_unique<ContentsSection>());
    if (content.options.keyJudgments) sections.push_back(std::make_unique<KeyJudgmentsSection>(content));
    if (content.options.sites) {
        sections.push_back(std::make_unique<SitesIntroSection>(content));
        for (int i = 0; i < content.sites.size() && i < figures.size(); ++i)
            sections.push_back(std::make_unique<SiteSection>(content, content.sites[i], figures[i], i + 1));
    }
    if (content.timeline) sections.push_back(std::make_unique<TimelineSection>(content));
    sections.push_back(std::make_unique<SourcesSection>(content));
    if (content.options.methods)
        sections.push_back(std::make_unique<MethodsSection>(content, attachmentName));
    return sections;
}

} // namespace sightline::report
