#pragma once

#include "sightline/core/kinds.h"
#include "sightline/core/record.h"

namespace sightline {

struct RecordRef
{
    RecordType type = RecordType::Claim;
    QUuid id;
    friend bool operator==(const RecordRef &, const RecordRef &) = default;
};

// A typed, annotated relation between any two records: this claim contradicts that one, this
// scene depicts that site.
struct Link
{
    RecordMeta meta;
    RecordRef from;
    RecordRef to;
    LinkRelation relation = LinkRelation::RefersTo;
    QString note;
    friend bool operator==(const Link &, const Link &) = default;
};

} // namespace sightline
