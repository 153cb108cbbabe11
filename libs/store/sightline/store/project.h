#pragma once

#include "sightline/core/annotation.h"
#include "sightline/core/bookmark.h"
#include "sightline/core/capture.h"
#include "sightline/core/changelog.h"
#include "sightline/core/claim.h"
#include "sightline/core/custody.h"
#include "sightline/core/gradingscheme.h"
#include "sightline/core/reviewflag.h"
#include "sightline/core/event.h"
#include "sightline/core/judgment.h"
#include "sightline/core/marking.h"
#include "sightline/core/layerstate.h"
#include "sightline/core/objectkinds.h"
#include "sightline/core/link.h"
#include "sightline/core/observation.h"
#include "sightline/core/scene.h"
#include "sightline/core/site.h"
#include "sightline/core/source.h"
#include "sightline/store/basemapsources.h"
#include "sightline/store/storeerror.h"

#include <QIODevice>
#include <QJsonValue>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

namespace sightline {

namespace store {
class ContentWriter;
}

namespace sql {
class Database;
class Transaction;
} // namespace sql

// One Sightline project: a single GeoPackage file holding sites, sources, captures, claims,
// imagery, annotations, observations, events, links, bookmarks, judgments, the map's layer state
// and the change log.
//
// Every write is a transaction in WAL mode, so a crash leaves the file as it was before the
// write. Files that are not Sightline projects, come from a newer Sightline, or are damaged are
// refused by open() with a StoreError naming the file, and are not modified. A file of an older
// schema is migrated when opened for writing; opened read-only it is left as it is, and what
// its schema lacks reads as empty.
//
// A Project belongs to the thread that opened it; other threads open their own.
class Project
{
public:
    enum class Access { ReadOnly, ReadWrite };
    static constexpr qint64 kDefaultCaptureLimitBytes = 2LL * 1024 * 1024 * 1024;

    // Creates a new project; refuses to overwrite an existing file.
    static std::unique_ptr<Project> create(const QString &path, const QString &title, const QString &author);
    static std::unique_ptr<Project> open(const QString &path, const QString &author,
                                         Access access = Access::ReadWrite);
    ~Project();
    Project(const Project &) = delete;
    Project &operator=(const Project &) = delete;

    QString path() const;
    QString author() const { return m_author; }
    bool isReadOnly() const { return m_readOnly; }
    int schemaVersion() const; // of the file: older than kSchemaVersion only when opened read-only
    QUuid projectId() const;
    QString title() const;

    // Inserts a new record (revision 0) or updates a stored one; fills in the record's meta.
    // Throws StoreError::Invalid when the record is unsound or refers to records that do not
    // exist, and when the stored copy changed since this one was read (revision mismatch).
    template <typename T> void save(T &record);
    template <typename T> void remove(const QUuid &id);
    template <typename T> QList<T> all() const;
    template <typename T> std::optional<T> find(const QUuid &id) const;
    bool exists(RecordType type, const QUuid &id) const;
    qint64 count(RecordType type) const;

    // The map's layers as last saved, in drawing order (by position).
    QList<LayerState> layerStates() const;
    // Replaces every saved layer state at once and notes it in the change log. Throws
    // StoreError::Invalid, storing nothing, for an empty or repeated layer id or an opacity
    // outside 0..1.
    void setLayerStates(const QList<LayerState> &states);

    // The project's basemap sources and the one its map shows (the sources, never their tiles),
    // kept as JSON in sightline_meta. Read as untrusted: what does not pass basemapSourceProblem
    // is left out, one line in *problems for each.
    BasemapSources basemapSources(QStringList *problems = nullptr) const;
    // Replaces them all and notes it in the change log. Throws StoreError::Invalid, storing
    // nothing, for a source basemapSourceProblem refuses, a repeated name or an unknown active one.
    void saveBasemapSources(const BasemapSources &sources);

    // The object kinds this project adds to the built-in ones (objectKindVocabulary() joins them).
    QList<ObjectKind> objectKinds() const;
    // Adds a kind, or renames and recolours the one with its key; noted in the change log. Throws
    // StoreError::Invalid for a built-in or malformed key, an empty name or a colour not #rrggbb.
    void saveObjectKind(const ObjectKind &kind);
    // Takes a kind of the project's own out of its vocabulary; noted in the change log. Throws
    // StoreError::Invalid for a built-in or unknown key, or while annotations still mark the kind.
    void removeObjectKind(const QString &key);

    QList<ChangeLogEntry> changeLog(const QUuid &recordId = {}) const;
    qint64 changeLogCount() const;

    // Stores content as a new capture of description.sourceId: streamed in, hashed (SHA-256),
    // kept whole. The description's sha256 and size are filled in. Content longer than
    // maxBytes is refused and nothing is stored.
    Capture addCapture(Capture description, QIODevice &content, qint64 maxBytes = kDefaultCaptureLimitBytes);
    void readCaptureContent(const QUuid &captureId, QIODevice &out) const;
    // SHA-256 (lowercase hex) of the stored content, computed afresh.
    QByteArray hashCaptureContent(const QUuid &captureId) const;

    // Which version of its capture this is: captures of the same source, original URL and file
    // name are numbered 1, 2, ... in the order they were taken. Re-capturing adds a version and
    // never replaces one. 0 for an unknown capture.
    int captureVersion(const QUuid &captureId) const;
    // Every version of the capture series that captureId belongs to, oldest first.
    QList<Capture> captureVersions(const QUuid &captureId) const;
    // Writes the stored content to out unchanged, checks that it still has the recorded SHA-256,
    // and logs "exported" (with purpose, say the target file) in the custody log. Throws
    // StoreError when the content no longer matches its hash; out then holds what was stored.
    // finish, when given, runs after the check and before the entry is kept (it puts the file in
    // place); when it throws, no "exported" is logged.
    void exportCapture(const QUuid &captureId, QIODevice &out, const QString &purpose = {},
                       const std::function<void()> &finish = {});
    // The text of a capture's content, for full-text search (PDF text, HTML without markup).
    void indexCaptureText(const QUuid &captureId, const QString &text);

    // Chain of custody of captures and imagery, oldest first; every item's when itemId is null.
    QList<CustodyEntry> custodyLog(const QUuid &itemId = {}) const;
    // Appends one entry (the hash is read from the item). "viewed" is logged by whoever shows
    // the content; the store logs imports, exports, removals and recorded re-hashes itself.
    void logCustody(RecordType itemType, const QUuid &itemId, CustodyEntry::Action action,
                    const QString &detail = {});
    // As verify(), and logs "re-hashed" with the outcome for every capture. verify() itself
    // never writes.
    QStringList verifyAndRecord();

    // The grading scheme the project uses (Admiralty unless set). Sources and claims graded
    // outside it are refused on save.
    const GradingScheme &gradingScheme() const;
    // Switches scheme; refuses (StoreError::Invalid, naming the records) while any source or claim
    // has a grade the new scheme lacks.
    void setGradingScheme(const GradingScheme &scheme);
    // The handling marking (TLP 2.0) of everything made from the project; none until set.
    std::optional<Marking> marking() const;
    void setMarking(std::optional<Marking> marking);
    // Every grade a source has had, oldest first.
    QList<SourceGradeChange> gradeHistory(const QUuid &sourceId) const;
    // Changes a source's reliability with the reason, in one transaction with its history entry.
    // A downgrade puts every claim, event, observation, judgment and dependent source that rests
    // on it (recordsRestingOn) on the needs-review list. Saving a Source with a new reliability
    // does the same, with no reason.
    void setSourceGrade(const QUuid &sourceId, Reliability reliability, const QString &reason);
    // Sets the scheme's lowest judged grade (E in Admiralty) and flags what rests on the source.
    void discreditSource(const QUuid &sourceId, const QString &reason);
    // Open review flags (or all of them), oldest first.
    QList<ReviewFlag> reviewFlags(bool openOnly = true) const;
    // Clears every open flag of a record, with a note; the flags stay, marked cleared.
    void clearReview(const QUuid &recordId, const QString &note);
    // Opens cleared flags again (by their sequence numbers), as undoing a review does.
    void reopenReview(const QList<qint64> &flagSequences);

    // Full-text search (SQLite FTS5, bm25 ranking) over sources, claims, sites, events,
    // observations and capture text. Words must all occur; "a phrase" in quotes; word* for a
    // prefix. Best first, at most limit hits. A word found in more than 2,000 records ranks the
    // 2,000 newest of them.
    QList<SearchHit> search(const QString &text, int limit = 50) const;

    // Brings every counted observation in step with its annotations (one per scene × site × kind,
    // the one with the lowest UUID kept when records from another copy brought a second): after a
    // merge. Writes nothing when all are in step.
    void recountAnnotations() { rollUpAllCounts(); }

    // Annotations whose geometry meets the box and whose time may fall within [fromUtc, toUtc]
    // (a null bound is open).
    QList<Annotation> annotationsIn(const GeoBounds &box, const QDateTime &fromUtc, const QDateTime &toUtc) const;

    // Writes a complete, consistent copy of the project to target (VACUUM INTO a temporary file
    // renamed into place), for "save as" and for sharing: target is either untouched or the whole
    // copy, and holds no remains of deleted records (savecopy.cpp). Refuses to overwrite the
    // project itself.
    void saveCopyAs(const QString &target) const;

    // Everything wrong with the file: GeoPackage structure, SQLite integrity, records that
    // refer to missing records, captures whose content no longer matches their hash.
    QStringList verify() const;

    // Groups many edits into one transaction: faster, and all-or-nothing. A save that fails
    // its checks inside a batch stores nothing and leaves the batch usable; one that fails
    // half-way through its writes (the disk, say) makes commit() refuse, so the whole batch is
    // rolled back. Batches nest.
    class Batch
    {
    public:
        explicit Batch(Project &project);
        ~Batch();
        void commit();

    private:
        Project &m_project;
        std::unique_ptr<sql::Transaction> m_tx;
        bool m_committed = false;
    };

    // For the store's own helpers and tests.
    sql::Database &database() const { return *m_db; }

private:
    Project(std::unique_ptr<sql::Database> db, const QString &author, bool readOnly, int fileSchema);
    void requireWritable() const;
    // False for a table added by a schema newer than the file's (a read-only older file).
    bool hasTable(const QString &table) const;
    // typeKey: a RecordType key, or "map_layers" for the layer state.
    void noteVocabularyChange(ChangeLogEntry::Action action, const QString &summary);
    void indexSaved(RecordType type, const QUuid &id, bool isNew);
    void indexBatch();
    void appendChangeLog(ChangeLogEntry::Action action, const QString &typeKey, const RecordMeta &meta,
                         const QString &summary);
    template <typename T> void afterSave(const T &record);
    template <typename T> static QJsonValue sideValue(const T &record);
    template <typename T> void afterRead(QList<T> &records) const;
    bool referenceExists(RecordType type, const QUuid &id);
    void extendLayer(const QString &table, const GeoBounds &bounds);
    void flushExtents();

    void afterSourceSaved(const Source &source);
    void raiseReviewFlags(const Source &source, Reliability from, const QString &reason);
    QStringList schemeProblems(const Source &s) const;
    QStringList schemeProblems(const Claim &c) const;
    template <typename T> QStringList schemeProblems(const T &) const { return {}; }
    void appendCustody(RecordType itemType, const QUuid &itemId, CustodyEntry::Action action,
                       const QByteArray &sha256, const QString &detail);

    // Counted observations, kept in step with the annotations they come from (countrollup.cpp).
    // One per scene × site × object kind; annotations without all three count nowhere.
    struct CountKey
    {
        QUuid sceneId;
        QUuid siteId;
        QString objectKind;
        bool isComplete() const { return !sceneId.isNull() && !siteId.isNull() && !objectKind.isEmpty(); }
        friend bool operator==(const CountKey &, const CountKey &) = default;
    };
    static CountKey countKeyOf(const Annotation &a) { return {a.sceneId, a.siteId, a.objectKind}; }
    std::optional<CountKey> storedCountKey(const QUuid &annotationId) const;
    // An annotation drawn on a scene takes the scene's acquisition time.
    void takeSceneTime(Annotation &annotation) const;
    // Makes the counted observation of key agree with its annotations: saved with their summed
    // count and the scene's time, or removed when nothing is counted there any more.
    void rollUpCount(const CountKey &key);
    // After a scene is saved: its annotations and counted observations take its time.
    void followSceneTime(const QUuid &sceneId);
    // Rolls up every annotation of the file (a file migrated from before counting).
    void rollUpAllCounts();
    // Counted observations that disagree with their annotations, for verify().
    QStringList countProblems() const;

    std::unique_ptr<sql::Database> m_db;
    QString m_author;
    bool m_readOnly;
    int m_fileSchema;
    int m_batchDepth = 0;
    bool m_batchBroken = false;
    // Records known to exist, so that a batch of claims about one site checks the site once.
    // Valid only inside a batch: a rollback may remove what it lists.
    QHash<RecordType, QSet<QUuid>> m_knownIds;
    // Records saved in the open batch, indexed for search when it commits (in order, per type).
    QHash<RecordType, QList<QUuid>> m_unindexed;
    QSet<QUuid> m_unindexedIds;
    QSet<QUuid> m_reindexed; // of those, the ones whose old text is to be taken out first
    // Bounds of geometries written in the open transaction, merged into gpkg_contents at commit.
    QHash<QString, GeoBounds> m_pendingExtents;
    // Per record table: the canonical content of a saved row, for the version its save records.
    QHash<QString, std::shared_ptr<store::ContentWriter>> m_contentWriters;
    const GradingScheme *m_scheme = nullptr;
    QString m_pendingGradeReason; // the reason setSourceGrade gives the save it makes
};

} // namespace sightline
