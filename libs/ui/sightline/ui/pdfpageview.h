#pragma once

#include <QAbstractScrollArea>
#include <QHash>
#include <QImage>
#include <QPdfSelection>

#include <optional>

class QPdfDocument;

namespace sightline::ui {

// The pages of a PDF one below the other, scaled to fit the width, drawn with
// QPdfDocument::render as they come into view. Dragging over a page selects its text
// (QPdfDocument::getSelection, in page points) and highlights it; a selection stays on the
// page where the drag began. GUI thread only.
class PdfPageView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit PdfPageView(QWidget *parent = nullptr);
    // The document to show (not owned); null shows nothing.
    void setDocument(QPdfDocument *document);
    QPdfDocument *document() const { return m_document; }

    // The page the selection is on (from 0), or -1 when nothing is selected.
    int selectionPage() const { return m_selection && !m_selection->text().isEmpty() ? m_selectionPage : -1; }
    QString selectedText() const { return selectionPage() < 0 ? QString() : m_selection->text(); }
    void clearSelection();

    // Scrolls so that the page's top is in view.
    void scrollToPage(int page);
    // Where a point of a page (in points from its top left corner) is in the viewport, after
    // scrolling it into view.
    QPoint viewportPosition(int page, QPointF pagePoint);
    // Pixels per point at the present width.
    double zoom() const { return m_zoom; }
    // Magnification over fitting the width (1: fit); Ctrl+wheel and Ctrl+plus/minus change it.
    void setMagnification(double factor);
    double magnification() const { return m_magnification; }

signals:
    void selectionChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;

private:
    void layoutPages();
    // The page under a viewport position and the point on it; page -1 when between pages.
    std::pair<int, QPointF> pageAt(QPointF viewportPos, bool clampToPage = false) const;
    QRectF pageRectInViewport(int page) const;
    QImage pageImage(int page);
    QList<QRectF> selectionLines() const;

    QPdfDocument *m_document = nullptr;
    QList<QRectF> m_pages; // in content pixels
    double m_zoom = 1.0;
    double m_magnification = 1.0;
    QHash<int, QImage> m_cache;
    int m_selectionPage = -1;
    QPointF m_selectionStart;
    std::optional<QPdfSelection> m_selection; // QPdfSelection has no public empty state
    bool m_dragging = false;
};

} // namespace sightline::ui
