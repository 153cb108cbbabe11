// The demo project built from the seed case: complete, quoted verbatim, honest about
// disagreements, and a GeoPackage that GDAL (and so QGIS) reads without complaint.
#include "support/cliprocess.h"
#include "support/gdalchecks.h"

#include "sightline/core/claimgroups.h"
#include "sightline/store/project.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestDemo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file;
    QString m_seeds;
    QJsonObject m_case;
    std::unique_ptr<Project> m_project;

    bool haveSeeds() const { return QFileInfo::exists(m_seeds + QStringLiteral("/FACTS.md")); }

    const Claim *claimWith(const QList<Claim> &claims, const QString &object, double figure) const
    {
        for (const Claim &c : claims) {
            const auto v = c.quantity.representative();
            if (c.quantity.objectKind == object && v && qFuzzyCompare(*v, figure))
                return &c;
        }
        return nullptr;
    }

    // The first file name in text (a sheet or seed beside the repository, any .md or .txt file, a path into
    // ../shared), or an empty string: notes cite sources as an analyst would, never files.
    QString fileNamedIn(const QString &text) const
    {
        static const QRegularExpression fileName(QStringLiteral(R"([\w./-]*\w\.(?:md|txt)\b)"),
                                                 QRegularExpression::CaseInsensitiveOption);
        if (const auto m = fileName.match(text); m.hasMatch())
            return m.captured();
        if (text.contains(QStringLiteral("FACTS")))
            return QStringLiteral("FACTS");
        for (const QString &path : {QStringLiteral("../shared"), QStringLiteral("shared/seeds")})
            if (text.contains(path, Qt::CaseInsensitive))
                return path;
        for (const auto &c : m_case.value(QStringLiteral("captures")).toArray()) {
            const QString seed = QFileInfo(c.toObject().value(QStringLiteral("file")).toString()).completeBaseName();
            if (!seed.isEmpty() && text.contains(seed))
                return seed;
        }
        return {};
    }

    // Every string of a case-file value, with where it is, except the capture file names (data, not text).
    static void caseTexts(const QJsonValue &v, const QString &where, QList<std::pair<QString, QString>> &out)
    {
        if (v.isString()) {
            out.append({where, v.toString()});
        } else if (v.isArray()) {
            const QJsonArray a = v.toArray();
            for (qsizetype i = 0; i < a.size(); ++i)
                caseTexts(a.at(i), where + QStringLiteral("[%1]").arg(i), out);
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            for (auto it = o.begin(); it != o.end(); ++it)
                if (!(where.startsWith(QStringLiteral("captures")) && it.key() == QStringLiteral("file")))
                    caseTexts(it.value(), where.isEmpty() ? it.key() : where + u'.' + it.key(), out);
        }
    }

private slots:
    void initTestCase()
    {
        m_seeds = qEnvironmentVariable("SIGHTLINE_SEEDS_DIR", QStringLiteral(SIGHTLINE_DEFAULT_SEEDS_DIR));
        m_file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), m_file, QStringLiteral("--captures"), m_seeds});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("wrote")));
        QFile caseFile(QStringLiteral(SIGHTLINE_SOURCE_DIR "/resources/demo/dprk-russia-munitions.case.json"));
        QVERIFY(caseFile.open(QIODevice::ReadOnly));
        m_case = QJsonDocument::fromJson(caseFile.readAll()).object();
        m_project = Project::open(m_file, QStringLiteral("test"), Project::Access::ReadOnly);
    }

    void countsMatchTheCaseFile()
    {
        QCOMPARE(m_project->count(RecordType::Site), m_case.value(QStringLiteral("sites")).toArray().size());
        QCOMPARE(m_project->count(RecordType::Source), m_case.value(QStringLiteral("sources")).toArray().size());
        QCOMPARE(m_project->count(RecordType::Claim), m_case.value(QStringLiteral("claims")).toArray().size());
        QCOMPARE(m_project->count(RecordType::Event), m_case.value(QStringLiteral("events")).toArray().size());
        // The case's links, and one "depends on" link for each claim a judgment rests on.
        qsizetype basisLinks = 0;
        for (const auto &j : m_case.value(QStringLiteral("judgments")).toArray())
            basisLinks += j.toObject().value(QStringLiteral("restsOn")).toArray().size();
        QCOMPARE(m_project->count(RecordType::Link), m_case.value(QStringLiteral("links")).toArray().size() + basisLinks);
        QCOMPARE(m_project->count(RecordType::Judgment), m_case.value(QStringLiteral("judgments")).toArray().size());
        QVERIFY(m_project->count(RecordType::Claim) >= 15);
        if (haveSeeds())
            QCOMPARE(m_project->count(RecordType::Capture), 4);
    }

    void theCaseSitesArePresent()
    {
        QStringList names;
        for (const Site &s : m_project->all<Site>()) {
            names << s.name;
            QVERIFY2(!s.locationNote.isEmpty(), qPrintable(s.name + QStringLiteral(" does not say where its point comes from")));
        }
        for (const char *expected : {"Rajin", "Dunai", "Vostochny", "Tumangang rail", "Khasan station", "Tikhoretsk"})
            QVERIFY2(names.join(u'|').contains(QLatin1String(expected)), expected);
        QVERIFY(names.join(u'|').contains(QStringLiteral("bridge"), Qt::CaseInsensitive));
        for (const Site &s : m_project->all<Site>()) {
            if (s.name.contains(QStringLiteral("Rajin"))) {
                QVERIFY(s.aliases.join(u' ').contains(QStringLiteral("Najin")));
                QVERIFY(qAbs(s.location.lat - 42.25) < 0.05 && qAbs(s.location.lon - 130.30) < 0.05); // harbour, not city
            }
        }
    }

    void keyFiguresAreClaimedAsPublished()
    {
        const auto claims = m_project->all<Claim>();
        // The count on the imagery of 5 October 2023 (the article's subheading has a vaguer "last week").
        const auto railcars = std::find_if(claims.begin(), claims.end(), [](const Claim &c) {
            return c.quantity.value == 73.0 && c.quantity.objectKind == QLatin1String("railcar") &&
                   c.time.toText() == QLatin1String("2023-10-05");
        });
        QVERIFY(railcars != claims.end());
        QVERIFY(railcars->quantity.approximate);
        QCOMPARE(railcars->siteIds.size(), 1);
        const Claim *baseline = claimWith(claims, QStringLiteral("railcar"), 20);
        QVERIFY(baseline);
        const Claim *kirby = claimWith(claims, QStringLiteral("container"), 1000);
        QVERIFY(kirby);
        QCOMPARE(kirby->time.toText(), QStringLiteral("2023-09-07/2023-10-01"));
        QVERIFY(claimWith(claims, QStringLiteral("container"), 20000));
        QVERIFY(claimWith(claims, QStringLiteral("factory"), 200));
        bool oil = false;
        for (const Claim &c : claims)
            oil |= c.quantity.min == 1000000.0 && c.quantity.unit.contains(QStringLiteral("barrel"));
        QVERIFY(oil);
        for (const Claim &c : claims) {
            QVERIFY2(!c.quote.isEmpty() && !c.locator.isEmpty(), qPrintable(c.meta.id.toString()));
            QVERIFY(m_project->exists(RecordType::Source, c.sourceId));
        }
    }

    void everyQuoteIsInItsCapture()
    {
        if (!haveSeeds())
            QSKIP("the seed articles are not beside the source tree: captures were left out");
        QHash<QUuid, QString> texts;
        for (const Capture &c : m_project->all<Capture>()) {
            QByteArray bytes;
            QBuffer out(&bytes);
            out.open(QIODevice::WriteOnly);
            m_project->readCaptureContent(c.meta.id, out);
            texts.insert(c.meta.id, QString::fromUtf8(bytes));
            QCOMPARE(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex(), c.sha256);
        }
        int checked = 0;
        for (const Claim &c : m_project->all<Claim>()) {
            QVERIFY2(texts.contains(c.captureId), qPrintable(c.quote.left(60)));
            QVERIFY2(texts.value(c.captureId).contains(c.quote), qPrintable(c.quote.left(60)));
            ++checked;
        }
        QCOMPARE(checked, m_project->count(RecordType::Claim));
    }

    void differentWindowsAreNotContradictions()
    {
        const auto claims = m_project->all<Claim>();
        const Claim *thousand = claimWith(claims, QStringLiteral("container"), 1000);
        QSet<QUuid> twentyThousand;
        for (const Claim &c : claims)
            if (c.quantity.representative() == 20000.0)
                twentyThousand.insert(c.meta.id);
        QVERIFY(thousand && twentyThousand.size() >= 2);
        int corroborations = 0;
        for (const Link &l : m_project->all<Link>()) {
            const bool between = (l.from.id == thousand->meta.id && twentyThousand.contains(l.to.id)) ||
                                 (l.to.id == thousand->meta.id && twentyThousand.contains(l.from.id));
            QVERIFY2(!(between && l.relation == LinkRelation::Contradicts),
                     "1,000 containers in Sep 2023 and 20,000 by Dec 2024 cover different windows");
            if (twentyThousand.contains(l.from.id) && twentyThousand.contains(l.to.id) &&
                l.relation == LinkRelation::Corroborates)
                ++corroborations;
        }
        QVERIFY(corroborations >= 1);
    }

    void sourcesAreGradedWithHistory()
    {
        QCOMPARE(m_project->gradingScheme().key(), QStringLiteral("admiralty"));
        for (const Source &s : m_project->all<Source>()) {
            const auto history = m_project->gradeHistory(s.meta.id);
            QCOMPARE(history.size(), 1);
            QCOMPARE(history[0].reliability, s.reliability);
        }
        QVERIFY(m_project->reviewFlags().isEmpty());
    }

    void capturesHaveCustodyAndSearchableText()
    {
        if (!haveSeeds())
            QSKIP("the seed articles are not beside the source tree; the demo has no captures");
        const auto captures = m_project->all<Capture>();
        QCOMPARE(captures.size(), 4);
        for (const Capture &c : captures) {
            const auto log = m_project->custodyLog(c.meta.id);
            QCOMPARE(log.size(), 1);
            QCOMPARE(log[0].action, CustodyEntry::Action::Imported);
            QCOMPARE(log[0].sha256, c.sha256);
            QCOMPARE(m_project->captureVersion(c.meta.id), 1);
        }
        // "Tikhoretsk" is in the article text; a hit in a capture's content proves the text is indexed.
        bool inContent = false;
        for (const SearchHit &h : m_project->search(QStringLiteral("Tikhoretsk"), 100))
            inContent = inContent || (h.record.type == RecordType::Capture && h.part == QStringLiteral("content"));
        QVERIFY(inContent);
    }

    // A flow over three weeks and a running total by December 2024 measure different things: no
    // longer listed as figures that cannot both be true.
    void measuresKeepThousandAndTwentyThousandApart()
    {
        const auto claims = m_project->all<Claim>();
        const auto conflicts = findContradictions(claims, m_project->all<Link>());
        const Claim *thousand = claimWith(claims, QStringLiteral("container"), 1000);
        QVERIFY(thousand);
        QCOMPARE(thousand->quantity.measure, Measure::Total);
        for (const Claim &c : claims)
            if (c.quantity.representative() == 20000.0)
                QCOMPARE(c.quantity.measure, Measure::RunningTotal);
        for (const ClaimConflict &c : conflicts) {
            const bool pair = (c.first.meta.id == thousand->meta.id || c.second.meta.id == thousand->meta.id) &&
                              (c.first.quantity.representative() == 20000.0 ||
                               c.second.quantity.representative() == 20000.0);
            QVERIFY2(!pair, qPrintable(c.describe()));
        }
        // Every claim with a number of objects says what it measures ("tripled" is a ratio, not a number of railcars).
        for (const Claim &c : claims)
            if (QStringList{QStringLiteral("container"), QStringLiteral("railcar"), QStringLiteral("vessel")}.contains(
                    c.quantity.objectKind) &&
                c.quantity.unit == c.quantity.objectKind + u's')
                QVERIFY2(c.quantity.measure != Measure::Unstated, qPrintable(c.quote.left(60)));
        // The case's own contradiction (the Independent's subheading against its body) is still listed.
        QVERIFY(std::any_of(conflicts.cbegin(), conflicts.cend(),
                            [](const ClaimConflict &c) { return c.linkedAsContradicting && !c.dismissed; }));
        const auto r = test::runCli({QStringLiteral("claims"), m_file});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!r.out.contains(QStringLiteral("up to 1,000 containers (7 Sep 2023 – 1 Oct 2023) vs about 20,000")),
                 qPrintable(r.out));
    }

    // Two synthetic scenes of the Tumangang yard, labelled as such everywhere, with the railcars
    // counted on them rolled up into counted observations.
    void syntheticScenesAreLabelledAndCounted()
    {
        const auto scenes = m_project->all<ImageryScene>();
        QCOMPARE(scenes.size(), 2);
        const QString synthetic = QStringLiteral("synthetic illustration, not imagery of the site");
        for (const ImageryScene &s : scenes) {
            QVERIFY2(s.provider.contains(QStringLiteral("synthetic")), qPrintable(s.provider));
            QVERIFY2(s.licence.contains(QStringLiteral("not imagery of the site")), qPrintable(s.licence));
            QVERIFY2(s.notes.contains(synthetic), qPrintable(s.notes));
            QCOMPARE(s.licenceTerms, LicenceTerms::Open);
            QVERIFY(s.embedded);
            QVERIFY(s.width > 0 && s.width <= 1024 && s.height <= 1024);
        }
        const auto sorted = sortedByDate(scenes);
        QList<double> counted;
        for (const ImageryScene &s : sorted)
            for (const Observation &o : m_project->all<Observation>())
                if (o.sceneId == s.meta.id && o.claimId.isNull()) {
                    QCOMPARE(o.objectKind, QStringLiteral("railcar"));
                    QCOMPARE(o.count.measure, Measure::Count);
                    QCOMPARE(o.time, s.acquired);
                    counted << *o.count.value;
                }
        QCOMPARE(counted, (QList<double>{20, 73}));
        int boxes = 0, points = 0;
        for (const Annotation &a : m_project->all<Annotation>()) {
            boxes += a.shape == AnnotationShape::Box ? 1 : 0;
            points += a.shape == AnnotationShape::Point ? 1 : 0;
        }
        QVERIFY(boxes >= 1 && points >= 20);
    }

    // The railcar series at Tumangang: the counted and the reported values, the baseline of the
    // earlier ones and the flag on the 73 counted after it.
    void seriesShowsBaselineAndFlag()
    {
        const auto r = test::runCli({QStringLiteral("series"), m_file, QStringLiteral("--site"),
                                     QStringLiteral("tumangang"), QStringLiteral("--kind"), QStringLiteral("railcar"),
                                     QStringLiteral("--baseline-to"), QStringLiteral("2023-10-04"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonObject baseline = o.value(QStringLiteral("baseline")).toObject();
        QCOMPARE(baseline.value(QStringLiteral("maximum")).toDouble(), 20.0);
        QCOMPARE(baseline.value(QStringLiteral("values")).toInt(), 2); // the reported maximum and the synthetic count
        int counted = 0, reported = 0, flagged = 0;
        for (const auto &v : o.value(QStringLiteral("points")).toArray()) {
            const QJsonObject pt = v.toObject();
            (pt.value(QStringLiteral("origin")).toString() == QStringLiteral("counted") ? counted : reported)++;
            if (pt.value(QStringLiteral("exceeds_baseline")).toBool()) {
                ++flagged;
                QCOMPARE(pt.value(QStringLiteral("flag")).toString(),
                         QStringLiteral("73 vs a baseline maximum of 20: 3.6×"));
            }
        }
        QCOMPARE(counted, 2);
        QCOMPARE(reported, 2);
        QCOMPARE(flagged, 2); // counted on the synthetic scene and reported by CSIS
    }

    void judgmentsRestOnQuotedClaims()
    {
        const QList<Judgment> judgments = m_project->all<Judgment>();
        QVERIFY(judgments.size() >= 1);
        const QList<Link> links = m_project->all<Link>();
        bool railLikely = false;
        for (const Judgment &j : judgments) {
            const QList<RecordRef> basis = judgmentBasis(j.meta.id, links);
            QVERIFY2(!basis.isEmpty(), qPrintable(j.statement));
            for (const RecordRef &r : basis) {
                QCOMPARE(r.type, RecordType::Claim);
                const auto c = m_project->find<Claim>(r.id);
                QVERIFY2(c, qPrintable(j.statement));
                QVERIFY(!c->quote.isEmpty() && !c->locator.isEmpty());
                QVERIFY(m_project->exists(RecordType::Source, c->sourceId));
            }
            QVERIFY(!j.notes.isEmpty());
            if (j.statement.contains(QStringLiteral("Tumangang–Khasan"))) {
                railLikely = j.likelihood == Likelihood::Likely && j.confidence == Confidence::Moderate;
                // It rests on the railcar count of 5 October 2023.
                bool count73 = false;
                for (const RecordRef &r : basis)
                    count73 = count73 || m_project->find<Claim>(r.id)->quote.contains(QStringLiteral("73 railcars"));
                QVERIFY(count73);
            }
        }
        QVERIFY(railLikely);
    }

    void eventsOfTheCase()
    {
        QStringList times;
        for (const Event &e : m_project->all<Event>())
            times << e.time.toText();
        QVERIFY(times.contains(QStringLiteral("2023-09-13"))); // Kim-Putin summit
        QVERIFY(times.contains(QStringLiteral("2024-06-19"))); // defence treaty
    }

    void notesCiteSourcesNotFiles()
    {
        // The check itself catches a file citation, a seed's name and a path out of the repository.
        QCOMPARE(fileNamedIn(QStringLiteral("Struck on 20 Sep 2024 (FACTS.md).")), QStringLiteral("FACTS.md"));
        QCOMPARE(fileNamedIn(QStringLiteral("see notes/places.txt")), QStringLiteral("notes/places.txt"));
        QVERIFY(!fileNamedIn(QStringLiteral("as in 001_99f59e3ba24484f6, para. 3")).isEmpty());
        QVERIFY(!fileNamedIn(QStringLiteral("checked in ../shared/seeds")).isEmpty());
        QVERIFY(fileNamedIn(QStringLiteral("(RUSI, \"The Orient Express\", 16 Oct 2023; livemint.com)")).isEmpty());

        QList<std::pair<QString, QString>> texts;
        for (const Site &s : m_project->all<Site>())
            texts << std::pair{s.name, s.locationNote} << std::pair{s.name, s.notes};
        for (const Source &s : m_project->all<Source>())
            texts << std::pair{s.title, s.notes};
        for (const Claim &c : m_project->all<Claim>())
            texts << std::pair{c.quote.left(60), c.notes};
        for (const Event &e : m_project->all<Event>())
            texts << std::pair{e.title, e.locationNote} << std::pair{e.title, e.notes};
        for (const Observation &o : m_project->all<Observation>())
            texts << std::pair{o.meta.id.toString(), o.notes};
        for (const Judgment &j : m_project->all<Judgment>())
            texts << std::pair{j.statement.left(60), j.notes};
        for (const Link &l : m_project->all<Link>())
            texts << std::pair{l.meta.id.toString(), l.note};
        const qsizetype inProject = texts.size();
        caseTexts(m_case, QString(), texts);
        QVERIFY(inProject >= 100 && texts.size() > inProject);
        for (const auto &[where, text] : std::as_const(texts)) {
            const QString file = fileNamedIn(text);
            QVERIFY2(file.isEmpty(), qPrintable(where + QStringLiteral(" names a file (") + file + QStringLiteral(")")));
        }
    }

    void identitiesAreStableAcrossBuilds()
    {
        const QString again = m_dir.filePath(QStringLiteral("demo-again.gpkg"));
        QCOMPARE(test::runCli({QStringLiteral("demo"), again, QStringLiteral("--captures"), m_seeds}).exitCode, 0);
        const auto other = Project::open(again, QStringLiteral("test"), Project::Access::ReadOnly);
        QList<QUuid> a, b;
        for (const Claim &c : m_project->all<Claim>())
            a << c.meta.id;
        for (const Claim &c : other->all<Claim>())
            b << c.meta.id;
        QCOMPARE(a, b);
    }

    void verifyAndOgrinfoAccept()
    {
        const auto v = test::runCli({QStringLiteral("verify"), m_file});
        QVERIFY2(v.exitCode == 0, qPrintable(v.err));

        test::checkOgrinfoLists(m_file, {QStringLiteral("sites"), QStringLiteral("claims"), QStringLiteral("scenes"),
                                         QStringLiteral("annotations"), QStringLiteral("events"), QStringLiteral("site_aois"),
                                         QStringLiteral("sources"), QStringLiteral("captures"), QStringLiteral("observations"),
                                         QStringLiteral("links"), QStringLiteral("change_log"), QStringLiteral("bookmarks")});
    }

    void gdalValidatorAccepts()
    {
        if (!test::gdalValidatorInstalled())
            QSKIP("GDAL's validate_gpkg.py (python3-gdal) is not installed");
        test::checkGdalValidatorAccepts(m_file);
    }
};

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
