#include "sightline/present/recordwords.h"

#include "sightline/present/quantitywords.h"
#include "sightline/present/timewords.h"
#include "sightline/store/project.h"

#include <QCoreApplication>

namespace sightline::present {

QString sourceTitle(const Source &source)
{
    if (const QString title = source.title.trimmed(); !title.isEmpty())
        return title;
    if (const QString publisher = source.publisher.trimmed(); !publisher.isEmpty())
        return publisher;
    return QCoreApplication::translate("RecordTitle", "(untitled source)");
}

QString sourceCitation(const Source &source)
{
    const QString name = source.publisher.trimmed().isEmpty() ? sourceTitle(source) : source.publisher.trimmed();
    return QStringLiteral("%1 (%2)").arg(name, toKey(source.reliability));
}

QString recordKindLabel(RecordType type)
{
    switch (type) {
    case RecordType::Site: return QCoreApplication::translate("RecordTitle", "Site");
    case RecordType::Source: return QCoreApplication::translate("RecordTitle", "Source");
    case RecordType::Capture: return QCoreApplication::translate("RecordTitle", "Capture");
    case RecordType::Claim: return QCoreApplication::translate("RecordTitle", "Claim");
    case RecordType::Scene: return QCoreApplication::translate("RecordTitle", "Scene");
    case RecordType::Annotation: return QCoreApplication::translate("RecordTitle", "Annotation");
    case RecordType::Observation: return QCoreApplication::translate("RecordTitle", "Observation");
    case RecordType::Event: return QCoreApplication::translate("RecordTitle", "Event");
    case RecordType::Link: return QCoreApplication::translate("RecordTitle", "Link");
    case RecordType::Bookmark: return QCoreApplication::translate("RecordTitle", "Bookmark");
    case RecordType::Judgment: return QCoreApplication::translate("RecordTitle", "Judgment");
    }
    return {};
}

QString relationLabel(LinkRelation relation)
{
    switch (relation) {
    case LinkRelation::Corroborates: return QCoreApplication::translate("RecordTitle", "corroborates");
    case LinkRelation::Contradicts: return QCoreApplication::translate("RecordTitle", "contradicts");
    case LinkRelation::Supports: return QCoreApplication::translate("RecordTitle", "supports");
    case LinkRelation::Depicts: return QCoreApplication::translate("RecordTitle", "depicts");
    case LinkRelation::RefersTo: return QCoreApplication::translate("RecordTitle", "refers to");
    case LinkRelation::DependsOn: return QCoreApplication::translate("RecordTitle", "depends on");
    }
    return {};
}

QString claimStatusLabel(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Unreviewed: return QCoreApplication::translate("ClaimWords", "Unreviewed");
    case ClaimStatus::Accepted: return QCoreApplication::translate("ClaimWords", "Accepted");
    case ClaimStatus::Disputed: return QCoreApplication::translate("ClaimWords", "Disputed");
    case ClaimStatus::Rejected: return QCoreApplication::translate("ClaimWords", "Rejected");
    case ClaimStatus::NeedsReview: return QCoreApplication::translate("ClaimWords", "Needs review");
    }
    return {};
}

QString recordTitle(const Project &project, const RecordRef &record)
{
    switch (record.type) {
    case RecordType::Site:
        if (const auto r = project.find<Site>(record.id))
            return r->name;
        break;
    case RecordType::Source:
        if (const auto r = project.find<Source>(record.id))
            return sourceTitle(*r);
        break;
    case RecordType::Capture:
        if (const auto r = project.find<Capture>(record.id))
            return r->fileName;
        break;
    case RecordType::Claim:
        if (const auto r = project.find<Claim>(record.id))
            return r->quote;
        break;
    case RecordType::Event:
        if (const auto r = project.find<Event>(record.id))
            return r->title;
        break;
    case RecordType::Observation:
        if (const auto r = project.find<Observation>(record.id))
            return QStringLiteral("%1 (%2)").arg(quantityText(r->count), timeText(r->time));
        break;
    case RecordType::Judgment:
        if (const auto r = project.find<Judgment>(record.id))
            return r->statement;
        break;
    default: break;
    }
    return {};
}

QString linksSummary(const QList<LinkRelation> &relations)
{
    if (relations.isEmpty())
        return {};
    QStringList counts;
    for (int r = 0; r < allKeys<LinkRelation>().size(); ++r)
        if (const auto n = relations.count(static_cast<LinkRelation>(r)))
            counts << QStringLiteral("%1 %2").arg(relationLabel(static_cast<LinkRelation>(r))).arg(n);
    return QCoreApplication::translate("ClaimWords", "Links: %1 (%2)")
        .arg(relations.size())
        .arg(counts.join(QStringLiteral(", ")));
}

} // namespace sightline::present
