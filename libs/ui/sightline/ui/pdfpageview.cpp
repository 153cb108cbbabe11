#include "sightline/ui/pdfpageview.h"

#include <QApplication>
#include <QClipboard>
#include <QKeyEvent>
#include <QPainter>
#include <QPdfDocument>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace sightline::ui {
namespace {
constexpr double kGapPixels = 12;
constexpr int kCachedPages = 6;
} // namespace

PdfPageView::PdfPageView(QWidget *parent) : QAbstractScrollArea(parent)
{
    viewport()->setCursor(Qt::IBeamCursor);
    viewport()->setBackgroundRole(QPalette::Dark);
    viewport()->setAutoFillBackground(true);
    setFocusPolicy(Qt::StrongFocus);
    // Pages fit the width unless magnified. A vertical bar that came and went with the
    // content's height would change that width, and so the height, back and forth without end.
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    verticalScrollBar()->setSingleStep(40);
}

void PdfPageView::setDocument(QPdfDocument *document)
{
    m_document = document;
    m_cache.clear();
    m_selection.reset();
    m_selectionPage = -1;
    layoutPages();
    verticalScrollBar()->setValue(0);
    viewport()->update();
    emit selectionChanged();
}

void PdfPageView::clearSelection()
{
    m_selection.reset();
    m_selectionPage = -1;
    viewport()->update();
    emit selectionChanged();
}

void PdfPageView::layoutPages()
{
    m_pages.clear();
    const int count = m_document ? m_document->pageCount() : 0;
    double widest = 0;
    for (int p = 0; p < count; ++p)
        widest = std::max(widest, m_document->pagePointSize(p).width());
    const double available = viewport()->width() - 2 * kGapPixels;
    const double zoom = widest > 0 ? std::clamp(available / widest * m_magnification, 0.2, 8.0) : 1.0;
    if (!qFuzzyCompare(zoom, m_zoom))
        m_cache.clear();
    m_zoom = zoom;
    double y = kGapPixels;
    double width = 0;
    for (int p = 0; p < count; ++p) {
        const QSizeF size = m_document->pagePointSize(p) * m_zoom;
        m_pages << QRectF(QPointF(0, y), size);
        y += size.height() + kGapPixels;
        width = std::max(width, size.width());
    }
    const double contentWidth = width + 2 * kGapPixels;
    for (QRectF &r : m_pages) // centred across the width
        r.moveLeft(std::max(kGapPixels, (std::max(contentWidth, double(viewport()->width())) - r.width()) / 2));
    verticalScrollBar()->setRange(0, std::max(0, int(std::ceil(y)) - viewport()->height()));
    verticalScrollBar()->setPageStep(viewport()->height());
    horizontalScrollBar()->setRange(0, std::max(0, int(std::floor(contentWidth)) - viewport()->width()));
    horizontalScrollBar()->setPageStep(viewport()->width());
}

QRectF PdfPageView::pageRectInViewport(int page) const
{
    return m_pages.value(page).translated(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
}

std::pair<int, QPointF> PdfPageView::pageAt(QPointF viewportPos, bool clampToPage) const
{
    for (int p = 0; p < m_pages.size(); ++p) {
        const QRectF r = pageRectInViewport(p);
        if (clampToPage ? p == m_selectionPage : r.contains(viewportPos)) {
            QPointF onPage = (viewportPos - r.topLeft()) / m_zoom;
            const QSizeF size = m_document->pagePointSize(p);
            onPage.rx() = std::clamp(onPage.x(), 0.0, size.width());
            onPage.ry() = std::clamp(onPage.y(), 0.0, size.height());
            return {p, onPage};
        }
    }
    return {-1, {}};
}

void PdfPageView::scrollToPage(int page)
{
    if (page >= 0 && page < m_pages.size())
        verticalScrollBar()->setValue(int(m_pages[page].top() - kGapPixels));
}

QPoint PdfPageView::viewportPosition(int page, QPointF pagePoint)
{
    if (page < 0 || page >= m_pages.size())
        return {};
    const QPointF content = m_pages[page].topLeft() + pagePoint * m_zoom;
    const double y = content.y() - verticalScrollBar()->value();
    if (y < 0 || y >= viewport()->height())
        verticalScrollBar()->setValue(int(content.y() - viewport()->height() / 3.0));
    return (content - QPointF(horizontalScrollBar()->value(), verticalScrollBar()->value())).toPoint();
}

QList<QRectF> PdfPageView::selectionLines() const
{
    // PDFium gives a box per run of characters; joined line by line they read as one highlight.
    QList<QRectF> lines;
    for (const QPolygonF &poly : m_selection->bounds()) {
        const QRectF r = poly.boundingRect();
        auto same = std::find_if(lines.begin(), lines.end(), [&](const QRectF &l) {
            const double overlap = std::min(l.bottom(), r.bottom()) - std::max(l.top(), r.top());
            return overlap > 0.5 * std::min(l.height(), r.height());
        });
        if (same == lines.end())
            lines << r;
        else
            *same = same->united(r);
    }
    return lines;
}

QImage PdfPageView::pageImage(int page)
{
    if (const auto it = m_cache.constFind(page); it != m_cache.constEnd())
        return *it;
    if (m_cache.size() >= kCachedPages)
        m_cache.clear(); // pages are cheap to draw again; memory is not unlimited
    const qreal dpr = devicePixelRatioF();
    QImage image = m_document->render(page, (m_pages[page].size() * dpr).toSize());
    image.setDevicePixelRatio(dpr);
    m_cache.insert(page, image);
    return image;
}

void PdfPageView::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    if (!m_document)
        return;
    const QRectF visible = viewport()->rect();
    for (int p = 0; p < m_pages.size(); ++p) {
        const QRectF r = pageRectInViewport(p);
        if (!r.intersects(visible))
            continue;
        painter.fillRect(r.translated(2, 2), QColor(0, 0, 0, 60)); // a shadow to lift the page
        painter.fillRect(r, Qt::white);
        painter.drawImage(r.topLeft(), pageImage(p));
        if (p == m_selectionPage && m_selection && m_selection->isValid()) {
            painter.save();
            painter.translate(r.topLeft());
            painter.scale(m_zoom, m_zoom);
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(40, 110, 220, 90));
            for (const QRectF &line : selectionLines())
                painter.drawRect(line);
            painter.restore();
        }
    }
}

void PdfPageView::resizeEvent(QResizeEvent *event)
{
    // Keep the same place in view as the width, and so the zoom, changes.
    const double fraction = verticalScrollBar()->maximum() > 0
                                ? double(verticalScrollBar()->value()) / verticalScrollBar()->maximum()
                                : 0.0;
    QAbstractScrollArea::resizeEvent(event);
    layoutPages();
    verticalScrollBar()->setValue(int(fraction * verticalScrollBar()->maximum()));
}

void PdfPageView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void PdfPageView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || !m_document)
        return QAbstractScrollArea::mousePressEvent(event);
    const auto [page, point] = pageAt(event->position());
    m_selection.reset();
    m_selectionPage = page;
    m_selectionStart = point;
    m_dragging = page >= 0;
    viewport()->update();
}

void PdfPageView::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QAbstractScrollArea::mouseMoveEvent(event);
    const auto [page, point] = pageAt(event->position(), true);
    if (page != m_selectionPage)
        return;
    m_selection = m_document->getSelection(page, m_selectionStart, point);
    viewport()->update();
}

void PdfPageView::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_dragging)
        return QAbstractScrollArea::mouseReleaseEvent(event);
    mouseMoveEvent(event);
    m_dragging = false;
    emit selectionChanged();
}

void PdfPageView::setMagnification(double factor)
{
    factor = std::clamp(factor, 1.0, 6.0);
    if (qFuzzyCompare(factor, m_magnification))
        return;
    const double fraction = verticalScrollBar()->maximum() > 0
                                ? double(verticalScrollBar()->value()) / verticalScrollBar()->maximum()
                                : 0.0;
    m_magnification = factor;
    layoutPages();
    verticalScrollBar()->setValue(int(fraction * verticalScrollBar()->maximum()));
    viewport()->update();
}

void PdfPageView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        setMagnification(m_magnification * std::pow(1.2, event->angleDelta().y() / 120.0));
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void PdfPageView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::ZoomIn) || (event->key() == Qt::Key_Equal && event->modifiers() & Qt::ControlModifier)) {
        setMagnification(m_magnification * 1.25);
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        setMagnification(m_magnification / 1.25);
        return;
    }
    if (event->matches(QKeySequence::Copy) && selectionPage() >= 0) {
        QApplication::clipboard()->setText(selectedText());
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

} // namespace sightline::ui
