// Building the overviews an image lacks: an external .ovr beside it, the image's bytes untouched,
// progress that only rises, cancelling that leaves nothing behind, and one line naming the file
// when the overviews cannot be written.
#include "support/testrasters.h"

#include "sightline/geo/overviewbuilder.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace sightline;
using namespace sightline::test;

namespace {
QByteArray sha256(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestOverviews : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    QString makeImage(const QString &name, int size = 2048)
    {
        RasterSpec s;
        s.width = s.height = size;
        s.gradient = true;
        const QString file = m_dir.filePath(name);
        return makeRaster(file, s) ? file : QString();
    }

private slots:
    void buildsExternalOverviewsWithRisingProgress()
    {
        const QString file = makeImage(QStringLiteral("plain.tif"));
        QVERIFY(!file.isEmpty());
        const QByteArray before = sha256(file);
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 0);
        QVERIFY(geo::OverviewBuilder::needsOverviews(file));

        QList<double> seen;
        const auto r = geo::OverviewBuilder::build(file, [&](double f) {
            seen << f;
            return true;
        });
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(!r.cancelled);
        // 2048 → 1024, 512, 256.
        QCOMPARE(r.overviewCount, 3);
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 3);
        QVERIFY(QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QVERIFY(!geo::OverviewBuilder::needsOverviews(file));
        QCOMPARE(sha256(file), before); // opened read-only: the image itself is unchanged

        QVERIFY(seen.size() > 3);
        QCOMPARE(seen.first(), 0.0);
        QCOMPARE(seen.last(), 1.0);
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY2(seen[i] >= seen[i - 1], qPrintable(QStringLiteral("%1 after %2").arg(seen[i]).arg(seen[i - 1])));
        QVERIFY(std::any_of(seen.begin(), seen.end(), [](double f) { return f > 0.2 && f < 0.8; }));

        // A second build leaves the overviews as they are.
        const auto again = geo::OverviewBuilder::build(file);
        QVERIFY(again.ok);
        QCOMPARE(again.overviewCount, 3);
    }

    void smallImageNeedsNone()
    {
        const QString file = makeImage(QStringLiteral("small.tif"), 200);
        QVERIFY(!geo::OverviewBuilder::needsOverviews(file));
        const auto r = geo::OverviewBuilder::build(file);
        QVERIFY(r.ok);
        QCOMPARE(r.overviewCount, 0);
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
    }

    void cancelRemovesTheOverviewFile()
    {
        const QString file = makeImage(QStringLiteral("cancel.tif"));
        const QByteArray before = sha256(file);
        double last = 0;
        const auto r = geo::OverviewBuilder::build(file, [&](double f) {
            last = f;
            return f < 0.3; // cancel part way, once GDAL has started writing
        });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(r.error.isEmpty());
        QVERIFY2(last >= 0.3 && last < 1.0, qPrintable(QString::number(last)));
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 0);
        QCOMPARE(sha256(file), before);
        // Cancelled before the start: nothing written either.
        const auto r0 = geo::OverviewBuilder::build(file, [](double) { return false; });
        QVERIFY(r0.cancelled);
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
    }

    void cancelAtTheLastStepLeavesNoFile()
    {
        // The cancel comes as GDAL reports its last step, when it has written the whole .ovr
        // under its final name: it still wins.
        const QString file = makeImage(QStringLiteral("late.tif"));
        const QByteArray before = sha256(file);
        double last = 0;
        const auto r = geo::OverviewBuilder::build(file, [&](double f) {
            last = f;
            return f < 1.0;
        });
        QCOMPARE(last, 1.0);
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 0);
        QCOMPARE(sha256(file), before);

        // The cancel comes at the very last call, after GDAL is done and the .ovr closed: a
        // build of the same image tells which call that is.
        int calls = 0;
        QVERIFY(geo::OverviewBuilder::build(makeImage(QStringLiteral("count.tif")), [&](double) {
                    ++calls;
                    return true;
                }).ok);
        int call = 0;
        const auto r2 = geo::OverviewBuilder::build(file, [&](double) { return ++call < calls; });
        QCOMPARE(call, calls);
        QVERIFY(!r2.ok);
        QVERIFY(r2.cancelled);
        QVERIFY(!r2.written);
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 0);
        QCOMPARE(sha256(file), before);
    }

    void discardRemovesWhatABuildWrote()
    {
        // A cancel that comes after the build has returned: its caller discards the .ovr.
        const QString file = makeImage(QStringLiteral("discard.tif"));
        const auto r = geo::OverviewBuilder::build(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.written);
        geo::OverviewBuilder::discard(file);
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), 0);
        // A build that found overviews already there wrote nothing.
        QVERIFY(geo::OverviewBuilder::build(file).written);
        const auto again = geo::OverviewBuilder::build(file);
        QVERIFY(again.ok);
        QVERIFY(!again.written);
    }

    void readOnlyFileKeepsItsBytes()
    {
        const QString file = makeImage(QStringLiteral("readonly.tif"));
        QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = sha256(file);
        const auto r = geo::OverviewBuilder::build(file);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.overviewCount, 3);
        QCOMPARE(sha256(file), before);
    }

    void overviewFileThatCannotBeWrittenIsNamed()
    {
        // A folder where the .ovr would go stands for any place that cannot be written (even by root).
        const QString file = makeImage(QStringLiteral("blocked.tif"));
        QVERIFY(QDir().mkdir(geo::OverviewBuilder::overviewPath(file)));
        const auto r = geo::OverviewBuilder::build(file);
        QVERIFY(!r.ok);
        QVERIFY(!r.cancelled);
        QVERIFY2(r.error.startsWith(file + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("blocked.tif.ovr")), qPrintable(r.error));
        QVERIFY(!r.error.contains(u'\n'));
        QVERIFY(QFileInfo(geo::OverviewBuilder::overviewPath(file)).isDir());
    }

    void unwritableFolderIsNamed()
    {
        if (::geteuid() == 0)
            QSKIP("running as root: every folder is writable");
        QTemporaryDir dir;
        RasterSpec s;
        s.width = s.height = 1024;
        const QString file = dir.filePath(QStringLiteral("locked.tif"));
        QVERIFY(makeRaster(file, s));
        QVERIFY(QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner));
        const auto r = geo::OverviewBuilder::build(file);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(file + QStringLiteral(": ")), qPrintable(r.error));
        QVERIFY2(r.error.contains(QStringLiteral("not writable")), qPrintable(r.error));
        QVERIFY(!QFile::exists(geo::OverviewBuilder::overviewPath(file)));
    }

    void missingFileIsNamed()
    {
        const QString file = m_dir.filePath(QStringLiteral("missing.tif"));
        const auto r = geo::OverviewBuilder::build(file);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.startsWith(file + QStringLiteral(": ")), qPrintable(r.error));
        QCOMPARE(geo::OverviewBuilder::overviewCount(file), -1);
    }
};

QTEST_GUILESS_MAIN(TestOverviews)
#include "tst_geo_overviews.moc"
