#pragma once

#include "sightline/report/briefoptions.h"

#include <QColor>
#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QPainter;
class QPaintDevice;

namespace sightline::report {

// A place the outline and the table of contents lead to: a section (level 0) or a part of one
// (level 1, a site), on a page at a height.
struct BriefAnchor
{
    QString title;
    int level = 0;
    int page = 0; // 0-based
    double y = 0; // device units from the top of the page
};

// A link drawn on a page (a line of the table of contents) to an anchor.
struct BriefLink
{
    int page = 0;
    QRectF rect; // device units
    int anchor = 0;
};

// Splits a table cell into its text and a detail line set smaller and muted below it (a claim's
// source under its quote).
inline constexpr QChar kDetail = QChar(0x1E);

// A table as the brief prints it: a header row, rows of wrapped text, columns by share of the
// width. A row never splits; the header repeats on each page the table runs onto.
struct BriefTable
{
    QStringList header;
    QList<double> widths; // shares of the text width, one a column
    QList<QStringList> rows;
    QList<int> monoColumns; // columns set in the monospaced face
    QList<int> boldColumns;
    QList<int> wrapAnywhere; // columns that may break inside a word (URLs, hashes)
};

// The page a brief is set on, and the pen that moves down it: page geometry, the type styles,
// the marking banners, running header and folio on every page, and flowing text, tables and
// figures from page to page. Coordinates are device units (a tenth of a point).
//
// Without a painter it only measures: the same calls lay out the same pages, so a first pass
// finds where every anchor falls and a last pass draws with the table of contents filled in.
// One thread: the one that owns the paint device.
class BriefCanvas
{
  public:
    static constexpr double kUnitsPerPoint = 10.0;
    static constexpr int kResolution = 720; // dots per inch of the device: 10 a point
    static constexpr double kSideMarginPoints = 64;

    struct Page
    {
        QString title; // the running header
        std::optional<Marking> marking;
        int totalPages = 0;         // 0 when not known yet
        QList<BriefAnchor> anchors; // from the pass before (for the table of contents)
        BriefOptions::Template layout = BriefOptions::Template::Default;
    };

    BriefCanvas(QPaintDevice *device, QPainter *painter, Page page);

    static double pt(double points) { return points * kUnitsPerPoint; }
    bool isMeasuring() const { return m_painter == nullptr; }
    bool isCompact() const { return m_page.layout == BriefOptions::Template::Compact; }
    QPainter *painter() const { return m_painter; }
    const Page &page() const { return m_page; }

    // Type: serif text, sans headings and tables, a monospaced face for hashes.
    QFont bodyFont() const;
    QFont smallFont() const;
    QFont captionFont() const;
    QFont headingFont(int level) const;
    QFont tableFont() const;
    QFont monoFont() const;
    static QColor ink() { return QColor(0x1a, 0x1a, 0x1a); }
    static QColor muted() { return QColor(0x5f, 0x63, 0x68); }
    static QColor accent() { return QColor(0x1f, 0x3a, 0x5f); }
    static QColor rule() { return QColor(0xb8, 0xbe, 0xc6); }

    QSizeF pageSize() const { return m_pageSize; }
    QRectF textArea() const { return m_text; }
    int pageIndex() const { return m_pageIndex; }
    int pageCount() const { return m_pageIndex + 1; }
    double y() const { return m_y; }
    double remaining() const { return m_text.bottom() - m_y; }
    void setY(double y) { m_y = y; }

    // Ends the page (unless nothing was set on it yet and force is false) and begins the next.
    void newPage(bool force = false);
    // Begins a new page when less than height is left.
    void ensureSpace(double height);
    void space(double points) { m_y += pt(points); }

    // Marks the pen's place as a destination for the outline and the contents.
    void anchor(const QString &title, int level);
    const QList<BriefAnchor> &anchors() const { return m_anchors; }
    void link(const QRectF &rect, int anchor);
    const QList<BriefLink> &links() const { return m_links; }

    // Height of text set in width (device units).
    double textHeight(const QString &text, const QFont &font, double width,
                      int flags = Qt::TextWordWrap) const;
    // Draws text in a rectangle (nothing when measuring).
    void drawText(const QRectF &rect, const QString &text, const QFont &font, const QColor &color,
                  int flags = Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop) const;
    // A paragraph at the pen, wrapped to the text width less indent, moving the pen below it;
    // a paragraph taller than what is left begins a new page.
    void paragraph(const QString &text, const QFont &font, const QColor &color = ink(),
                   double indentPoints = 0, double spaceAfterPoints = 6);
    // A section title (level 0: new page unless compact, an anchor) or a sub-heading.
    void heading(const QString &text, int level, bool anchored);
    // A thin rule across the text width.
    void horizontalRule(const QColor &color = rule(), double widthPoints = 0.5);
    void table(const BriefTable &table);
    // An image across the text width (or widthShare of it), its caption below, kept together.
    void figure(const QImage &image, double widthShare, const QString &caption);
    // A figure drawn by a painter class (a chart, a timeline, a vector map) across the text width
    // (or widthShare of it), its caption below, kept together: draw paints into logicalSize, scaled
    // to the box, so that what it draws stays vectors and text in the PDF. Not called when measuring.
    void drawnFigure(QSizeF logicalSize, double widthShare, const std::function<void(QPainter &)> &draw,
                     const QString &caption);

  private:
    void beginPage();
    void drawPageFurniture();
    double rowHeight(const BriefTable &t, const QStringList &cells, bool header) const;
    double cellHeight(const BriefTable &t, int column, const QString &cell, bool header, double width) const;
    void drawRow(const BriefTable &t, const QStringList &cells, bool header, double height, bool shaded);
    QFont cellFont(const BriefTable &t, int column, bool header) const;

    QPaintDevice *m_device;
    QPainter *m_painter;
    Page m_page;
    QSizeF m_pageSize;
    QRectF m_text;
    int m_pageIndex = 0;
    double m_y = 0;
    bool m_pageEmpty = true;
    QList<BriefAnchor> m_anchors;
    QList<BriefLink> m_links;
};

} // namespace sightline::report
