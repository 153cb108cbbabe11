#include "sightline/present/judgmentwords.h"

#include "sightline/present/countwords.h"
#include "sightline/present/timewords.h"

#include <QCoreApplication>

namespace sightline::present {

QString likelihoodText(Likelihood likelihood)
{
    return QStringLiteral("%1 (%2)").arg(toLabel(likelihood), percentText(likelihood));
}

QString basisText(const BasisSummary &basis)
{
    QStringList parts;
    const std::pair<int, Counted> counts[] = {{basis.claims, Counted::Claim},
                                              {basis.events, Counted::Event},
                                              {basis.observations, Counted::Observation},
                                              {basis.sources, Counted::Source},
                                              {basis.other, Counted::OtherRecord}};
    for (const auto &[n, what] : counts)
        if (n > 0)
            parts << countText(n, what);
    if (parts.isEmpty())
        return QCoreApplication::translate("JudgmentWords", "nothing");
    QString text = parts.join(QStringLiteral(", "));
    if (!basis.grades.isEmpty())
        text += QStringLiteral(" · ") + basis.grades.join(QStringLiteral(", "));
    return text;
}

QString periodText(const TimeSpan &period)
{
    return period.isUnknown() ? QCoreApplication::translate("JudgmentWords", "no period") : timeText(period);
}

} // namespace sightline::present
