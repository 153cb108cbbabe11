// The one capture intake: whatever brings a file in (a case file, sightline-cli capture, Attach
// file in the window), it is hashed, typed by its content, its text indexed and its import
// logged; a refused file leaves nothing behind.
#include "support/samplerecords.h"

#include "sightline/interop/captureintake.h"
#include "sightline/interop/casefile.h"
#include "sightline/interop/importerror.h"
#include "sightline/store/storeerror.h"

#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace sightline;

class TestCaptureIntake : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pdf;

    std::unique_ptr<Project> newProject(const QString &name, Source *source)
    {
        auto p = Project::create(m_dir.filePath(name), QStringLiteral("Intake"), QStringLiteral("analyst"));
        *source = test::sampleSource();
        p->save(*source);
        return p;
    }

private slots:
    void initTestCase()
    {
        m_pdf = m_dir.filePath(QStringLiteral("report.pdf"));
        QPdfWriter writer(m_pdf);
        QTextDocument doc;
        doc.setPlainText(QStringLiteral("Satellite images show the vessel Angara moored at Dunai."));
        doc.print(&writer);
    }

    void pdfIsHashedTypedIndexedAndLogged()
    {
        Source source;
        auto p = newProject(QStringLiteral("pdf.gpkg"), &source);
        Capture description;
        description.sourceId = source.meta.id;
        description.mediaType = QStringLiteral("text/plain"); // what the content says wins
        description.originalUrl = QStringLiteral("https://example.org/report.pdf");
        const interop::CaptureIntakeResult r = interop::intakeCapture(*p, description, m_pdf);
        QCOMPARE(r.capture.mediaType, QStringLiteral("application/pdf"));
        QCOMPARE(r.capture.fileName, QStringLiteral("report.pdf"));
        QCOMPARE(r.capture.sha256, test::fileSha256(m_pdf));
        QCOMPARE(r.capture.sizeBytes, QFileInfo(m_pdf).size());
        QVERIFY2(r.text.contains(QStringLiteral("Angara")), qPrintable(r.text));
        QVERIFY(r.warning.isEmpty());
        const QList<SearchHit> hits = p->search(QStringLiteral("Angara"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().record, (RecordRef{RecordType::Capture, r.capture.meta.id}));
        const QList<CustodyEntry> log = p->custodyLog(r.capture.meta.id);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log.first().action, CustodyEntry::Action::Imported);
        QCOMPARE(log.first().sha256, r.capture.sha256);
    }

    void refusedFileLeavesNothing()
    {
        Source source;
        auto p = newProject(QStringLiteral("refused.gpkg"), &source);
        Capture description;
        description.sourceId = source.meta.id;
        try {
            interop::intakeCapture(*p, description, m_pdf, 100);
            QFAIL("a file over the limit was taken in");
        } catch (const ImportError &e) {
            QCOMPARE(e.file(), m_pdf);
            QVERIFY2(e.problem().contains(QStringLiteral("over the capture limit of 100 bytes")), qPrintable(e.problem()));
        }
        QVERIFY_THROWS_EXCEPTION(ImportError, interop::intakeCapture(*p, description, m_dir.filePath(QStringLiteral("no.pdf"))));
        description.sourceId = QUuid::createUuid(); // a source the project lacks
        QVERIFY_THROWS_EXCEPTION(ImportError, interop::intakeCapture(*p, description, m_pdf));
        QCOMPARE(p->count(RecordType::Capture), 0);
        QVERIFY(p->search(QStringLiteral("Angara")).isEmpty());
        QVERIFY(p->custodyLog().isEmpty());

        // The edits' form of the intake refuses with a StoreError naming the file.
        description.sourceId = source.meta.id;
        try {
            interop::intakeForEdits(100)(*p, description, m_pdf);
            QFAIL("a file over the limit was taken in");
        } catch (const StoreError &e) {
            QVERIFY(e.message().startsWith(m_pdf + QStringLiteral(": is ")));
        }
        QCOMPARE(p->count(RecordType::Capture), 0);
    }

    void caseFileCapturesGoThroughTheIntake()
    {
        // A case file's PDF and HTML captures are found by search like any other: the PDF by its
        // text, the HTML without its markup; its quotes are checked against that text.
        QFile html(m_dir.filePath(QStringLiteral("page.html")));
        QVERIFY(html.open(QIODevice::WriteOnly));
        html.write("<html><script>var zzzhidden = 1;</script><body><p>Trains of <b>covered</b> wagons</p></body></html>");
        html.close();
        QFile caseFile(m_dir.filePath(QStringLiteral("intake.case.json")));
        QVERIFY(caseFile.open(QIODevice::WriteOnly));
        caseFile.write(R"({"format": "sightline-case", "version": 1, "title": "Intake",
  "sites": [], "sources": [{"key": "src", "publisher": "P", "title": "T", "kind": "report", "reliability": "B"}],
  "captures": [{"key": "pdf", "source": "src", "file": "report.pdf", "mediaType": "application/pdf"},
               {"key": "page", "source": "src", "file": "page.html", "mediaType": "text/plain"}],
  "claims": [{"key": "c", "source": "src", "capture": "page", "quote": "Trains of covered wagons",
              "time": "2023-10-05", "credibility": 2, "status": "accepted"}]})");
        caseFile.close();
        auto p = Project::create(m_dir.filePath(QStringLiteral("case.gpkg")), QStringLiteral("x"), QStringLiteral("a"));
        const CaseImportReport report = importCaseFile(*p, caseFile.fileName(), m_dir.path());
        QCOMPARE(report.imported.value(RecordType::Capture), 2);
        QCOMPARE(report.imported.value(RecordType::Claim), 1);
        // The page declared as plain text is stored as what it is, and says so.
        QCOMPARE(report.warnings.size(), 1);
        QVERIFY2(report.warnings.first().contains(QStringLiteral("declared text/plain, the content is text/html")),
                 qPrintable(report.warnings.first()));
        QCOMPARE(p->search(QStringLiteral("Angara")).size(), 1);
        QCOMPARE(p->search(QStringLiteral("wagons")).size(), 2); // the page, and the claim quoting it
        QVERIFY(p->search(QStringLiteral("zzzhidden")).isEmpty());
        for (const Capture &c : p->all<Capture>())
            QCOMPARE(p->custodyLog(c.meta.id).first().action, CustodyEntry::Action::Imported);
    }
};

QTEST_MAIN(TestCaptureIntake)
#include "tst_captureintake.moc"
