// "Record as observation": a claim's figure at a site becomes a reported observation, undoably;
// recording it again replaces it; a claim without a figure, a kind or the site is refused.
#include "sightline/core/series.h"
#include "sightline/edit/observationcommands.h"

#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::edit;

class TestObservationCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Document> m_doc;
    Site m_site, m_other;
    Claim m_claim;

    qint64 observationRows()
    {
        return m_doc->project().database().scalarInt(QStringLiteral("SELECT count(*) FROM observations")).value_or(-1);
    }

private slots:
    void init()
    {
        m_doc = std::make_unique<Document>(Project::create(m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_n)),
                                                           QStringLiteral("t"), QStringLiteral("a")));
        Project &p = m_doc->project();
        m_site.meta = {};
        m_site.name = QStringLiteral("Tumangang rail facility");
        m_site.location = {130.6026, 42.4217};
        p.save(m_site);
        m_other = m_site;
        m_other.meta = {};
        m_other.name = QStringLiteral("Khasan");
        p.save(m_other);
        Source src;
        src.publisher = QStringLiteral("CSIS");
        p.save(src);
        m_claim = Claim();
        m_claim.sourceId = src.meta.id;
        m_claim.quote = QStringLiteral("about 73 railcars");
        m_claim.siteIds = {m_site.meta.id};
        m_claim.time = TimeSpan::day(2023, 10, 5);
        m_claim.quantity.value = 73;
        m_claim.quantity.approximate = true;
        m_claim.quantity.unit = QStringLiteral("railcars");
        m_claim.quantity.objectKind = QStringLiteral("railcar");
        m_claim.quantity.measure = Measure::Count;
        p.save(m_claim);
    }

    void cleanup() { m_doc.reset(); }

    void recordUndoRedo()
    {
        auto *cmd = recordClaimAsObservationCommand(*m_doc, m_claim, m_site.meta.id, QStringLiteral("Record"));
        QVERIFY(cmd);
        QCOMPARE(m_doc->push(cmd), QString());
        QCOMPARE(observationRows(), 1);
        const Observation o = m_doc->project().all<Observation>().first();
        QCOMPARE(o.claimId, m_claim.meta.id);
        QVERIFY(o.sceneId.isNull());
        QCOMPARE(o.siteId, m_site.meta.id);
        QCOMPARE(o.count, m_claim.quantity);
        QCOMPARE(o.time, m_claim.time);
        const CountSeries s = buildCountSeries(m_doc->project().all<Observation>(), m_site.meta.id,
                                               QStringLiteral("railcar"));
        QCOMPARE(s.points.size(), 1);
        QVERIFY(!s.points[0].counted);

        m_doc->undoStack().undo();
        QCOMPARE(observationRows(), 0);
        m_doc->undoStack().redo();
        QCOMPARE(observationRows(), 1);
        QCOMPARE(m_doc->project().all<Observation>().first().meta.id, o.meta.id);
    }

    void recordingAgainReplaces()
    {
        QCOMPARE(m_doc->push(recordClaimAsObservationCommand(*m_doc, m_claim, m_site.meta.id, QStringLiteral("Record"))),
                 QString());
        m_claim.quantity.value = 75;
        m_doc->project().save(m_claim);
        QCOMPARE(m_doc->push(recordClaimAsObservationCommand(*m_doc, m_claim, m_site.meta.id, QStringLiteral("Record"))),
                 QString());
        QCOMPARE(observationRows(), 1);
        QCOMPARE(m_doc->project().all<Observation>().first().count.value, 75.0);
        m_doc->undoStack().undo(); // back to what the first recording stored
        QCOMPARE(observationRows(), 1);
        QCOMPARE(m_doc->project().all<Observation>().first().count.value, 73.0);
    }

    void refusedClaims()
    {
        QVERIFY(!recordClaimAsObservationCommand(*m_doc, m_claim, m_other.meta.id, QStringLiteral("Record")));
        QVERIFY(!recordClaimAsObservationCommand(*m_doc, m_claim, QUuid(), QStringLiteral("Record")));
        Claim noFigure = m_claim;
        noFigure.quantity = Quantity();
        QCOMPARE(observationFromClaimProblem(noFigure, m_site.meta.id), QStringLiteral("the claim has no figure"));
        QVERIFY(!recordClaimAsObservationCommand(*m_doc, noFigure, m_site.meta.id, QStringLiteral("Record")));
        Claim noKind = m_claim;
        noKind.quantity.objectKind.clear();
        QVERIFY(!observationFromClaimProblem(noKind, m_site.meta.id).isEmpty());
        QCOMPARE(observationRows(), 0);
        QCOMPARE(m_doc->undoStack().count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestObservationCommands)
#include "tst_observationcommands.moc"
