#include "sightline/core/sitelookup.h"

namespace sightline {
namespace {

QString folded(const QString &text)
{
    QString s = text.trimmed();
    for (QChar &c : s)
        if (c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2010) || c == QChar(0x2011) || c == QChar(0x2212))
            c = u'-';
    return s.toCaseFolded();
}

} // namespace

bool siteNameMatches(const Site &site, const QString &typed)
{
    const QString want = folded(typed);
    if (want.isEmpty())
        return false;
    if (folded(site.name) == want)
        return true;
    for (const QString &alias : site.aliases)
        if (folded(alias) == want)
            return true;
    return false;
}

std::optional<Site> findSiteNamed(const QList<Site> &sites, const QString &typed)
{
    for (const Site &s : sites)
        if (siteNameMatches(s, typed))
            return s;
    return std::nullopt;
}

} // namespace sightline
