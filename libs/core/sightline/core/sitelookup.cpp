#include "sightline/core/sitelookup.h"

namespace sightline {
namespace {

QString folded(const QString &name)
{
    QString s = name.trimmed().toCaseFolded();
    s.replace(QChar(0x2013), u'-'); // en dash
    s.replace(QChar(0x2014), u'-'); // em dash
    s.replace(QChar(0x2012), u'-'); // figure dash
    s.replace(QChar(0x2010), u'-'); // hyphen
    s.replace(QChar(0x2011), u'-'); // non-breaking hyphen
    return s;
}

} // namespace

bool siteAnswersTo(const Site &site, const QString &typed)
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

QList<Site> sitesNamed(const QList<Site> &sites, const QString &typed)
{
    QList<Site> out;
    for (const Site &s : sites)
        if (siteAnswersTo(s, typed))
            out << s;
    return out;
}

std::optional<Site> findSiteNamed(const QList<Site> &sites, const QString &typed)
{
    for (const Site &s : sites)
        if (siteAnswersTo(s, typed))
            return s;
    return std::nullopt;
}

} // namespace sightline
