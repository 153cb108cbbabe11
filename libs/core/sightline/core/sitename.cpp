#include "sightline/core/sitename.h"

namespace sightline {
namespace {

// Dashes people cannot type become the hyphen they type instead; then case is folded.
QString folded(QString text)
{
    for (QChar &c : text)
        if (c == QChar(0x2013) || c == QChar(0x2014) || c == QChar(0x2010) || c == QChar(0x2011) ||
            c == QChar(0x2212))
            c = u'-';
    return text.trimmed().toCaseFolded();
}

} // namespace

bool siteAnswersTo(const Site &site, const QString &typed)
{
    const QString want = folded(typed);
    if (want.isEmpty()) return false;
    if (folded(site.name) == want) return true;
    for (const QString &alias : site.aliases)
        if (folded(alias) == want) return true;
    return false;
}

QList<Site> sitesNamed(const QList<Site> &sites, const QString &typed)
{
    QList<Site> out;
    for (const Site &s : sites)
        if (siteAnswersTo(s, typed)) out << s;
    return out;
}

} // namespace sightline
