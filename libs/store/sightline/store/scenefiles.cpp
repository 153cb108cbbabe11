// Imagery scenes and their files: import through GDAL, embedding in chunks, finding moved files.
#include "sightline/store/scenefiles.h"

#include "sightline/geo/rasterinfo.h"
#include "sightline/store/filerules.h"
#include "sightline/store/rowio.h"
#include "sightline/store/schema_imagery.h"
#include "sightline/store/sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QSaveFile>

namespace sightline::store {

namespace {
constexpr qint64 kChunkBytes = 1024 * 1024;

QString projectFolder(const Project &project)
{
    return QFileInfo(project.path()).absolutePath();
}

// Relative when the file lies under the project's folder or its parent (a case folder with the
// project and its imagery side by side), so that the pair can be moved together.
QString storedPath(const Project &project, const QString &file)
{
    const QString absolute = QFileInfo(file).absoluteFilePath();
    const QString relative = QDir(projectFolder(project)).relativeFilePath(absolute);
    if (!relative.startsWith(QLatin1String("../../")))
        return relative;
    return absolute;
}

void embedFile(Project &project, const QUuid &sceneId, const QString &file)
{
    QFile in;
    QString why;
    if (!openRegularFile(file, in, &why))
        throw StoreError(StoreError::Kind::Io, file, why);
    if (in.size() > kMaxSceneFileBytes)
        throw StoreError(StoreError::Kind::Invalid, file, QStringLiteral("is larger than the limit for a scene"));
    auto insert = project.database().prepare(
        QStringLiteral("INSERT INTO scene_chunks (scene_uuid, seq, data) VALUES (?, ?, ?)"));
    for (qint64 seq = 0;; ++seq) {
        const QByteArray chunk = in.read(kChunkBytes);
        if (chunk.isEmpty())
            break;
        insert.bind(1, uuidText(sceneId)).bind(2, seq).bind(3, chunk);
        insert.run();
    }
}

// The suffix GDAL may need to recognise the format: letters and digits only, or none.
QString safeSuffix(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix.isEmpty() || suffix.size() > 8 ||
        !std::all_of(suffix.cbegin(), suffix.cend(), [](QChar c) { return c.isDigit() || (c >= u'a' && c <= u'z'); }))
        return {};
    return u'.' + suffix;
}

// Embedded content is written into a folder of this user's own, to a file named by the SHA-256
// of what was written, computed while writing: nothing the file says becomes a path, and a file
// found there under that name was made by this user from content with that hash.
QString extractEmbedded(const Project &project, const ImageryScene &scene, QString *error)
{
    auto fail = [&](const QString &line) {
        if (error)
            *error = line;
        return QString();
    };
    if (!isSha256Hex(scene.sha256))
        return fail(QStringLiteral("%1: the embedded scene %2 has no well-formed SHA-256; not extracted")
                        .arg(project.path(), uuidText(scene.meta.id)));
    const QString dir = privateTempFolder(QStringLiteral("sightline-scenes"));
    if (dir.isEmpty())
        return fail(QStringLiteral("%1: no private folder for extracting embedded scenes")
                        .arg(QDir::temp().filePath(QStringLiteral("sightline-scenes"))));
    const QString suffix = safeSuffix(scene.filePath);
    const QString expected = QDir(dir).filePath(QString::fromLatin1(scene.sha256) + suffix);
    if (QFileInfo(expected).isFile())
        return expected;
    QSaveFile out(QDir(dir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".part")));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("%1: cannot extract the embedded scene \"%2\": %3")
                        .arg(dir, scene.filePath, out.errorString()));
    auto s = project.database().prepare(
        QStringLiteral("SELECT data FROM scene_chunks WHERE scene_uuid = ? ORDER BY seq"));
    s.bind(1, uuidText(scene.meta.id));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    qint64 total = 0;
    while (s.next()) {
        const QByteArray chunk = s.blob(0);
        total += chunk.size();
        if (total > kMaxSceneFileBytes) {
            out.cancelWriting();
            return fail(QStringLiteral("%1: the embedded scene \"%2\" is larger than the limit for a scene")
                            .arg(project.path(), scene.filePath));
        }
        hash.addData(chunk);
        out.write(chunk);
    }
    if (total == 0) {
        out.cancelWriting();
        return fail(QStringLiteral("%1: the embedded scene \"%2\" has no content").arg(project.path(), scene.filePath));
    }
    const QByteArray actual = hash.result().toHex();
    if (actual != scene.sha256) {
        out.cancelWriting();
        return fail(QStringLiteral("%1: the embedded scene \"%2\" does not match its SHA-256 (recorded %3, content "
                                   "has %4); not extracted")
                        .arg(project.path(), scene.filePath, QString::fromLatin1(scene.sha256),
                             QString::fromLatin1(actual)));
    }
    if (!out.commit())
        return fail(QStringLiteral("%1: cannot extract the embedded scene: %2").arg(dir, out.errorString()));
    const QString written = out.fileName();
    const QString target = QDir(dir).filePath(QString::fromLatin1(actual) + suffix);
    // Another reader may have put the same content in place meanwhile: either copy will do.
    if (!QFile::rename(written, target)) {
        QFile::remove(written);
        if (!QFileInfo(target).isFile())
            return fail(QStringLiteral("%1: cannot move the extracted scene into place").arg(target));
    }
    return target;
}

} // namespace

QByteArray fileSha256(const QString &path)
{
    return regularFileSha256(path);
}

SceneImportReport importScene(Project &project, const QString &file, const SceneImportOptions &options)
{
    SceneImportReport report = readScene(project, file, options);
    ImageryScene &s = report.scene;
    if (options.embed) {
        s.embedded = true;
        s.filePath = QFileInfo(file).fileName();
    }
    Project::Batch batch(project);
    if (options.embed)
        embedFile(project, s.meta.id, file);
    project.save(s);
    batch.commit();
    return report;
}

SceneImportReport readScene(const Project &project, const QString &file, const SceneImportOptions &options)
{
    QString error;
    const auto info = geo::readRasterInfo(file, &error, options.assumedCrs);
    if (!info) {
        const QString prefix = file + QStringLiteral(": ");
        throw StoreError(StoreError::Kind::Invalid, file, error.startsWith(prefix) ? error.mid(prefix.size()) : error);
    }
    SceneImportReport report;
    ImageryScene &s = report.scene;
    s.meta.id = QUuid::createUuid();
    s.filePath = storedPath(project, file);
    s.sha256 = fileSha256(file);
    if (s.sha256.isEmpty())
        throw StoreError(StoreError::Kind::Io, file, QStringLiteral("cannot be read to hash it"));
    // A byte-identical copy under another name is the same scene: a second record would count
    // its annotations twice and show it twice in every comparison.
    for (const ImageryScene &other : project.all<ImageryScene>())
        if (other.sha256 == s.sha256)
            throw StoreError(StoreError::Kind::Invalid, file,
                             QStringLiteral("holds the same bytes (SHA-256 %1) as scene %2, already in the project as "
                                            "%3; not added again")
                                 .arg(QString::fromLatin1(s.sha256), uuidText(other.meta.id), other.filePath));
    s.footprint = info->footprint;
    s.resolutionMeters = info->resolutionMeters;
    s.crs = info->crs;
    s.width = info->width;
    s.height = info->height;
    s.bandCount = info->bandCount;
    s.provider = info->provider;
    s.providerSceneId = info->sceneId;
    s.acquired = info->acquired;
    s.sensor = info->sensor;
    s.offNadirDegrees = info->offNadirDegrees;
    s.cloudPercent = info->cloudPercent;
    s.licence = info->licence;
    s.notes = options.notes;
    report.driver = info->driver;
    report.dataType = info->dataType;
    report.crsName = info->crsName;
    report.overviewCount = info->overviewCount;
    return report;
}

QString sceneFilePath(const Project &project, const ImageryScene &scene, QString *error)
{
    if (scene.embedded)
        return extractEmbedded(project, scene, error);
    const QString path = QDir::cleanPath(QDir(projectFolder(project)).absoluteFilePath(scene.filePath));
    if (!QFileInfo::exists(path)) {
        if (error)
            *error = QStringLiteral("%1: file missing (scene %2)").arg(path, uuidText(scene.meta.id));
        return {};
    }
    // Relative paths are stored for files under the project's folder's parent (storedPath).
    const QString refusal = sceneFileRefusal(path, QFileInfo(projectFolder(project)).absolutePath());
    if (!refusal.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1: refused as the file of scene %2: %3").arg(path, uuidText(scene.meta.id), refusal);
        return {};
    }
    return path;
}

QList<ImageryScene> findMovedScenes(const Project &project, const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        throw StoreError(StoreError::Kind::NotFound, folder, QStringLiteral("no such folder"));
    QHash<QByteArray, ImageryScene> wanted; // by hash
    for (const ImageryScene &s : project.all<ImageryScene>())
        if (!s.embedded && !s.sha256.isEmpty() && sceneFilePath(project, s).isEmpty())
            wanted.insert(s.sha256, s);
    // Every file is a candidate (a compressed scene's size says nothing of its pixels); each is
    // hashed once, and the search stops when every missing scene is found.
    QList<ImageryScene> found;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext() && !wanted.isEmpty()) {
        const QString file = it.next();
        auto hit = wanted.find(fileSha256(file));
        if (hit == wanted.end())
            continue;
        ImageryScene s = *hit;
        wanted.erase(hit);
        s.filePath = storedPath(project, file);
        found << s;
    }
    return found;
}

QList<ImageryScene> relocateScenes(Project &project, const QString &folder)
{
    QList<ImageryScene> found = findMovedScenes(project, folder);
    Project::Batch batch(project);
    for (ImageryScene &s : found)
        project.save(s);
    batch.commit();
    return found;
}

ImageryScene embedSceneFile(Project &project, const QUuid &sceneId)
{
    auto scene = project.find<ImageryScene>(sceneId);
    if (!scene)
        throw StoreError(StoreError::Kind::NotFound, project.path(), QStringLiteral("no scene %1").arg(uuidText(sceneId)));
    if (scene->embedded)
        return *scene;
    QString why;
    const QString file = sceneFilePath(project, *scene, &why);
    if (file.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, scene->filePath, QStringLiteral("file missing; find it first"));
    if (fileSha256(file) != scene->sha256)
        throw StoreError(StoreError::Kind::Invalid, file,
                         QStringLiteral("has changed since it was imported (its SHA-256 differs); import it again"));
    Project::Batch batch(project);
    embedFile(project, sceneId, file);
    scene->embedded = true;
    scene->filePath = QFileInfo(file).fileName();
    project.save(*scene);
    batch.commit();
    return *scene;
}

ImageryScene referenceSceneFile(Project &project, const QUuid &sceneId, const QString &filePath)
{
    auto scene = project.find<ImageryScene>(sceneId);
    if (!scene)
        throw StoreError(StoreError::Kind::NotFound, project.path(), QStringLiteral("no scene %1").arg(uuidText(sceneId)));
    Project::Batch batch(project);
    auto drop = project.database().prepare(QStringLiteral("DELETE FROM scene_chunks WHERE scene_uuid = ?"));
    drop.bind(1, uuidText(sceneId));
    drop.run();
    scene->embedded = false;
    scene->filePath = filePath;
    project.save(*scene);
    batch.commit();
    return *scene;
}

QStringList sceneFileProblems(const Project &project)
{
    QStringList out;
    const bool hasChunks = project.schemaVersion() >= kImageryTablesAddedIn;
    for (const ImageryScene &s : project.all<ImageryScene>()) {
        const QString name = uuidText(s.meta.id) + QStringLiteral(" (\"") + s.filePath + QStringLiteral("\")");
        if (s.embedded) {
            if (!hasChunks)
                continue;
            QCryptographicHash hash(QCryptographicHash::Sha256);
            auto q = project.database().prepare(
                QStringLiteral("SELECT data FROM scene_chunks WHERE scene_uuid = ? ORDER BY seq"));
            q.bind(1, uuidText(s.meta.id));
            while (q.next())
                hash.addData(q.blob(0));
            if (hash.result().toHex() != s.sha256)
                out << QStringLiteral("scene %1: its embedded content does not match its SHA-256").arg(name);
            continue;
        }
        QString why;
        const QString file = sceneFilePath(project, s, &why);
        if (file.isEmpty()) {
            out << QStringLiteral("scene %1: %2; sightline-cli import-imagery PROJECT --relocate FOLDER finds moved files")
                       .arg(name, why);
            continue;
        }
        const QByteArray actual = fileSha256(file);
        if (actual != s.sha256)
            out << QStringLiteral("scene %1: %2 no longer matches its SHA-256: recorded %3, file has %4")
                       .arg(name, file, QString::fromLatin1(s.sha256), QString::fromLatin1(actual));
    }
    return out;
}

} // namespace sightline::store
