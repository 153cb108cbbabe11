#pragma once

#include "sightline/core/grading.h"
#include "sightline/core/kinds.h"
#include "sightline/core/record.h"

#include <QDate>
#include <QStringList>

namespace sightline {

// Where information comes from: a report, an article, a statement, an imagery provider.
struct Source
{
    RecordMeta meta;
    QString publisher;
    QString title;
    QStringList authors;
    QString url;
    QDate published;
    QDate accessed;
    SourceKind kind = SourceKind::Other;
    Reliability reliability = Reliability::F;
    QString notes;
    friend bool operator==(const Source &, const Source &) = default;
};

} // namespace sightline
