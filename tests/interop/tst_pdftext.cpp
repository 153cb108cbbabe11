// PDF text comes from the PDF reader in a process of its own: whole pages in order, a refusal
// that says why, text cut at its limit, and a PDF on which Qt PDF never finishes costing its time
// limit and no more, whether read by a capture's intake or by the window's viewer.
#include "support/samplerecords.h"
#include "support/testfiles.h"

#include "sightline/interop/captureintake.h"
#include "sightline/interop/pdftext.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QPageSize>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

using namespace sightline;
using interop::PdfText;

namespace {

// Qt PDF (PDFium, as Debian 12 builds it) never finishes opening qpdf's linearized sample once
// its catalog reference names an outline item instead (found by fuzzing, one byte changed).
QString neverFinishingPdf(const QTemporaryDir &dir)
{
    const QString conformance = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
    QFile sample(conformance + QStringLiteral("/pdf/qpdf/c-linearized.pdf"));
    if (conformance.isEmpty() || !sample.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = sample.readAll();
    if (bytes.count("/Root 63 0 R") != 1)
        return {};
    bytes.replace("/Root 63 0 R", "/Root 73 0 R");
    return test::writeTestFile(dir, QStringLiteral("never-finishes.pdf"), bytes);
}

} // namespace

class TestPdfText : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_pdf;

private slots:
    void initTestCase()
    {
        QVERIFY2(!interop::pdfTextReader().isEmpty(), "sightline-pdftext is not beside the test");
        m_pdf = m_dir.filePath(QStringLiteral("three-pages.pdf"));
        QPdfWriter writer(m_pdf);
        writer.setPageSize(QPageSize(QPageSize::A5));
        QTextDocument doc;
        doc.setHtml(QStringLiteral("<p>Rajin port, page one.</p><p style='page-break-before:always'>Tumangang yard, "
                                   "page two.</p><p style='page-break-before:always'>Tikhoretsk depot, page three.</p>"));
        doc.print(&writer);
    }

    void readsEveryPageInOrder()
    {
        const PdfText r = interop::readPdfText(m_pdf);
        QCOMPARE(r.outcome, PdfText::Outcome::Read);
        QVERIFY(r.problem.isEmpty());
        QVERIFY(!r.truncated);
        const qsizetype one = r.text.indexOf(QStringLiteral("Rajin port, page one."));
        const qsizetype two = r.text.indexOf(QStringLiteral("Tumangang yard, page two."));
        const qsizetype three = r.text.indexOf(QStringLiteral("Tikhoretsk depot, page three."));
        QVERIFY2(one >= 0 && two > one && three > two, qPrintable(r.text));
        QVERIFY(r.text.mid(one, two - one).contains(u'\n')); // pages are apart
    }

    void refusalsSayWhy()
    {
        const QString text = test::writeTestFile(m_dir, QStringLiteral("notes.pdf"), "Rajin, 12 October: 300 containers\n");
        PdfText r = interop::readPdfText(text);
        QCOMPARE(r.outcome, PdfText::Outcome::NotPdf);
        QVERIFY2(r.problem.contains(QStringLiteral("no PDF header")), qPrintable(r.problem));

        const QString broken = test::writeTestFile(m_dir, QStringLiteral("broken.pdf"), "%PDF-1.7\n1 0 obj << /Type /Catalog >>\ngarbage");
        r = interop::readPdfText(broken);
        QCOMPARE(r.outcome, PdfText::Outcome::Refused);
        QCOMPARE(r.refusal, PdfText::Refusal::NotValid);
        QCOMPARE(r.problem, QStringLiteral("Qt PDF cannot open it (it is not a valid PDF)"));
        QVERIFY(r.text.isEmpty());

        r = interop::readPdfText(m_dir.filePath(QStringLiteral("not-there.pdf")));
        QCOMPARE(r.outcome, PdfText::Outcome::NotPdf);
    }

    void textIsCutAtItsLimit()
    {
        interop::PdfTextLimits small;
        small.maxTextBytes = 10;
        const PdfText r = interop::readPdfText(m_pdf, small);
        QCOMPARE(r.outcome, PdfText::Outcome::Read);
        QVERIFY(r.truncated);
        QCOMPARE(r.text, QStringLiteral("Rajin port"));
    }

    void theWindowsReadEndsOnceWithTheSameResult()
    {
        interop::PdfTextJob job(m_pdf);
        QSignalSpy finished(&job, &interop::PdfTextJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        const PdfText r = finished.first().first().value<PdfText>();
        QCOMPARE(r.outcome, PdfText::Outcome::Read);
        QCOMPARE(r.text, interop::readPdfText(m_pdf).text);
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);

        interop::PdfTextJob notPdf(m_dir.filePath(QStringLiteral("not-there.pdf")));
        QSignalSpy refused(&notPdf, &interop::PdfTextJob::finished);
        notPdf.start();
        QVERIFY(refused.wait(30000));
        QCOMPARE(refused.first().first().value<PdfText>().outcome, PdfText::Outcome::NotPdf);
    }

    void aPdfThatNeverFinishesCostsItsTimeLimit()
    {
        const QString hang = neverFinishingPdf(m_dir);
        if (hang.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set (or lacks qpdf's c-linearized.pdf): skipping the PDF that never finishes");
        interop::PdfTextLimits limits;
        limits.seconds = 2;
        QElapsedTimer clock;
        clock.start();
        const PdfText r = interop::readPdfText(hang, limits);
        QCOMPARE(r.outcome, PdfText::Outcome::TimedOut);
        QCOMPARE(r.problem, QStringLiteral("Qt PDF did not finish reading it within 2 s"));
        QVERIFY(clock.elapsed() >= 2000); // it was given its time: the limit, not a refusal, ended it

        interop::PdfTextJob job(hang, limits);
        QSignalSpy finished(&job, &interop::PdfTextJob::finished);
        job.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().value<PdfText>().outcome, PdfText::Outcome::TimedOut);

        // A capture of it is stored and hashed all the same, with the warning naming the file.
        auto project = Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("PDF"), QStringLiteral("analyst"));
        Source source = test::sampleSource();
        project->save(source);
        Capture description;
        description.sourceId = source.meta.id;
        const interop::CaptureIntakeResult taken = interop::intakeCapture(*project, description, hang);
        QCOMPARE(taken.capture.sha256, test::fileSha256(hang));
        QVERIFY(taken.text.isEmpty());
        QVERIFY2(taken.warning.startsWith(hang + QStringLiteral(": Qt PDF did not finish reading it within 20 s")),
                 qPrintable(taken.warning));
        QCOMPARE(project->all<Capture>().size(), 1);
    }

    void conformancePdfsEndWithAnOutcome()
    {
        const QString dir = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
        if (dir.isEmpty())
            QSKIP("SIGHTLINE_CONFORMANCE_DIR is not set: skipping qpdf's valid and damaged PDFs");
        int read = 0, tried = 0;
        for (const char *sub : {"pdf/qpdf", "malformed/qpdf"}) {
            QDirIterator it(dir + u'/' + QLatin1String(sub), QDir::Files);
            while (it.hasNext()) {
                const QString file = it.next();
                const PdfText r = interop::readPdfText(file);
                ++tried;
                QVERIFY2(r.outcome != PdfText::Outcome::Failed && r.outcome != PdfText::Outcome::TimedOut,
                         qPrintable(file + QStringLiteral(": ") + r.problem));
                if (file.endsWith(QLatin1String("encrypted-40-bit-R3.pdf")) || file.endsWith(QLatin1String("20-pages.pdf"))) {
                    QCOMPARE(r.outcome, PdfText::Outcome::Refused);
                    QCOMPARE(r.refusal, PdfText::Refusal::Password);
                }
                if (file.endsWith(QLatin1String("c-linearized.pdf"))) { // 30 pages, "Potato 0" to "Potato 29"
                    QCOMPARE(r.outcome, PdfText::Outcome::Read);
                    QVERIFY(r.text.indexOf(QStringLiteral("Potato 0")) < r.text.indexOf(QStringLiteral("Potato 29")));
                }
                read += r.outcome == PdfText::Outcome::Read;
            }
        }
        QVERIFY2(tried >= 10 && read >= 4, qPrintable(QStringLiteral("%1 of %2 read").arg(read).arg(tried)));
    }
};

QTEST_MAIN(TestPdfText)
#include "tst_pdftext.moc"
