// Every write is a transaction: an interrupted write leaves nothing behind, a process killed
// mid-write leaves the file as it was, and the change log cannot be rewritten.
#include "support/samplerecords.h"

#include "sightline/store/sqlite.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace sightline;

class TestStoreTransactions : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // Ends the process on the spot: no destructor runs, no connection is closed.
    [[noreturn]] static void dieNow() { _exit(0); }

    // Runs body in a child process; body ends by calling dieNow() while its objects are alive.
    static void inDyingChild(const std::function<void()> &body)
    {
        const pid_t pid = fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            body();
            _exit(1); // body returned: the test is wrong
        }
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }

private slots:
    void uncommittedBatchIsRolledBack()
    {
        auto p = Project::create(path("batch.gpkg"), QStringLiteral("Batch"), QStringLiteral("a"));
        {
            Project::Batch batch(*p);
            for (int i = 0; i < 10; ++i) {
                Site s = test::sampleSite(QStringLiteral("site %1").arg(i));
                p->save(s);
            }
            // no commit: an error path leaves the scope
        }
        QCOMPARE(p->count(RecordType::Site), 0);
        QCOMPARE(p->changeLogCount(), 0);
        QCOMPARE(p->database().scalarInt(QStringLiteral("SELECT count(*) FROM site_aois")), 0);
    }

    void failedSaveInsideBatchKeepsTheRest()
    {
        auto p = Project::create(path("partial.gpkg"), QStringLiteral("Partial"), QStringLiteral("a"));
        Project::Batch batch(*p);
        Site good = test::sampleSite();
        p->save(good);
        Site bad = test::sampleSite(QString());
        QVERIFY_THROWS_EXCEPTION(StoreError, p->save(bad));
        batch.commit();
        QCOMPARE(p->count(RecordType::Site), 1);
        QCOMPARE(p->changeLogCount(), 1);
    }

    void processKilledMidWriteLeavesFileAsItWas()
    {
        const QString file = path("crash.gpkg");
        {
            auto p = Project::create(file, QStringLiteral("Crash"), QStringLiteral("a"));
            Site s = test::sampleSite();
            p->save(s);
        }
        inDyingChild([&] {
            auto p = Project::open(file, QStringLiteral("child"));
            Project::Batch batch(*p);
            for (int i = 0; i < 2000; ++i) {
                Site s = test::sampleSite(QStringLiteral("never committed %1").arg(i));
                p->save(s);
            }
            dieNow(); // inside the transaction, nothing closed or rolled back
        });
        const auto p = Project::open(file, QStringLiteral("a"));
        QCOMPARE(p->count(RecordType::Site), 1);
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
    }

    void committedWorkSurvivesAKilledProcess()
    {
        const QString file = path("committed.gpkg");
        Project::create(file, QStringLiteral("Committed"), QStringLiteral("a"));
        inDyingChild([&] {
            auto p = Project::open(file, QStringLiteral("child"));
            Project::Batch batch(*p);
            for (int i = 0; i < 500; ++i) {
                Site s = test::sampleSite(QStringLiteral("committed %1").arg(i));
                p->save(s);
            }
            batch.commit();
            dieNow(); // with the commit in the WAL, never checkpointed, nothing closed
        });
        QVERIFY(QFile::exists(file + QStringLiteral("-wal")));
        const auto p = Project::open(file, QStringLiteral("a"), Project::Access::ReadOnly);
        QCOMPARE(p->count(RecordType::Site), 500);
        QCOMPARE(p->changeLogCount(), 500);
        QVERIFY2(p->verify().isEmpty(), qPrintable(p->verify().join(u'\n')));
    }

    void changeLogIsAppendOnly()
    {
        auto p = Project::create(path("log.gpkg"), QStringLiteral("Log"), QStringLiteral("a"));
        Site s = test::sampleSite();
        p->save(s);
        QVERIFY_THROWS_EXCEPTION(StoreError, p->database().exec(QStringLiteral("DELETE FROM change_log")));
        QVERIFY_THROWS_EXCEPTION(StoreError,
                                 p->database().exec(QStringLiteral("UPDATE change_log SET author = 'someone else'")));
        QCOMPARE(p->changeLog().size(), 1);
        QCOMPARE(p->changeLog().first().author, QStringLiteral("a"));
    }

    void readOnlyProjectRefusesWrites()
    {
        const QString file = path("readonly.gpkg");
        Project::create(file, QStringLiteral("RO"), QStringLiteral("a"));
        const QByteArray before = test::fileSha256(file);
        auto p = Project::open(file, QStringLiteral("a"), Project::Access::ReadOnly);
        Site s = test::sampleSite();
        QVERIFY_THROWS_EXCEPTION(StoreError, p->save(s));
        p.reset();
        QCOMPARE(test::fileSha256(file), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreTransactions)
#include "tst_store_transactions.moc"
