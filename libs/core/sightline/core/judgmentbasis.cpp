#include "sightline/core/judgmentbasis.h"

#include <algorithm>

namespace sightline {

QString BasisSummary::text() const
{
    QStringList parts;
    auto count = [&parts](int n, const char *one, const char *many) {
        if (n > 0)
            parts << QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    count(claims, "claim", "claims");
    count(events, "event", "events");
    count(observations, "observation", "observations");
    count(sources, "source", "sources");
    count(other, "other record", "other records");
    if (parts.isEmpty())
        return QStringLiteral("nothing");
    QString out = parts.join(QStringLiteral(", "));
    if (!grades.isEmpty())
        out += QStringLiteral(" · ") + grades.join(QStringLiteral(", "));
    return out;
}

BasisSummary summarizeBasis(const QList<RecordRef> &basis, const QHash<QUuid, Claim> &claims,
                            const QHash<QUuid, Source> &sources, const GradingScheme &scheme)
{
    BasisSummary s;
    auto addGrade = [&s](const QString &g) {
        if (!g.isEmpty() && !s.grades.contains(g))
            s.grades << g;
    };
    for (const RecordRef &ref : basis) {
        switch (ref.type) {
        case RecordType::Claim: {
            ++s.claims;
            const auto c = claims.constFind(ref.id);
            if (c == claims.cend())
                break;
            const auto src = sources.constFind(c->sourceId);
            if (src != sources.cend())
                addGrade(scheme.combined(src->reliability, c->credibility));
            break;
        }
        case RecordType::Source: {
            ++s.sources;
            const auto src = sources.constFind(ref.id);
            if (src != sources.cend())
                addGrade(toKey(src->reliability));
            break;
        }
        case RecordType::Event: ++s.events; break;
        case RecordType::Observation: ++s.observations; break;
        default: ++s.other; break;
        }
    }
    // Grades read best first: A before F, 1 before 6.
    std::sort(s.grades.begin(), s.grades.end());
    return s;
}

} // namespace sightline
