#pragma once

#include <QStringList>

namespace sightline::cli {

// Exit codes shared by every command.
enum Exit { Ok = 0, Usage = 1, BadInput = 2, Internal = 3 };

// Each command takes its own arguments (after the command name) and returns an exit code.
int runNew(const QStringList &args);
int runDemo(const QStringList &args);
int runInfo(const QStringList &args);
int runVerify(const QStringList &args);
int runRender(const QStringList &args);
int runBasemap(const QStringList &args);
int runClaims(const QStringList &args);
int runCapture(const QStringList &args);
int runExportCapture(const QStringList &args);
int runSearch(const QStringList &args);
int runJudgments(const QStringList &args);
int runImportImagery(const QStringList &args);
int runGeoreference(const QStringList &args);
int runTimeline(const QStringList &args);
int runBrief(const QStringList &args);
int runExport(const QStringList &args);
int runImport(const QStringList &args);
int runAnnotations(const QStringList &args);
int runSeries(const QStringList &args);
int runKinds(const QStringList &args);
int runMerge(const QStringList &args);
int runDiff(const QStringList &args);
int runConflicts(const QStringList &args);
int runResolve(const QStringList &args);

} // namespace sightline::cli
