#pragma once

// GDAL's own tools, asked whether a project file is a GeoPackage they read without complaint.
#include <QFileInfo>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace sightline::test {

// ogrinfo lists every expected layer, exits 0 and says nothing on stderr. Check
// QTest::currentTestFailed() after calling.
inline void checkOgrinfoLists(const QString &file, const QStringList &layers)
{
    QProcess ogr;
    ogr.start(QStringLiteral("ogrinfo"), {QStringLiteral("-ro"), QStringLiteral("-al"), QStringLiteral("-so"), file});
    if (!ogr.waitForStarted())
        QFAIL("ogrinfo (gdal-bin) is not installed");
    QVERIFY(ogr.waitForFinished(60000));
    const QString out = QString::fromUtf8(ogr.readAllStandardOutput());
    const QString err = QString::fromUtf8(ogr.readAllStandardError());
    QCOMPARE(ogr.exitCode(), 0);
    QVERIFY2(!err.contains(QStringLiteral("ERROR")) && !err.contains(QStringLiteral("Warning")), qPrintable(err));
    for (const QString &layer : layers)
        QVERIFY2(out.contains(QStringLiteral("Layer name: ") + layer), qPrintable(layer));
}

// GDAL's validate_gpkg.py (python3-gdal); false when it is not installed.
inline bool gdalValidatorInstalled()
{
    return QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"));
}

inline void checkGdalValidatorAccepts(const QString &file)
{
    QProcess v;
    v.start(QStringLiteral("/usr/bin/python3"),
            {QStringLiteral("/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py"), file});
    QVERIFY(v.waitForFinished(120000));
    QVERIFY2(v.exitCode() == 0, qPrintable(QString::fromUtf8(v.readAllStandardError() + v.readAllStandardOutput())));
}

} // namespace sightline::test
