// The diff of two project files, record by record and field by field.
#include "sightline/merge/merge.h"

#include "sightline/store/history.h"
#include "sightline/store/project.h"
#include "sightline/store/recordtable.h"

#include <QFileInfo>

namespace sightline::merge {

using namespace store;

QList<Difference> diffProjects(const QString &pathA, const QString &pathB)
{
    const auto a = Project::open(pathA, QString(), Project::Access::ReadOnly);
    const auto b = Project::open(pathB, QString(), Project::Access::ReadOnly);
    QList<Difference> out;
    for (const TableSpec *spec : allTableSpecs()) {
        const auto ra = readContents(a->database(), *spec);
        const auto rb = readContents(b->database(), *spec);
        QList<QUuid> ids = ra.keys();
        for (auto it = rb.cbegin(); it != rb.cend(); ++it)
            if (!ra.contains(it.key())) ids << it.key();
        std::sort(ids.begin(), ids.end());
        for (const QUuid &id : std::as_const(ids)) {
            const auto ia = ra.constFind(id), ib = rb.constFind(id);
            if (ib == rb.cend()) {
                out.append({spec->table, id, QStringLiteral("only in A"), {}, QJsonValue(ia->fields), {}});
                continue;
            }
            if (ia == ra.cend()) {
                out.append({spec->table, id, QStringLiteral("only in B"), {}, {}, QJsonValue(ib->fields)});
                continue;
            }
            if (ia->hash == ib->hash) continue;
            QStringList keys = ia->fields.keys();
            for (const QString &k : ib->fields.keys())
                if (!ia->fields.contains(k)) keys << k;
            std::sort(keys.begin(), keys.end());
            for (const QString &k : std::as_const(keys))
                if (ia->fields.value(k) != ib->fields.value(k))
                    out.append({spec->table, id, QStringLiteral("changed"), k, ia->fields.value(k),
                                ib->fields.value(k)});
        }
    }
    return out;
}

} // namespace sightline::merge
