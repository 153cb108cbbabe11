// sightline-cli merge, diff, conflicts and resolve: the report, JSON, exit codes, bad input
// named in one line with nothing written.
#include "support/cliprocess.h"
#include "support/samplerecords.h"

#include "sightline/store/project.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;
using namespace sightline::test;

class TestCliMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_a, m_b;
    QUuid m_site;

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString base = m_dir.filePath(QStringLiteral("base.gpkg"));
        {
            auto p = Project::create(base, QStringLiteral("Merge"), QStringLiteral("origin"));
            Site site = sampleSite();
            p->save(site);
            m_site = site.meta.id;
        }
        m_a = m_dir.filePath(QStringLiteral("a.gpkg"));
        m_b = m_dir.filePath(QStringLiteral("b.gpkg"));
        QVERIFY(QFile::copy(base, m_a) && QFile::copy(base, m_b));
        for (const auto &[file, who] :
             {std::pair{m_a, QStringLiteral("ana")}, std::pair{m_b, QStringLiteral("ben")}}) {
            auto p = Project::open(file, who);
            Site site = *p->find<Site>(m_site);
            site.notes = who + QStringLiteral(" was here");
            p->save(site);
        }
    }

    void diffListsFieldByField()
    {
        const auto r = runCli({QStringLiteral("diff"), m_a, m_b, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 1);
        QCOMPARE(a[0][QStringLiteral("field")].toString(), QStringLiteral("notes"));
        QCOMPARE(a[0][QStringLiteral("a")].toString(), QStringLiteral("ana was here"));
        QCOMPARE(a[0][QStringLiteral("b")].toString(), QStringLiteral("ben was here"));
        const auto text = runCli({QStringLiteral("diff"), m_a, m_a});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("no differences")));
    }

    void mergeReportsAndKeepsTheConflict()
    {
        const QString out = m_dir.filePath(QStringLiteral("m.gpkg"));
        const auto r =
            runCli({QStringLiteral("merge"), m_a, m_b, QStringLiteral("-o"), out, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o[QStringLiteral("conflicts")].toArray().size(), 1);
        QCOMPARE(o[QStringLiteral("conflicts")].toArray()[0][QStringLiteral("kind")].toString(),
                 QStringLiteral("edit/edit"));
        QVERIFY(!o[QStringLiteral("decisions")].toArray().isEmpty());
        const auto listed = runCli({QStringLiteral("conflicts"), out, QStringLiteral("--json")});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray c = QJsonDocument::fromJson(listed.out.toUtf8()).array();
        QCOMPARE(c.size(), 1);
        const QString id = c[0][QStringLiteral("id")].toString();
        const auto resolved = runCli({QStringLiteral("resolve"), out, id, QStringLiteral("--theirs")});
        QCOMPARE(resolved.exitCode, 0);
        QVERIFY(runCli({QStringLiteral("conflicts"), out})
                    .out.contains(QStringLiteral("no unresolved conflicts")));
        auto p = Project::open(out, QString(), Project::Access::ReadOnly);
        QCOMPARE(p->find<Site>(m_site)->notes, QStringLiteral("ben was here"));
        // An existing output is kept unless --force.
        const auto again = runCli({QStringLiteral("merge"), m_a, m_b, QStringLiteral("-o"), out});
        QCOMPARE(again.exitCode, 2);
    }

    void badInputIsOneLineAndNothingWritten()
    {
        const QString out = m_dir.filePath(QStringLiteral("bad.gpkg"));
        const QString junk = m_dir.filePath(QStringLiteral("junk.gpkg"));
        {
            QFile f(junk);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("junk");
        }
        for (const QStringList &pair : {QStringList{m_a, junk}, QStringList{m_a, m_a},
                                        QStringList{m_a, m_dir.filePath(QStringLiteral("missing.gpkg"))}}) {
            const auto r = runCli({QStringLiteral("merge"), pair[0], pair[1], QStringLiteral("-o"), out});
            QCOMPARE(r.exitCode, 2);
            QCOMPARE(r.err.trimmed().count(u'\n'), 0);
            QVERIFY2(r.err.contains(pair[1]), qPrintable(r.err));
            QVERIFY(!QFile::exists(out));
        }
        QCOMPARE(runCli({QStringLiteral("merge"), m_a, m_b}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliMerge)
#include "tst_cli_merge.moc"
