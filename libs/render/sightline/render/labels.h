#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

class QPainter;

namespace sightline::render {

// Places labels so that none overlap each other or the symbols they name: each label tries
// the four corners around its anchor (then the four sides), higher priority first; a label with
// no free place is left out. Areas (the areas of interest) are kept clear too where a label can
// go elsewhere: a label of priority kAreaYieldBelow or more that finds no place off every area
// takes the free place that covers the least of them; one of lower priority (place names of the
// basemap) is left out. One placer per frame, on the thread that renders the frame.
class LabelPlacer
{
public:
    explicit LabelPlacer(QRectF frame, double symbolScale);

    // anchor: pixel position; symbolRadius: pixels the symbol covers around it.
    void add(const QString &text, QPointF anchor, double symbolRadius, int priority, bool emphasised = false);
    // An area labels keep off, in frame pixels (an outer ring).
    void addArea(const QPolygonF &pixels);
    static constexpr int kAreaYieldBelow = 0;
    // Decides placements and draws them with a halo.
    void draw(QPainter &painter);
    int placedCount() const { return m_placed; }
    // Loads the labels' fonts (the font's match, its face, the glyphs of a name) by placing and
    // drawing a label: a process's first labels otherwise cost milliseconds at the end of its
    // first frame. For a thread with nothing else to do while the layers are read. Any thread.
    static void loadFonts();

private:
    struct Candidate
    {
        QString text;
        QPointF anchor;
        double radius;
        int priority;
        bool emphasised;
    };
    QRectF m_frame;
    double m_scale;
    QList<Candidate> m_candidates;
    QList<QPolygonF> m_areas;
    int m_placed = 0;
};

} // namespace sightline::render
