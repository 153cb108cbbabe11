// What sightline-cli prints and writes does not depend on the language of the machine: the same
// project gives the same listings, exports, rendered map and brief text under LANG=C as under
// US English, German, Ukrainian, Korean and Russian settings (LANG, LC_ALL and LANGUAGE). Times stay ISO 8601
// or English, numbers C-locale; only the window follows the system's language.
#include "support/cliprocess.h"
#include "support/pdftools.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline::test;

namespace {

struct Run
{
    QString name;
    QStringList args;
    QString output;             // a file the command writes ("" for its standard output alone)
    bool stdoutCompared = true; // false where it reports how long the work took
};

} // namespace

class TestCliLocale : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_project;
    QMap<QString, QByteArray> m_c;

    QList<Run> runs() const
    {
        const QString p = m_project;
        const auto out = [this](const QString &name) {
            return m_dir.filePath(QStringLiteral("out/") + name);
        };
        const QString site = QStringLiteral("Tumangang rail facility");
        QList<Run> r{
            {QStringLiteral("info --json"), {QStringLiteral("info"), p, QStringLiteral("--json")}, {}},
            {QStringLiteral("claims"), {QStringLiteral("claims"), p}, {}},
            {QStringLiteral("claims --json"), {QStringLiteral("claims"), p, QStringLiteral("--json")}, {}},
            {QStringLiteral("judgments"), {QStringLiteral("judgments"), p}, {}},
            {QStringLiteral("judgments --json"),
             {QStringLiteral("judgments"), p, QStringLiteral("--json")},
             {}},
            {QStringLiteral("annotations"), {QStringLiteral("annotations"), p}, {}},
            {QStringLiteral("timeline"), {QStringLiteral("timeline"), p}, {}},
            {QStringLiteral("timeline --json"),
             {QStringLiteral("timeline"), p, QStringLiteral("--json")},
             {}},
            {QStringLiteral("series --csv"),
             {QStringLiteral("series"), p, QStringLiteral("--site"), site, QStringLiteral("--kind"),
              QStringLiteral("railcar"), QStringLiteral("--csv")},
             {}},
            {QStringLiteral("search"), {QStringLiteral("search"), p, QStringLiteral("railcars")}, {}},
        };
        for (const QString &format : {QStringLiteral("stix"), QStringLiteral("geojson"),
                                      QStringLiteral("kml"), QStringLiteral("csv")}) {
            const QString file = out(QStringLiteral("export.") +
                                     (format == QLatin1String("stix") ? QStringLiteral("json") : format));
            r << Run{
                QStringLiteral("export ") + format,
                {QStringLiteral("export"), p, QStringLiteral("--format"), format, QStringLiteral("-o"), file},
                file};
        }
        const QString png = out(QStringLiteral("map.png"));
        r << Run{QStringLiteral("render"),
                 {QStringLiteral("render"), p, QStringLiteral("-o"), png, QStringLiteral("--size"),
                  QStringLiteral("480x320"), QStringLiteral("--site"), site},
                 png};
        if (missingPdfTools().isEmpty()) {
            const QString pdf = out(QStringLiteral("brief.pdf"));
            // The brief's text (its line on standard output says how long it took).
            r << Run{
                QStringLiteral("brief"), {QStringLiteral("brief"), p, QStringLiteral("-o"), pdf}, pdf, false};
        }
        return r;
    }

    // Every run's standard output and file under one setting of the language.
    QMap<QString, QByteArray> outputsUnder(const QString &locale, const QString &language)
    {
        QMap<QString, QByteArray> outputs;
        for (const Run &run : runs()) {
            QDir(m_dir.filePath(QStringLiteral("out"))).removeRecursively();
            QDir().mkpath(m_dir.filePath(QStringLiteral("out")));
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("LANG"), locale);
            env.insert(QStringLiteral("LC_ALL"), locale);
            env.insert(QStringLiteral("LANGUAGE"), language);
            p.setProcessEnvironment(env);
            p.start(binPath(QStringLiteral("sightline-cli")), run.args);
            if (!p.waitForFinished(180000)) {
                p.kill();
                p.waitForFinished();
            }
            const QByteArray err = p.readAllStandardError();
            if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
                outputs.insert(run.name, "failed: " + err);
                continue;
            }
            if (run.stdoutCompared) outputs.insert(run.name, p.readAllStandardOutput());
            if (run.output.isEmpty()) continue;
            QByteArray bytes;
            if (run.output.endsWith(QLatin1String(".pdf"))) {
                // The minute the brief was made is the one thing allowed to differ.
                static const QRegularExpression made(
                    QStringLiteral(R"((Made by Sightline .*? on )\d{4}-\d\d-\d\d \d\d:\d\d UTC)"));
                bytes = pdfText(run.output, true).replace(made, QStringLiteral("\\1(time) UTC")).toUtf8();
            } else {
                QFile f(run.output);
                bytes = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("missing");
            }
            outputs.insert(run.name + QStringLiteral(" (file)"), bytes);
        }
        return outputs;
    }

  private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!missingPdfTools().isEmpty())
            qInfo(
                "the PDF tools are missing: the brief is left out (packaging/install-deps.sh installs them)");
        m_project = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const CliResult r = runCli({QStringLiteral("demo"), m_project});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_c = outputsUnder(QStringLiteral("C"), QStringLiteral("C"));
        for (auto it = m_c.cbegin(); it != m_c.cend(); ++it) {
            QVERIFY2(!it.value().startsWith("failed: "),
                     qPrintable(it.key() + QStringLiteral(": ") + QString::fromUtf8(it.value())));
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key() + QStringLiteral(" wrote nothing")));
        }
        // What the comparison rests on: real times, numbers and words in the outputs.
        QVERIFY(m_c.value(QStringLiteral("claims")).contains("1,000 containers"));
        QVERIFY(m_c.value(QStringLiteral("export csv (file)")).contains("2023-"));
    }

    void sameOutputs_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("language");
        QTest::newRow("US English") << QStringLiteral("en_US.UTF-8") << QStringLiteral("en");
        QTest::newRow("German") << QStringLiteral("de_DE.UTF-8") << QStringLiteral("de");
        QTest::newRow("Ukrainian") << QStringLiteral("uk_UA.UTF-8") << QStringLiteral("uk");
        QTest::newRow("Korean") << QStringLiteral("ko_KR.UTF-8") << QStringLiteral("ko");
        QTest::newRow("Russian") << QStringLiteral("ru_RU.UTF-8") << QStringLiteral("ru:uk");
    }

    void sameOutputs()
    {
        QFETCH(QString, locale);
        QFETCH(QString, language);
        const QMap<QString, QByteArray> outputs = outputsUnder(locale, language);
        QCOMPARE(outputs.keys(), m_c.keys());
        QStringList differing;
        for (auto it = m_c.cbegin(); it != m_c.cend(); ++it) {
            if (outputs.value(it.key()) == it.value()) continue;
            const QList<QByteArray> want = it.value().split('\n'), got = outputs.value(it.key()).split('\n');
            qsizetype line = 0;
            while (line < want.size() && line < got.size() && want[line] == got[line])
                ++line;
            differing << QStringLiteral("%1, line %2:\n    C: %3\n    %4: %5")
                             .arg(it.key())
                             .arg(line + 1)
                             .arg(QString::fromUtf8(want.value(line).left(200)), locale,
                                  QString::fromUtf8(got.value(line).left(200)));
        }
        QVERIFY2(differing.isEmpty(), qPrintable(differing.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestCliLocale)
#include "tst_cli_locale.moc"
