// Capturing files into a project: media types, text for search (PDF through Qt PDF, HTML),
// a saved page's folder with its files, and names that must never become paths.
#include "sightline/interop/capturefile.h"
#include "sightline/interop/importerror.h"
#include "support/samplerecords.h"
#include "support/testfiles.h"

#include <QBuffer>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestCaptureFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString write(const QString &name, const QByteArray &content) { return test::writeTestFile(m_dir, name, content); }

    std::pair<std::unique_ptr<Project>, QUuid> project()
    {
        auto p = Project::create(m_dir.filePath(QStringLiteral("p%1.gpkg").arg(++m_n)), QStringLiteral("t"),
                                 QStringLiteral("a"));
        Source s = test::sampleSource();
        p->save(s);
        return {std::move(p), s.meta.id};
    }

private slots:
    void safeNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << QStringLiteral("page.html") << QStringLiteral("page.html");
        QTest::newRow("folder") << QStringLiteral("page_files/style.css") << QStringLiteral("page_files/style.css");
        QTest::newRow("backslashes") << QStringLiteral("page_files\\img\\a.png") << QStringLiteral("page_files/img/a.png");
        QTest::newRow("dot parts") << QStringLiteral("./a//./b.txt") << QStringLiteral("a/b.txt");
        QTest::newRow("parent") << QStringLiteral("../../etc/passwd") << QString();
        QTest::newRow("parent inside") << QStringLiteral("a/../../b") << QString();
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QString();
        QTest::newRow("drive letter") << QStringLiteral("C:\\Windows\\win.ini") << QString();
        QTest::newRow("drive relative") << QStringLiteral("c:win.ini") << QString();
        QTest::newRow("control") << QStringLiteral("a\nb") << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void safeNames()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QString why;
        QCOMPARE(safeRelativeName(name, &why), safe);
        QCOMPARE(why.isEmpty(), !safe.isEmpty());
    }

    void pdfTextIsSearchable()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        {
            QPdfWriter writer(pdf);
            QPainter painter(&writer);
            painter.setFont(QFont(QStringLiteral("DejaVu Sans"), 12));
            painter.drawText(QPointF(200, 400), QStringLiteral("Orient Express railcars at Tumangang"));
        }
        auto [p, source] = project();
        const auto r = importCapture(*p, source, pdf, QStringLiteral("https://example.org/report.pdf"));
        QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
        QCOMPARE(r.captures.size(), 1);
        QCOMPARE(r.captures[0].mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(r.captures[0].sha256, test::fileSha256(pdf));
        const auto hits = p->search(QStringLiteral("Orient Express"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].record.id, r.captures[0].meta.id);
    }

    void brokenPdfIsStoredWithAWarning()
    {
        const QString pdf = write(QStringLiteral("broken.pdf"), "%PDF-1.4\nnot really a pdf");
        auto [p, source] = project();
        const auto r = importCapture(*p, source, pdf);
        QCOMPARE(r.captures.size(), 1);
        QCOMPARE(r.warnings.size(), 1);
        QVERIFY(r.warnings[0].startsWith(pdf + QStringLiteral(": Qt PDF cannot open it")));
        QCOMPARE(p->hashCaptureContent(r.captures[0].meta.id), test::fileSha256(pdf));
    }

    void savedPageFolderKeepsItsFiles()
    {
        write(QStringLiteral("saved/page.html"), "<html><body>Vostochny port tally</body></html>");
        write(QStringLiteral("saved/page_files/style.css"), "body { color: black }");
        const QByteArray png = QByteArray::fromHex("89504e470d0a1a0a0000000d49484452");
        write(QStringLiteral("saved/page_files/img/map.png"), png);
        auto [p, source] = project();
        const auto r = importCapture(*p, source, m_dir.filePath(QStringLiteral("saved")),
                                     QStringLiteral("https://example.org/page"));
        QCOMPARE(r.captures.size(), 3);
        QStringList names;
        for (const Capture &c : r.captures)
            names << c.fileName;
        QCOMPARE(names, (QStringList{QStringLiteral("saved/page.html"), QStringLiteral("saved/page_files/img/map.png"),
                                     QStringLiteral("saved/page_files/style.css")}));
        QCOMPARE(r.captures[0].mediaType, QStringLiteral("text/html"));
        QCOMPARE(r.captures[1].mediaType, QStringLiteral("image/png"));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        p->exportCapture(r.captures[1].meta.id, out);
        QCOMPARE(out.data(), png);
        QCOMPARE(p->search(QStringLiteral("Vostochny")).size(), 1);
        // The same page again: every file gets version 2, the first ones are kept.
        const auto again = importCapture(*p, source, m_dir.filePath(QStringLiteral("saved")),
                                         QStringLiteral("https://example.org/page"));
        for (const Capture &c : again.captures)
            QCOMPARE(p->captureVersion(c.meta.id), 2);
        QCOMPARE(p->count(RecordType::Capture), 6);
    }

    void aLinkOutOfTheFolderIsRefusedAndNothingStored()
    {
        write(QStringLiteral("linked/page.html"), "<p>page</p>");
        const QString secret = write(QStringLiteral("secret.txt"), "outside the page");
        QVERIFY(QFile::link(secret, m_dir.filePath(QStringLiteral("linked/zz-secret.txt"))));
        auto [p, source] = project();
        try {
            importCapture(*p, source, m_dir.filePath(QStringLiteral("linked")));
            QFAIL("a symbolic link was followed");
        } catch (const ImportError &e) {
            QVERIFY(e.message().contains(QStringLiteral("zz-secret.txt")));
            QVERIFY(e.message().contains(QStringLiteral("symbolic link")));
        }
        QCOMPARE(p->count(RecordType::Capture), 0);
        QVERIFY(p->custodyLog().isEmpty());
    }

    void folderOverTheLimitIsRefusedWhole()
    {
        write(QStringLiteral("large/a.bin"), QByteArray(600, 'a'));
        write(QStringLiteral("large/b.bin"), QByteArray(600, 'b'));
        auto [p, source] = project();
        QVERIFY_THROWS_EXCEPTION(ImportError, importCapture(*p, source, m_dir.filePath(QStringLiteral("large")), {}, 1000));
        QCOMPARE(p->count(RecordType::Capture), 0);
        QVERIFY_THROWS_EXCEPTION(ImportError, importCapture(*p, source, m_dir.filePath(QStringLiteral("missing.pdf"))));
    }
};

QTEST_MAIN(TestCaptureFile)
#include "tst_capturefile.moc"
