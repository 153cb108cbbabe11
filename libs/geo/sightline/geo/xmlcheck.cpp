#include "sightline/geo/xmlcheck.h"

#include "sightline/geo/gdalsession.h"

#include <QByteArray>
#include <QFile>
#include <QXmlStreamReader>

#include <algorithm>
#include <vector>

#include <cpl_string.h>
#include <cpl_vsi.h>

namespace sightline::geo {
namespace {

constexpr qint64 kMaxMemberBytes = 256LL * 1024 * 1024;

// A gx:Track must hold as many <when> as <gx:coord> (KML 2.2's Google extension says so);
// GDAL 3.6's LIBKML driver reads past the times of a track with more coordinates and crashes.
// Matched by local name, as libkml matches them, whatever namespace the prefix names, and read
// without namespace processing: a prefix nobody declared stops Qt's reader but not libkml's
// (a fuzzed file did that). The entities are refused before this runs, so the reader never
// meets one.
QStringView localName(const QXmlStreamReader &r)
{
    const QStringView name = r.qualifiedName();
    return name.mid(name.lastIndexOf(u':') + 1);
}

QString trackProblem(const QByteArray &xml)
{
    QXmlStreamReader r(xml);
    r.setNamespaceProcessing(false);
    // libkml takes a track's times and coordinates from its own children only: a <when> further
    // down (inside ExtendedData, say) is no time of the track.
    struct Track
    {
        int level = 0, whens = 0, coords = 0;
    };
    std::vector<Track> open;
    int level = 0;
    auto unequal = [](const Track &t) {
        return QStringLiteral("has a gx:Track with %1 <when> and %2 <gx:coord> (they must be as many)")
            .arg(t.whens)
            .arg(t.coords);
    };
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            ++level;
            if (localName(r) == QLatin1String("Track")) {
                open.push_back({level, 0, 0});
            } else if (!open.empty() && level == open.back().level + 1) {
                if (localName(r) == QLatin1String("when")) ++open.back().whens;
                else if (localName(r) == QLatin1String("coord")) ++open.back().coords;
            }
            break;
        case QXmlStreamReader::EndElement:
            if (!open.empty() && level == open.back().level) {
                const Track t = open.back();
                open.pop_back();
                if (t.whens != t.coords) return unequal(t);
            }
            --level;
            break;
        default: break;
        }
    }
    for (const Track &t : open)
        if (t.whens != t.coords) return unequal(t);
    // Cut short: libkml's parser is more lenient (an XML version "0.0", a stray tag) and reads
    // on into what this check never saw, so a file it cannot read whole is refused.
    if (r.hasError())
        return QStringLiteral("is not well-formed XML (line %1, column %2: %3)")
            .arg(r.lineNumber())
            .arg(r.columnNumber())
            .arg(r.errorString());
    return {};
}

QString problemIn(const QByteArray &xml)
{
    if (const QString dtd = dtdProblem(xml); !dtd.isEmpty()) return dtd;
    return trackProblem(xml);
}

QByteArray readVsi(const QString &path)
{
    VSILFILE *f = VSIFOpenL(path.toUtf8().constData(), "rb");
    if (!f) return {};
    QByteArray out;
    char buffer[65536];
    size_t n = 0;
    while ((n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0 && out.size() < kMaxMemberBytes)
        out.append(buffer, static_cast<qsizetype>(n));
    VSIFCloseL(f);
    return out;
}

} // namespace

QString dtdProblem(const QByteArray &xml)
{
    // Everything before the root element is where a DTD may stand; look at all of it anyway.
    if (xml.contains("<!ENTITY")) return QStringLiteral("declares XML entities, which are never expanded");
    const qsizetype doctype = xml.indexOf("<!DOCTYPE");
    if (doctype >= 0) {
        const QByteArray decl = xml.mid(doctype, xml.indexOf('>', doctype) - doctype);
        if (decl.contains("SYSTEM") || decl.contains("PUBLIC") || decl.contains('['))
            return QStringLiteral("names an external DTD, which is never fetched");
    }
    return {};
}

QString kmlProblem(const QString &file)
{
    ensureGdal();
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) return QStringLiteral("cannot be read: ") + f.errorString();
    const QByteArray head = f.peek(4);
    // Read what the file holds, up to the limit: read(limit) would allocate the whole limit.
    if (!head.startsWith("PK")) return problemIn(f.read(std::min(f.size(), kMaxMemberBytes)));
    // A KMZ: every XML member, read through GDAL's zip reader (the one OGR will use).
    const QString root = QStringLiteral("/vsizip/") + file;
    char **names = VSIReadDirRecursive(root.toUtf8().constData());
    QString problem;
    for (char **n = names; n && *n && problem.isEmpty(); ++n) {
        const QString name = QString::fromUtf8(*n);
        if (name.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive) ||
            name.endsWith(QLatin1String(".xml"), Qt::CaseInsensitive)) {
            problem = problemIn(readVsi(root + u'/' + name));
            if (!problem.isEmpty()) problem = name + QStringLiteral(" inside it ") + problem;
        }
    }
    CSLDestroy(names);
    return problem;
}

} // namespace sightline::geo
