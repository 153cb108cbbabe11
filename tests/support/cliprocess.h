#pragma once

// Runs sightline-cli from the build's bin folder and captures what it says.
#include <QProcess>
#include <QString>
#include <QStringList>

namespace sightline::test {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QString binPath(const QString &name)
{
    const QString dir = qEnvironmentVariable("SIGHTLINE_BIN_DIR", QStringLiteral(SIGHTLINE_BIN_DIR));
    return dir + u'/' + name;
}

inline CliResult runCli(const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(binPath(QStringLiteral("sightline-cli")), args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("sightline-cli did not finish");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace sightline::test
