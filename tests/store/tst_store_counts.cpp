// Project schema 6 (annotation count, confidence and shape; what a quantity measures; licence
// terms; the project's object kinds) against a real schema-5 file: read-only with defaults for
// what it lacks, migrated to the same table definitions a new project has.
#include "support/samplerecords.h"

#include "sightline/store/project.h"
#include "sightline/store/schema.h"
#include "sightline/store/schemacheck.h"
#include "sightline/store/sqlite.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

namespace {

QString tableSql(sql::Database &db, const QString &table)
{
    auto s = db.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"));
    s.bind(1, table);
    return s.next() ? s.text(0) : QString();
}

} // namespace

class TestStoreCounts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_copies = 0;

    // A fresh copy of the schema-5 file: the original in the source tree is never opened.
    QString copyOfSchema5()
    {
        const QString original = QStringLiteral(SIGHTLINE_SOURCE_DIR "/tests/data/project-schema5.gpkg");
        const QString copy = m_dir.filePath(QStringLiteral("schema5-%1.gpkg").arg(++m_copies));
        if (!QFile::copy(original, copy))
            return {};
        QFile::setPermissions(copy, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return copy;
    }

    // What the schema-5 file holds reads with the defaults of schema 6. Migrated, its annotation
    // (on a scene, at a site) is counted: one more observation, measured as a count.
    static void checkDefaults(Project &p, bool migrated = false)
    {
        const auto annotations = p.all<Annotation>();
        QCOMPARE(annotations.size(), 1);
        QCOMPARE(annotations[0].objectKind, QStringLiteral("railcar"));
        QCOMPARE(annotations[0].shape, AnnotationShape::Point);
        QCOMPARE(annotations[0].count, 1);
        QCOMPARE(annotations[0].confidence, Confidence::High);
        const auto claims = p.all<Claim>();
        QCOMPARE(claims.size(), 16);
        for (const Claim &c : claims)
            QCOMPARE(c.quantity.measure, Measure::Unstated);
        const auto observations = p.all<Observation>();
        QCOMPARE(observations.size(), migrated ? 3 : 2);
        QCOMPARE(observations[0].count.measure, Measure::Unstated);
        if (migrated) {
            QCOMPARE(observations[2].sceneId, annotations[0].sceneId);
            QCOMPARE(observations[2].count.value, 1.0);
            QCOMPARE(observations[2].count.measure, Measure::Count);
        }
        const auto scenes = p.all<ImageryScene>();
        QCOMPARE(scenes.size(), 1);
        QCOMPARE(scenes[0].licence, QStringLiteral("CC BY 4.0"));
        QCOMPARE(scenes[0].licenceTerms, LicenceTerms::Unstated);
        QVERIFY(p.objectKinds().isEmpty());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(store::kSchemaVersion >= 6);
    }

    void schema5ReadsReadOnlyWithDefaults()
    {
        const QString file = copyOfSchema5();
        QVERIFY(!file.isEmpty());
        const QByteArray before = test::fileSha256(file);
        {
            auto p = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
            QCOMPARE(p->schemaVersion(), 5);
            checkDefaults(*p);
            const auto a = p->all<Annotation>().first();
            QCOMPARE(p->find<Annotation>(a.meta.id)->count, 1);
            GeoBounds all{-180, -90, 180, 90};
            QCOMPARE(p->annotationsIn(all, {}, {}).size(), 1);
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
            ObjectKind k{QStringLiteral("fuel_wagon"), QStringLiteral("Fuel wagon"), QStringLiteral("#123456")};
            QVERIFY_THROWS_EXCEPTION(StoreError, p->saveObjectKind(k));
        }
        QCOMPARE(test::fileSha256(file), before);
    }

    void schema5MigratesToTheNewDefinitions()
    {
        const QString file = copyOfSchema5();
        QVERIFY(!file.isEmpty());
        {
            auto p = Project::open(file, QStringLiteral("writer"));
            QCOMPARE(p->schemaVersion(), store::kSchemaVersion);
            checkDefaults(*p, true);
            QVERIFY(store::schemaProblems(p->database(), store::kSchemaVersion).isEmpty());
            QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
        }
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.gpkg"));
        auto made = Project::create(fresh, QStringLiteral("New"), QStringLiteral("writer"));
        auto migrated = Project::open(file, QStringLiteral("writer"), Project::Access::ReadOnly);
        for (const char *table : {"annotations", "claims", "observations", "scenes", "object_kinds"}) {
            const QString name = QString::fromLatin1(table);
            QVERIFY2(!tableSql(made->database(), name).isEmpty(), table);
            QCOMPARE(tableSql(migrated->database(), name), tableSql(made->database(), name));
        }
    }

    void newFieldsRoundTrip()
    {
        const QString file = copyOfSchema5();
        auto p = Project::open(file, QStringLiteral("writer"));
        Annotation a = p->all<Annotation>().first();
        a.shape = AnnotationShape::Box;
        a.count = 12;
        a.confidence = Confidence::Low;
        p->save(a);
        QCOMPARE(*p->find<Annotation>(a.meta.id), a);
        QCOMPARE(p->all<Observation>().last().count.value, 12.0);

        Claim c = p->all<Claim>().first();
        c.quantity.measure = Measure::RunningTotal;
        p->save(c);
        QCOMPARE(p->find<Claim>(c.meta.id)->quantity.measure, Measure::RunningTotal);

        ImageryScene s = p->all<ImageryScene>().first();
        s.licenceTerms = LicenceTerms::NoRepublication;
        p->save(s);
        QCOMPARE(p->find<ImageryScene>(s.meta.id)->licenceTerms, LicenceTerms::NoRepublication);
        QVERIFY(!mayRepublish(LicenceTerms::NoRepublication));
        QVERIFY(!mayRepublish(LicenceTerms::Unstated));
        QVERIFY(mayRepublish(LicenceTerms::AttributionRequired));
    }

    void projectKindsJoinTheVocabulary()
    {
        const QString file = m_dir.filePath(QStringLiteral("kinds.gpkg"));
        auto p = Project::create(file, QStringLiteral("Kinds"), QStringLiteral("writer"));
        const qint64 logBefore = p->changeLogCount();
        p->saveObjectKind({QStringLiteral("fuel_wagon"), QStringLiteral("Fuel wagon"), QStringLiteral("#123456")});
        p->saveObjectKind({QStringLiteral("fuel_wagon"), QStringLiteral("Tank wagon"), QStringLiteral("#654321")});
        QCOMPARE(p->changeLogCount(), logBefore + 2);
        const auto own = p->objectKinds();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own[0].name, QStringLiteral("Tank wagon"));
        const auto vocabulary = objectKindVocabulary(own);
        QCOMPARE(vocabulary.size(), builtInObjectKinds().size() + 1);
        QCOMPARE(vocabulary.last().key, QStringLiteral("other"));
        QVERIFY(findObjectKind(vocabulary, QStringLiteral("fuel_wagon")));
        QVERIFY(findObjectKind(vocabulary, QStringLiteral("covered_railcar")));
        QVERIFY(!findObjectKind(vocabulary, QStringLiteral("tank")));
    }

    // A kind leaves the vocabulary only while nothing marks it; built-in kinds never do.
    void projectKindsAreRemovedWhenUnused()
    {
        const QString file = copyOfSchema5();
        auto p = Project::open(file, QStringLiteral("writer"));
        p->saveObjectKind({QStringLiteral("fuel_wagon"), QStringLiteral("Fuel wagon"), QStringLiteral("#123456")});
        Annotation a = p->all<Annotation>().first();
        a.objectKind = QStringLiteral("fuel_wagon");
        p->save(a);
        const qint64 logBefore = p->changeLogCount();
        QVERIFY_THROWS_EXCEPTION(StoreError, p->removeObjectKind(QStringLiteral("fuel_wagon")));
        QVERIFY_THROWS_EXCEPTION(StoreError, p->removeObjectKind(QStringLiteral("railcar")));
        QVERIFY_THROWS_EXCEPTION(StoreError, p->removeObjectKind(QStringLiteral("no_such_kind")));
        QCOMPARE(p->objectKinds().size(), 1);
        QCOMPARE(p->changeLogCount(), logBefore);

        a.objectKind = QStringLiteral("railcar");
        p->save(a);
        p->removeObjectKind(QStringLiteral("fuel_wagon"));
        QVERIFY(p->objectKinds().isEmpty());
        QCOMPARE(p->changeLog(p->projectId()).last().action, ChangeLogEntry::Action::Delete);
    }

    void unsoundKindsAreRefused_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("colour");
        QTest::newRow("built-in key") << "railcar" << "Railcar" << "#ff0000";
        QTest::newRow("capitals") << "Fuel_Wagon" << "Fuel wagon" << "#ff0000";
        QTest::newRow("plural spaces") << "fuel wagons" << "Fuel wagons" << "#ff0000";
        QTest::newRow("double underscore") << "fuel__wagon" << "Fuel wagon" << "#ff0000";
        QTest::newRow("empty key") << "" << "Fuel wagon" << "#ff0000";
        QTest::newRow("empty name") << "fuel_wagon" << " " << "#ff0000";
        QTest::newRow("colour name") << "fuel_wagon" << "Fuel wagon" << "red";
        QTest::newRow("long key") << QString(41, u'a') << "Long" << "#ff0000";
    }

    void unsoundKindsAreRefused()
    {
        QFETCH(QString, key);
        QFETCH(QString, name);
        QFETCH(QString, colour);
        const QString file = m_dir.filePath(QStringLiteral("refused-%1.gpkg").arg(++m_copies));
        auto p = Project::create(file, QStringLiteral("Kinds"), QStringLiteral("writer"));
        const qint64 logBefore = p->changeLogCount();
        QVERIFY_THROWS_EXCEPTION(StoreError, p->saveObjectKind({key, name, colour}));
        QVERIFY(p->objectKinds().isEmpty());
        QCOMPARE(p->changeLogCount(), logBefore);
    }

    // A received file's rows are checked, not trusted: a kind no editor could make is not listed.
    void foreignKindRowsAreLeftOut()
    {
        const QString file = m_dir.filePath(QStringLiteral("foreign-kinds.gpkg"));
        {
            auto p = Project::create(file, QStringLiteral("Kinds"), QStringLiteral("writer"));
            p->database().exec(QStringLiteral("INSERT INTO object_kinds (key, name, colour) VALUES "
                                              "('railcar', 'Not a railcar', '#000000'), "
                                              "('x\x1b[2J', 'Escape', '#000000'), "
                                              "('tank_wagon', 'Tank wagon', '#00ff00')"));
        }
        auto p = Project::open(file, QStringLiteral("reader"), Project::Access::ReadOnly);
        const auto own = p->objectKinds();
        QCOMPARE(own.size(), 1);
        QCOMPARE(own[0].key, QStringLiteral("tank_wagon"));
    }
};

QTEST_GUILESS_MAIN(TestStoreCounts)
#include "tst_store_counts.moc"
