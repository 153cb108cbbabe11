#include "sightline/present/custodywords.h"

#include "sightline/present/timewords.h"

#include <QCoreApplication>

namespace sightline::present {

QString custodyLine(const CustodyEntry &e)
{
    QString text = QCoreApplication::translate("Custody", "%1 %2 by %3").arg(toKey(e.action), utcText(e.atUtc), e.actor);
    if (!e.detail.isEmpty())
        text += QStringLiteral(" (%1)").arg(e.detail);
    return text;
}

QString custodySummary(const QList<CustodyEntry> &log)
{
    if (log.isEmpty())
        return QCoreApplication::translate("Custody", "Custody: no entries");
    return QCoreApplication::translate("Custody", "Custody: %1 (%2 in the log)")
        .arg(custodyLine(log.last()))
        .arg(log.size());
}

QString custodyDetails(const QList<CustodyEntry> &log)
{
    QStringList all;
    for (const CustodyEntry &e : log)
        all << custodyLine(e) + QStringLiteral(", SHA-256 %1…").arg(QString::fromLatin1(e.sha256.left(12)));
    return all.join(u'\n');
}

} // namespace sightline::present
