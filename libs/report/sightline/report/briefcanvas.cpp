#include "sightline/report/briefcanvas.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPaintDevice>
#include <QPainter>

#include <algorithm>
#include <numeric>

namespace sightline::report {

namespace {

constexpr double kTopMargin = 70;
constexpr double kBottomMargin = 72;
constexpr double kCellPadding = 3.5; // points, above, below and beside a cell's text

QFont face(const QString &family, double points, QFont::Weight weight = QFont::Normal, bool italic = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setWeight(weight);
    f.setItalic(italic);
    f.setKerning(true);
    f.setHintingPreference(QFont::PreferNoHinting); // print: the outlines as designed
    // Latin text set without shaping forms no ligatures: text extracted from the PDF then reads
    // "fi", not U+FB01, so a quote is found as it was written.
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

} // namespace

BriefCanvas::BriefCanvas(QPaintDevice *device, QPainter *painter, Page page)
    : m_device(device), m_painter(painter), m_page(std::move(page))
{
    m_pageSize = QSizeF(device->width(), device->height());
    m_text = QRectF(pt(kSideMarginPoints), pt(kTopMargin), m_pageSize.width() - 2 * pt(kSideMarginPoints),
                    m_pageSize.height() - pt(kTopMargin) - pt(kBottomMargin));
    beginPage();
}

QFont BriefCanvas::bodyFont() const
{
    return face(QStringLiteral("DejaVu Serif Condensed"), isCompact() ? 8.5 : 9.5);
}

QFont BriefCanvas::smallFont() const
{
    return face(QStringLiteral("DejaVu Sans Condensed"), isCompact() ? 7 : 7.5);
}

QFont BriefCanvas::captionFont() const
{
    return face(QStringLiteral("DejaVu Serif Condensed"), isCompact() ? 7.5 : 8, QFont::Normal, true);
}

QFont BriefCanvas::headingFont(int level) const
{
    const double scale = isCompact() ? 0.88 : 1.0;
    switch (level) {
    case 0:
        return face(QStringLiteral("DejaVu Sans Condensed"), 17 * scale, QFont::Bold);
    case 1:
        return face(QStringLiteral("DejaVu Sans Condensed"), 12.5 * scale, QFont::Bold);
    default:
        return face(QStringLiteral("DejaVu Sans Condensed"), 10 * scale, QFont::Bold);
    }
}

QFont BriefCanvas::tableFont() const
{
    return face(QStringLiteral("DejaVu Sans Condensed"), isCompact() ? 7 : 7.8);
}

QFont BriefCanvas::monoFont() const
{
    return face(QStringLiteral("DejaVu Sans Mono"), isCompact() ? 6.2 : 6.6);
}

void BriefCanvas::beginPage()
{
    m_y = m_text.top();
    m_pageEmpty = true;
    if (m_painter) drawPageFurniture();
}

void BriefCanvas::drawPageFurniture()
{
    QPainter &p = *m_painter;
    const double w = m_pageSize.width();
    const double h = m_pageSize.height();
    // The marking, as TLP 2.0 shows it: the label in its colour on black, top and bottom.
    if (m_page.marking) {
        const QString label = markingText(*m_page.marking);
        const QFont f = face(QStringLiteral("DejaVu Sans"), 8, QFont::Bold);
        const QFontMetricsF fm(f, m_device);
        const double bw = fm.horizontalAdvance(label) + pt(14);
        const double bh = pt(13);
        for (const double top : {pt(14), h - pt(14) - bh}) {
            const QRectF box((w - bw) / 2, top, bw, bh);
            p.fillRect(box, Qt::black);
            drawText(box, label, f, QColor::fromRgb(markingRgb(*m_page.marking)), Qt::AlignCenter);
        }
    }
    if (m_pageIndex == 0) return; // the cover has its own layout
    const QFont running = face(QStringLiteral("DejaVu Sans Condensed"), 7.5);
    const double headY = pt(38);
    drawText(QRectF(m_text.left(), headY, m_text.width() * 0.75, pt(12)), m_page.title, running, muted(),
             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
    p.setPen(QPen(rule(), pt(0.5)));
    p.drawLine(QPointF(m_text.left(), headY + pt(14)), QPointF(m_text.right(), headY + pt(14)));
    const double footY = h - pt(50);
    p.drawLine(QPointF(m_text.left(), footY), QPointF(m_text.right(), footY));
    const QString folio = m_page.totalPages > 0
                              ? QCoreApplication::translate("Brief", "Page %1 of %2")
                                    .arg(m_pageIndex + 1)
                                    .arg(m_page.totalPages)
                              : QCoreApplication::translate("Brief", "Page %1").arg(m_pageIndex + 1);
    drawText(QRectF(m_text.left(), footY + pt(3), m_text.width(), pt(12)), folio, running, muted(),
             Qt::AlignRight | Qt::AlignVCenter | Qt::TextSingleLine);
    drawText(QRectF(m_text.left(), footY + pt(3), m_text.width() * 0.7, pt(12)),
             QCoreApplication::translate("Brief", "Sightline brief"), running, muted(),
             Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine);
}

void BriefCanvas::newPage(bool force)
{
    if (m_pageEmpty && !force) return;
    if (m_painter) {
        auto *writer = dynamic_cast<QPagedPaintDevice *>(m_device);
        if (writer) writer->newPage();
    }
    ++m_pageIndex;
    beginPage();
}

void BriefCanvas::ensureSpace(double height)
{
    if (height > remaining() && !m_pageEmpty) newPage();
}

void BriefCanvas::anchor(const QString &title, int level)
{
    m_anchors.append({title, level, m_pageIndex, m_y});
}

void BriefCanvas::link(const QRectF &rect, int anchor)
{
    m_links.append({m_pageIndex, rect, anchor});
}

double BriefCanvas::textHeight(const QString &text, const QFont &font, double width, int flags) const
{
    if (text.isEmpty()) return 0;
    const QFontMetricsF fm(font, m_device);
    return fm.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height();
}

void BriefCanvas::drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                           int flags) const
{
    if (!m_painter || text.isEmpty()) return;
    m_painter->setFont(font);
    m_painter->setPen(color);
    m_painter->drawText(rect, flags, text);
}

void BriefCanvas::paragraph(const QString &text, const QFont &font, const QColor &color, double indentPoints,
                            double spaceAfterPoints)
{
    if (text.isEmpty()) return;
    const double width = m_text.width() - pt(indentPoints);
    const double h = textHeight(text, font, width);
    ensureSpace(h);
    drawText(QRectF(m_text.left() + pt(indentPoints), m_y, width, h + pt(2)), text, font, color);
    m_y += h + pt(spaceAfterPoints);
    m_pageEmpty = false;
}

void BriefCanvas::heading(const QString &text, int level, bool anchored)
{
    const QFont f = headingFont(level);
    const double h = textHeight(text, f, m_text.width());
    if (level == 0) {
        if (!isCompact())
            newPage();
        else
            ensureSpace(h + pt(120));
        if (!m_pageEmpty) space(14);
    } else {
        // Keep a heading with at least a few lines of what follows.
        ensureSpace(h + pt(level == 1 ? 90 : 50));
        if (!m_pageEmpty) space(level == 1 ? 10 : 6);
    }
    if (anchored) anchor(text, std::min(level, 2));
    drawText(QRectF(m_text.left(), m_y, m_text.width(), h + pt(2)), text, f, level == 0 ? accent() : ink());
    m_y += h;
    m_pageEmpty = false;
    if (level == 0) {
        m_y += pt(4);
        if (m_painter) {
            m_painter->setPen(QPen(accent(), pt(1.2)));
            m_painter->drawLine(QPointF(m_text.left(), m_y), QPointF(m_text.left() + pt(48), m_y));
        }
        m_y += pt(12);
    } else {
        m_y += pt(level == 1 ? 6 : 4);
    }
}

void BriefCanvas::horizontalRule(const QColor &color, double widthPoints)
{
    if (m_painter) {
        m_painter->setPen(QPen(color, pt(widthPoints)));
        m_painter->drawLine(QPointF(m_text.left(), m_y), QPointF(m_text.right(), m_y));
    }
    m_y += pt(widthPoints);
}

QFont BriefCanvas::cellFont(const BriefTable &t, int column, bool header) const
{
    if (header) {
        QFont f = tableFont();
        f.setWeight(QFont::Bold);
        return f;
    }
    if (t.monoColumns.contains(column)) return monoFont();
    QFont f = tableFont();
    if (t.boldColumns.contains(column)) f.setWeight(QFont::Bold);
    return f;
}

double BriefCanvas::cellHeight(const BriefTable &t, int column, const QString &cell, bool header,
                               double width) const
{
    const int flags = t.wrapAnywhere.contains(column) ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
    const qsizetype split = cell.indexOf(kDetail);
    if (split < 0) return textHeight(cell, cellFont(t, column, header), width, flags);
    return textHeight(cell.left(split), cellFont(t, column, header), width, flags) + pt(1.5) +
           textHeight(cell.mid(split + 1), smallFont(), width, flags);
}

double BriefCanvas::rowHeight(const BriefTable &t, const QStringList &cells, bool header) const
{
    double tallest = 0;
    const double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    for (int c = 0; c < cells.size() && c < t.widths.size(); ++c) {
        const double w = m_text.width() * t.widths[c] / total - 2 * pt(kCellPadding);
        tallest = std::max(tallest, cellHeight(t, c, cells[c], header, w));
    }
    return tallest + 2 * pt(kCellPadding);
}

void BriefCanvas::drawRow(const BriefTable &t, const QStringList &cells, bool header, double height,
                          bool shaded)
{
    if (m_painter) {
        if (shaded)
            m_painter->fillRect(QRectF(m_text.left(), m_y, m_text.width(), height), QColor(0xf3, 0xf5, 0xf7));
        const double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
        double x = m_text.left();
        for (int c = 0; c < cells.size() && c < t.widths.size(); ++c) {
            const double w = m_text.width() * t.widths[c] / total;
            const int wrap = t.wrapAnywhere.contains(c) ? Qt::TextWrapAnywhere : Qt::TextWordWrap;
            const double inner = w - 2 * pt(kCellPadding);
            const qsizetype split = cells[c].indexOf(kDetail);
            const QString main = split < 0 ? cells[c] : cells[c].left(split);
            drawText(QRectF(x + pt(kCellPadding), m_y + pt(kCellPadding), inner, height), main,
                     cellFont(t, c, header), header ? muted() : ink(), wrap | Qt::AlignLeft | Qt::AlignTop);
            if (split >= 0) {
                const double below = textHeight(main, cellFont(t, c, header), inner, wrap) + pt(1.5);
                drawText(QRectF(x + pt(kCellPadding), m_y + pt(kCellPadding) + below, inner, height - below),
                         cells[c].mid(split + 1), smallFont(), muted(), wrap | Qt::AlignLeft | Qt::AlignTop);
            }
            x += w;
        }
    }
    m_y += height;
    m_pageEmpty = false;
}

void BriefCanvas::table(const BriefTable &t)
{
    const double headerHeight = rowHeight(t, t.header, true);
    auto drawHeader = [&] {
        horizontalRule(ink(), 0.9);
        drawRow(t, t.header, true, headerHeight, false);
        horizontalRule(ink(), 0.4);
    };
    const double firstRow = t.rows.isEmpty() ? 0 : rowHeight(t, t.rows.first(), false);
    ensureSpace(headerHeight + firstRow + pt(4));
    drawHeader();
    m_pageEmpty = false;
    for (int r = 0; r < t.rows.size(); ++r) {
        const double h = rowHeight(t, t.rows[r], false);
        if (h > remaining() - pt(1)) {
            horizontalRule(ink(), 0.9);
            newPage(true);
            drawHeader();
        }
        drawRow(t, t.rows[r], false, h, r % 2 == 1);
        if (m_painter && r + 1 < t.rows.size()) {
            m_painter->setPen(QPen(QColor(0xdd, 0xe1, 0xe6), pt(0.3)));
            m_painter->drawLine(QPointF(m_text.left(), m_y), QPointF(m_text.right(), m_y));
        }
    }
    horizontalRule(ink(), 0.9);
    m_y += pt(10);
}

void BriefCanvas::figure(const QImage &image, double widthShare, const QString &caption)
{
    if (image.isNull()) return;
    drawnFigure(QSizeF(image.size()), widthShare, [&image](QPainter &p) { p.drawImage(QPointF(0, 0), image); },
                caption);
}

void BriefCanvas::drawnFigure(QSizeF logicalSize, double widthShare, const std::function<void(QPainter &)> &draw,
                              const QString &caption)
{
    if (logicalSize.isEmpty()) return;
    const double w = m_text.width() * widthShare;
    const double h = w * logicalSize.height() / logicalSize.width();
    const double captionHeight = textHeight(caption, captionFont(), w);
    ensureSpace(h + captionHeight + pt(12));
    const QRectF box(m_text.left(), m_y, w, h);
    if (m_painter) {
        m_painter->save();
        m_painter->setClipRect(box);
        m_painter->translate(box.topLeft());
        m_painter->scale(w / logicalSize.width(), h / logicalSize.height());
        draw(*m_painter);
        m_painter->restore();
        m_painter->setPen(QPen(rule(), pt(0.5)));
        m_painter->setBrush(Qt::NoBrush);
        m_painter->drawRect(box);
    }
    m_y += h + pt(5);
    drawText(QRectF(m_text.left(), m_y, w, captionHeight + pt(2)), caption, captionFont(), muted());
    m_y += captionHeight + pt(12);
    m_pageEmpty = false;
}

} // namespace sightline::report
