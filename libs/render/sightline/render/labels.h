#pragma once

#include <QFont>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

namespace sightline::render {

// Places labels so that none overlap each other or the symbols they name: each label tries
// the four corners around its anchor, higher priority first; a label with no free corner is
// left out. One placer per frame, on the thread that renders the frame.
class LabelPlacer
{
public:
    explicit LabelPlacer(QRectF frame, double symbolScale);

    // anchor: pixel position; symbolRadius: pixels the symbol covers around it.
    void add(const QString &text, QPointF anchor, double symbolRadius, int priority, bool emphasised = false);
    // Decides placements and draws them with a halo.
    void draw(QPainter &painter);
    int placedCount() const { return m_placed; }

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
    int m_placed = 0;
};

} // namespace sightline::render
