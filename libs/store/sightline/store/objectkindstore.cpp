// The project's own object kinds (schema 6): one row per kind in object_kinds, keyed by its key.
#include "sightline/store/project.h"
#include "sightline/store/rowio.h"
#include "sightline/store/sqlite.h"

#include <QRegularExpression>

namespace sightline {

using namespace store;

namespace {

const QString kTable = QStringLiteral("object_kinds");

QStringList kindProblems(const ObjectKind &k)
{
    QStringList out;
    if (const QString p = objectKindKeyProblem(k.key); !p.isEmpty())
        out << p;
    if (findObjectKind(builtInObjectKinds(), k.key))
        out << QStringLiteral("\"%1\" is a built-in kind").arg(k.key);
    if (k.name.trimmed().isEmpty())
        out << QStringLiteral("kind \"%1\" needs a display name").arg(k.key);
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-f]{6}$"));
    if (!colour.match(k.colour).hasMatch())
        out << QStringLiteral("kind \"%1\": colour \"%2\" is not #rrggbb").arg(k.key, k.colour);
    return out;
}

} // namespace

QList<ObjectKind> Project::objectKinds() const
{
    QList<ObjectKind> out;
    if (!hasTable(kTable))
        return out;
    auto s = m_db->prepare(QStringLiteral("SELECT key, name, colour FROM object_kinds ORDER BY fid"));
    while (s.next()) {
        RowReader r(s);
        ObjectKind k;
        k.key = r.text();
        k.name = r.text();
        k.colour = r.text();
        // A received file is checked, not trusted: a row no editor could have made is left out.
        if (kindProblems(k).isEmpty())
            out.append(k);
    }
    return out;
}

void Project::saveObjectKind(const ObjectKind &kind)
{
    requireWritable();
    if (const QStringList problems = kindProblems(kind); !problems.isEmpty())
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot save object kind: ") + problems.join(QStringLiteral("; ")));
    sql::Transaction tx(*m_db);
    auto ins = m_db->prepare(QStringLiteral("INSERT INTO object_kinds (key, name, colour) VALUES (?1, ?2, ?3) "
                                            "ON CONFLICT(key) DO UPDATE SET name = ?2, colour = ?3"));
    RowWriter(ins) << kind.key << kind.name << kind.colour;
    ins.run();
    noteVocabularyChange(ChangeLogEntry::Action::Update, kind.key + QStringLiteral(": ") + kind.name);
    tx.commit();
}

void Project::removeObjectKind(const QString &key)
{
    requireWritable();
    if (findObjectKind(builtInObjectKinds(), key))
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot remove \"%1\": it is a built-in kind").arg(key));
    sql::Transaction tx(*m_db);
    auto used = m_db->prepare(QStringLiteral("SELECT count(*) FROM annotations WHERE object_kind = ?"));
    used.bind(1, key);
    if (const qint64 n = used.next() ? used.int64(0) : 0; n > 0)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot remove kind \"%1\": %2 annotation(s) mark it").arg(key).arg(n));
    auto del = m_db->prepare(QStringLiteral("DELETE FROM object_kinds WHERE key = ?"));
    del.bind(1, key);
    del.run();
    if (m_db->changes() == 0)
        throw StoreError(StoreError::Kind::Invalid, path(),
                         QStringLiteral("cannot remove kind \"%1\": the project has no such kind").arg(key));
    noteVocabularyChange(ChangeLogEntry::Action::Delete, key);
    tx.commit();
}

void Project::noteVocabularyChange(ChangeLogEntry::Action action, const QString &summary)
{
    // Like the layer state, the vocabulary belongs to the project and its history is filed under
    // the project's UUID, a revision per change.
    RecordMeta meta;
    meta.id = projectId();
    meta.modifiedUtc = nowUtc();
    auto n = m_db->prepare(QStringLiteral("SELECT count(*) FROM change_log WHERE record_uuid = ? AND record_type = ?"));
    n.bind(1, uuidText(meta.id)).bind(2, kTable);
    meta.revision = n.next() ? static_cast<int>(n.int64(0)) + 1 : 1;
    appendChangeLog(action, kTable, meta, summary);
}

} // namespace sightline
