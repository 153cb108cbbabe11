// The Series dock on a copy of the demo project: the railcars counted on the synthetic scenes of
// the Tumangang yard, the baseline window the analyst types, its flags, and a date refused.
#include "support/cliprocess.h"

#include "sightline/core/series.h"
#include "sightline/core/sitelookup.h"
#include "sightline/edit/document.h"
#include "sightline/store/project.h"
#include "sightline/ui/seriesview.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestSeriesView : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;

private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_doc = std::make_unique<edit::Document>(Project::open(file, QStringLiteral("analyst")));
    }

    void baselineTypedFlagsTheNewerCount()
    {
        ui::SeriesView view(nullptr);
        view.setDocument(m_doc.get());
        view.setSource([](const Project &p, const QUuid &site, const QString &kind) {
            return buildCountSeries(p.all<Observation>(), site, kind);
        });
        const auto site = findSiteNamed(m_doc->project().all<Site>(), QStringLiteral("tumangang rail facility"));
        QVERIFY(site);
        view.setSite(site->meta.id);
        view.setKind(QStringLiteral("railcar"));
        QVERIFY(!view.series().points.isEmpty());
        QVERIFY(!view.series().baseline);
        bool counted20 = false, counted73 = false;
        for (const SeriesPoint &p : view.series().points)
            if (p.counted) {
                counted20 |= p.value.value == 20.0;
                counted73 |= p.value.value == 73.0;
            }
        QVERIFY(counted20 && counted73);

        view.setBaselineTo(QStringLiteral("2023-10-04"));
        QVERIFY(view.series().baseline);
        QCOMPARE(view.series().baseline->maximum, 20.0);
        int flagged = 0;
        for (const SeriesPoint &p : view.series().points)
            if (p.exceedsBaseline) {
                ++flagged;
                QVERIFY(*seriesValue(p) > 20.0);
            }
        QVERIFY(flagged >= 1);
        auto *problem = view.findChild<QLabel *>(QStringLiteral("seriesProblem"));
        QVERIFY(problem);
        QVERIFY(problem->isHidden());

        // Typed as an analyst would, in the field.
        auto *field = view.findChild<QLineEdit *>(QStringLiteral("seriesBaselineTo"));
        QVERIFY(field);
        field->setText(QStringLiteral("2023-02-30"));
        QMetaObject::invokeMethod(field, "editingFinished");
        QVERIFY(!view.series().baseline);
        QVERIFY(!problem->isHidden());
        QVERIFY2(problem->text().contains(QStringLiteral("2023-02-30")) && problem->text().contains(QStringLiteral("accepted forms")),
                 qPrintable(problem->text()));
        view.setBaselineTo(QString());
        QVERIFY(!view.series().baseline);
        QVERIFY(problem->isHidden());
    }

    // The map's time window veils the chart outside it; the series and its baseline stay whole.
    void timeWindowVeilsTheChartOutsideIt()
    {
        ui::SeriesView view(nullptr);
        view.setDocument(m_doc.get());
        view.setSource([](const Project &p, const QUuid &site, const QString &kind) {
            return buildCountSeries(p.all<Observation>(), site, kind);
        });
        const auto site = findSiteNamed(m_doc->project().all<Site>(), QStringLiteral("tumangang rail facility"));
        QVERIFY(site);
        view.setSite(site->meta.id);
        view.setKind(QStringLiteral("railcar"));
        view.setBaselineTo(QStringLiteral("2023-10-04"));
        const CountSeries whole = view.series();
        const QImage open = view.chartImage(QSize(800, 300));
        view.setTimeWindow(*TimeWindow::parse(QStringLiteral("2023-09-01"), QStringLiteral("2023-12-31"), nullptr));
        QCOMPARE(view.series(), whole);
        const QImage veiled = view.chartImage(QSize(800, 300));
        // Left of the window (the earlier years) is lighter; the picture differs only there and at its edges.
        auto brightness = [](const QImage &image, int x0, int x1) {
            qint64 sum = 0;
            for (int y = 40; y < 250; ++y)
                for (int x = x0; x < x1; ++x)
                    sum += qGray(image.pixel(x, y));
            return sum;
        };
        QVERIFY(brightness(veiled, 80, 300) > brightness(open, 80, 300));
        QVERIFY(open != veiled);
        view.setTimeWindow({});
        QCOMPARE(view.chartImage(QSize(800, 300)), open);
    }
};

QTEST_MAIN(TestSeriesView)
#include "tst_seriesview.moc"
