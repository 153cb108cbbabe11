// Annotations as the map draws them: each kind in its vocabulary colour over a dark halo, so
// that a mark reads on bright and on dark imagery alike; a box labelled with its count and kind
// beside it, not over what it holds; a project's own kind in its own colour.
#include "sightline/render/annotationlayer.h"
#include "sightline/render/maprenderer.h"
#include "sightline/render/transformcache.h"

#include <QGuiApplication>
#include <QTest>

using namespace sightline;
using namespace sightline::render;

namespace {

bool near(QColor a, QColor b, int tolerance)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

int lightness(QColor c)
{
    return (c.red() + c.green() + c.blue()) / 3;
}

MapSettings view(QColor background)
{
    MapSettings s;
    s.crs = QStringLiteral("EPSG:4326");
    s.center = QPointF(130.6, 42.4);
    s.mapUnitsPerPixel = 0.0001;
    s.outputSize = {400, 300};
    s.decorations = false;
    s.background = background;
    return s;
}

Annotation make(const QString &kind, const Geometry &g, AnnotationShape shape, int count = 1)
{
    Annotation a;
    a.meta.id = QUuid::createUuid();
    a.objectKind = kind;
    a.geometry = g;
    a.shape = shape;
    a.count = count;
    a.time = TimeSpan::day(2023, 10, 5);
    return a;
}

} // namespace

class TestAnnotationStyle : public QObject
{
    Q_OBJECT

private slots:
    void readsOnBrightAndDarkImagery()
    {
        const Annotation railcar = make(QStringLiteral("railcar"), Geometry::point(130.6, 42.4), AnnotationShape::Point);
        const LayerList layers{std::make_shared<AnnotationLayer>(QList<Annotation>{railcar})};
        const QColor colour = objectKindColor(QStringLiteral("railcar"));
        QCOMPARE(colour, QColor(QStringLiteral("#ff7f0e"))); // the vocabulary's colour
        for (const QColor background : {QColor(Qt::white), QColor(0xf0, 0xe0, 0xa0), QColor(Qt::black), QColor(0x20, 0x30, 0x20)}) {
            const MapSettings s = view(background);
            const QImage img = MapRenderer::render(s, layers);
            const QPoint c = s.toPixel(QPointF(130.6, 42.4)).toPoint();
            QVERIFY(near(img.pixelColor(c), colour, 20));
            // A dark rim between the mark and the imagery, whatever the imagery.
            QVERIFY2(lightness(img.pixelColor(c + QPoint(4, 0))) < 60, qPrintable(background.name()));
            QVERIFY(near(img.pixelColor(c + QPoint(12, 0)), background, 2));
        }
    }

    void boxIsLabelledBesideWhatItHolds()
    {
        const Annotation box = make(QStringLiteral("railcar"),
                                    Geometry::polygon({{130.595, 42.398}, {130.605, 42.398}, {130.605, 42.402}, {130.595, 42.402},
                                                       {130.595, 42.398}}),
                                    AnnotationShape::Box, 12);
        const MapSettings s = view(Qt::white);
        const QImage img = MapRenderer::render(s, {std::make_shared<AnnotationLayer>(QList<Annotation>{box})});
        if (const QString dir = qEnvironmentVariable("SIGHTLINE_SCREENSHOT_DIR"); !dir.isEmpty())
            img.save(dir + QStringLiteral("/annotationstyle-box.png"));
        const QRect inside = QRectF(s.toPixel({130.595, 42.402}), s.toPixel({130.605, 42.398})).toRect().adjusted(4, 4, -4, -4);
        // Inside: the light fill only, no text over the objects.
        int darkInside = 0, darkOutside = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                const bool dark = lightness(img.pixelColor(x, y)) < 90;
                if (inside.contains(x, y))
                    darkInside += dark;
                else if (!inside.adjusted(-8, -8, 8, 8).contains(x, y))
                    darkOutside += dark; // beyond the outline and its halo: label text
            }
        QCOMPARE(darkInside, 0);
        QVERIFY2(darkOutside > 20, qPrintable(QString::number(darkOutside)));
    }

    void projectKindsHaveTheirColour()
    {
        QList<ObjectKind> vocabulary = builtInObjectKinds();
        vocabulary.insert(vocabulary.size() - 1, ObjectKind{QStringLiteral("tank_wagon"), QStringLiteral("Tank wagon"),
                                                            QStringLiteral("#12ab34"), false});
        QCOMPARE(objectKindColor(QStringLiteral("tank_wagon"), vocabulary), QColor(0x12, 0xab, 0x34));
        // Unknown to the vocabulary: still one stable colour per key.
        QCOMPARE(objectKindColor(QStringLiteral("barge")), objectKindColor(QStringLiteral("Barge")));
    }
};

QTEST_MAIN(TestAnnotationStyle)
#include "tst_annotationstyle.moc"
