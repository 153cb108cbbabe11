// Builds the .deb from this build tree with CPack and checks it as Debian's tools would: its
// control fields and Depends, its files, the desktop entry, the AppStream metainfo, the MIME type
// and the icons; then runs the packaged command-line tool.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString &program, const QStringList &args, const QString &workDir = {})
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    p.start(program, args);
    if (!p.waitForFinished(300000))
        return {-1, QStringLiteral("%1 did not finish").arg(program)};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAll())};
}

const QString kAppId = QStringLiteral("org.sightline.Sightline");

} // namespace

class TstDebPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void controlFields();
    void files();
    void desktopEntry();
    void metainfo();
    void mimeType();
    void icons();
    void packagedCliRuns();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root; // the package's files, extracted
};

void TstDebPackage::initTestCase()
{
    for (const char *tool : {"cpack", "dpkg-deb", "dpkg-shlibdeps", "desktop-file-validate", "appstreamcli",
                             "update-mime-database"})
        QVERIFY2(!QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty(),
                 qPrintable(QStringLiteral("%1 is missing: packaging/install-deps.sh installs it").arg(QLatin1String(tool))));
    QVERIFY(m_dir.isValid());
    const Run made = run(QStringLiteral("cpack"), {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"),
                                                   m_dir.path(), QStringLiteral("--config"),
                                                   QStringLiteral(SIGHTLINE_BUILD_DIR "/CPackConfig.cmake")});
    QVERIFY2(made.exitCode == 0, qPrintable(made.out));
    const QStringList debs = QDir(m_dir.path()).entryList({QStringLiteral("*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QCOMPARE(debs.first(), QStringLiteral("sightline_" SIGHTLINE_VERSION "_amd64.deb"));
    m_deb = m_dir.filePath(debs.first());
    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run extracted = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(extracted.exitCode == 0, qPrintable(extracted.out));
}

void TstDebPackage::controlFields()
{
    const Run info = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb, QStringLiteral("Package"),
                                                      QStringLiteral("Version"), QStringLiteral("Architecture"),
                                                      QStringLiteral("Section"), QStringLiteral("Depends")});
    QCOMPARE(info.exitCode, 0);
    QVERIFY2(info.out.contains(QStringLiteral("Package: sightline\n")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Version: " SIGHTLINE_VERSION "\n")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Architecture: amd64\n")), qPrintable(info.out));
    QVERIFY2(info.out.contains(QStringLiteral("Section: science\n")), qPrintable(info.out));
    // The shared libraries the binaries link, found by dpkg-shlibdeps, and the data read at run time.
    const QString depends = info.out.section(QStringLiteral("Depends: "), 1);
    for (const char *pkg : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6pdf6", "libgdal32", "libproj25",
                            "libsqlite3-0", "libgeographic", "libc6", "qgis-common", "proj-data", "gdal-data"})
        QVERIFY2(depends.contains(QLatin1String(pkg)), qPrintable(QStringLiteral("Depends lacks %1: %2").arg(QLatin1String(pkg), depends)));
    // Versioned, as dpkg-shlibdeps writes them: a package built here never installs against older libraries.
    QVERIFY2(QRegularExpression(QStringLiteral("libgdal32 \\(>= [0-9.]+")).match(depends).hasMatch(), qPrintable(depends));
}

void TstDebPackage::files()
{
    const Run list = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QCOMPARE(list.exitCode, 0);
    for (const QString &path : {QStringLiteral("./usr/bin/sightline"), QStringLiteral("./usr/bin/sightline-cli"),
                                QStringLiteral("./usr/share/applications/%1.desktop").arg(kAppId),
                                QStringLiteral("./usr/share/metainfo/%1.metainfo.xml").arg(kAppId),
                                QStringLiteral("./usr/share/mime/packages/sightline-project.xml"),
                                QStringLiteral("./usr/libexec/sightline/sightline-pdftext"),
                                QStringLiteral("./usr/share/icons/hicolor/scalable/apps/%1.svg").arg(kAppId)})
        QVERIFY2(list.out.contains(path + u'\n'), qPrintable(QStringLiteral("%1 is not in the package").arg(path)));
    // Stripped: what ships is not the build tree's binaries with their debug information.
    const Run file = run(QStringLiteral("readelf"), {QStringLiteral("-S"), m_root + QStringLiteral("/usr/bin/sightline")});
    QCOMPARE(file.exitCode, 0);
    QVERIFY2(!file.out.contains(QStringLiteral(".debug_info")), "the packaged binary keeps its debug information");
}

void TstDebPackage::desktopEntry()
{
    const QString desktop = m_root + QStringLiteral("/usr/share/applications/%1.desktop").arg(kAppId);
    const Run valid = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(valid.exitCode == 0 && valid.out.trimmed().isEmpty(), qPrintable(valid.out));
    QFile f(desktop);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    // A double click on a project opens it: the entry takes a file and names the project's MIME type.
    QVERIFY(text.contains(QStringLiteral("\nExec=sightline %f\n")));
    QVERIFY(text.contains(QStringLiteral("\nMimeType=application/x-sightline-project;\n")));
    QVERIFY(text.contains(QStringLiteral("\nIcon=%1\n").arg(kAppId)));
}

void TstDebPackage::metainfo()
{
    const QString file = m_root + QStringLiteral("/usr/share/metainfo/%1.metainfo.xml").arg(kAppId);
    const Run valid = run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"), file});
    QVERIFY2(valid.exitCode == 0, qPrintable(valid.out));
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(QStringLiteral("<release version=\"" SIGHTLINE_VERSION "\"")), "the release is not the build's version");
    QVERIFY(text.contains(QStringLiteral("<launchable type=\"desktop-id\">%1.desktop</launchable>").arg(kAppId)));
}

void TstDebPackage::mimeType()
{
    // The packaged definition compiles into a MIME database of its own, and that database knows
    // a GeoPackage's magic (the application id "GPKG" at byte 68) for the type.
    QTemporaryDir db;
    QVERIFY(QDir(db.path()).mkpath(QStringLiteral("packages")));
    QVERIFY(QFile::copy(m_root + QStringLiteral("/usr/share/mime/packages/sightline-project.xml"),
                        db.filePath(QStringLiteral("packages/sightline-project.xml"))));
    const Run update = run(QStringLiteral("update-mime-database"), {db.path()});
    QVERIFY2(update.exitCode == 0, qPrintable(update.out));
    QVERIFY(QFile::exists(db.filePath(QStringLiteral("application/x-sightline-project.xml"))));
    QFile magic(db.filePath(QStringLiteral("magic")));
    QVERIFY(magic.open(QIODevice::ReadOnly));
    const QByteArray bytes = magic.readAll();
    QVERIFY2(bytes.contains("application/x-sightline-project") && bytes.contains("GPKG"), "no magic for the type");
    QFile globs(db.filePath(QStringLiteral("globs2")));
    QVERIFY(globs.open(QIODevice::ReadOnly));
    QVERIFY(globs.readAll().contains("application/x-sightline-project:*.gpkg"));
}

void TstDebPackage::icons()
{
    const QString base = m_root + QStringLiteral("/usr/share/icons/hicolor/");
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512}) {
        const QString png = base + QStringLiteral("%1x%1/apps/%2.png").arg(size).arg(kAppId);
        const QImage image(png);
        QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("no icon at %1 px").arg(size)));
        QCOMPARE(image.size(), QSize(size, size));
        // Drawn, not blank: the centre of the reticle is opaque.
        QCOMPARE(qAlpha(image.pixel(size * 142 / 256, size * 124 / 256)), 255);
    }
}

void TstDebPackage::packagedCliRuns()
{
    const Run version = run(m_root + QStringLiteral("/usr/bin/sightline-cli"), {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, qPrintable(version.out));
    QVERIFY2(version.out.contains(QStringLiteral(SIGHTLINE_VERSION)), qPrintable(version.out));

    // The PDF reader, where the programs look for it from /usr/bin, reads a PDF's text.
    QFile pdf(m_dir.filePath(QStringLiteral("one-page.pdf")));
    QVERIFY(pdf.open(QIODevice::WriteOnly));
    pdf.write("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
              "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
              "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
              "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
              "4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 20 100 Td (Rajin port) Tj ET\nendstream endobj\n"
              "5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
              "trailer << /Root 1 0 R >>\n%%EOF\n");
    pdf.close();
    const Run text = run(m_root + QStringLiteral("/usr/bin/../libexec/sightline/sightline-pdftext"), {pdf.fileName()});
    QCOMPARE(text.exitCode, 0);
    QCOMPARE(text.out.trimmed(), QStringLiteral("Rajin port"));
}

QTEST_GUILESS_MAIN(TstDebPackage)
#include "tst_debpackage.moc"
