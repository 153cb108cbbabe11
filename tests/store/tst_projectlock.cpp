// The lock beside an open project: a second process is told who has it and since when; a lock
// whose process was killed (SIGKILL, nothing cleaned up) is taken over; a lock is released when
// its holder ends; a project in a folder that cannot be written is reported as such, and opens
// read-only (checked as an unprivileged user: root may write anywhere).
#include "sightline/store/newproject.h"
#include "sightline/store/project.h"
#include "sightline/store/projectlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <pwd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace sightline;
using store::ProjectLock;

namespace {

// Run as a child with SIGHTLINE_HOLD_LOCK=path: takes the lock as "Dae-jung Park", says so, and
// waits to be ended.
int holdLock(const QString &path)
{
    ProjectLock lock(path);
    if (lock.tryLock(QStringLiteral("Dae-jung Park")) != ProjectLock::Result::Acquired)
        return 1;
    fputs("locked\n", stdout);
    fflush(stdout);
    char line[16];
    fgets(line, sizeof line, stdin); // until told to go (or killed)
    return 0;
}

} // namespace

class TestProjectLock : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString project(const QString &name)
    {
        store::NewProject spec;
        spec.path = m_dir.filePath(name);
        store::createProjectFile(spec);
        return spec.path;
    }

    void startHolder(QProcess &child, const QString &path)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SIGHTLINE_HOLD_LOCK"), path);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(10000));
        QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));
    }

private slots:
    void secondProcessLearnsWhoAndSince()
    {
        const QString path = project(QStringLiteral("a.gpkg"));
        QProcess child;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        startHolder(child, path);
        ProjectLock mine(path);
        QCOMPARE(mine.tryLock(QStringLiteral("Mira")), ProjectLock::Result::HeldElsewhere);
        QVERIFY(!mine.isLocked());
        const auto holder = mine.holder();
        QVERIFY(holder);
        QCOMPARE(holder->analyst, QStringLiteral("Dae-jung Park"));
        QCOMPARE(holder->pid, child.processId());
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        QVERIFY(holder->since >= before && holder->since <= QDateTime::currentDateTimeUtc());

        // Ended in order: its lock goes with it.
        child.write("go\n");
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitCode(), 0);
        QVERIFY(!QFile::exists(ProjectLock::lockFilePath(path)));
        QCOMPARE(mine.tryLock(QStringLiteral("Mira")), ProjectLock::Result::Acquired);
    }

    void killedHoldersLockIsTakenOver()
    {
        const QString path = project(QStringLiteral("b.gpkg"));
        QProcess child;
        startHolder(child, path);
        ProjectLock mine(path);
        QCOMPARE(mine.tryLock(QStringLiteral("Mira")), ProjectLock::Result::HeldElsewhere);
        child.kill(); // SIGKILL: the lock file stays behind
        QVERIFY(child.waitForFinished());
        QVERIFY(QFile::exists(ProjectLock::lockFilePath(path)));
        QCOMPARE(mine.tryLock(QStringLiteral("Mira")), ProjectLock::Result::Acquired);
        ProjectLock third(path);
        QCOMPARE(third.tryLock(QStringLiteral("Someone")), ProjectLock::Result::HeldElsewhere);
        QCOMPARE(third.holder()->analyst, QStringLiteral("Mira"));
    }

    void readOnlyFolder()
    {
        QTemporaryDir dir;
        store::NewProject spec;
        spec.path = dir.filePath(QStringLiteral("ro.gpkg"));
        store::createProjectFile(spec);
        // The folder and the file may be read by anyone and written by no one but root.
        QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0755) == 0);
        QVERIFY(::chmod(QFile::encodeName(spec.path).constData(), 0644) == 0);
        const passwd *nobody = ::getpwnam("nobody");
        if (::geteuid() != 0 || !nobody) {
            // Not root: make the folder read-only for this user instead.
            QVERIFY(::chmod(QFile::encodeName(dir.path()).constData(), 0555) == 0);
        }
        const pid_t pid = ::fork();
        QVERIFY(pid >= 0);
        if (pid == 0) {
            if (::geteuid() == 0 && nobody && (::setgid(nobody->pw_gid) != 0 || ::setuid(nobody->pw_uid) != 0))
                ::_exit(10);
            ProjectLock lock(spec.path);
            if (lock.tryLock(QStringLiteral("Mira")) != ProjectLock::Result::FolderReadOnly)
                ::_exit(11);
            try {
                auto p = Project::open(spec.path, QStringLiteral("Mira"), Project::Access::ReadOnly);
                if (!p->isReadOnly() || p->all<Site>().size() != 0)
                    ::_exit(12);
            } catch (const StoreError &e) {
                fprintf(stderr, "%s\n", qPrintable(e.message()));
                ::_exit(13);
            }
            ::_exit(0);
        }
        int status = 0;
        QCOMPARE(::waitpid(pid, &status, 0), pid);
        ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
        QVERIFY(WIFEXITED(status));
        QCOMPARE(WEXITSTATUS(status), 0);
    }
};

int main(int argc, char **argv)
{
    if (const QByteArray path = qgetenv("SIGHTLINE_HOLD_LOCK"); !path.isEmpty()) {
        QCoreApplication app(argc, argv);
        return holdLock(QString::fromLocal8Bit(path));
    }
    QCoreApplication app(argc, argv);
    TestProjectLock test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_projectlock.moc"
