#include "sightline/present/gradewords.h"

#include <QCoreApplication>

namespace sightline::present {
namespace {

// The schemes' own words (core/gradingscheme), listed here so that they are translated.
[[maybe_unused]] const char *const kSchemeLabels[] = {
    QT_TRANSLATE_NOOP("GradeWords", "completely reliable"), QT_TRANSLATE_NOOP("GradeWords", "usually reliable"),
    QT_TRANSLATE_NOOP("GradeWords", "fairly reliable"),     QT_TRANSLATE_NOOP("GradeWords", "not usually reliable"),
    QT_TRANSLATE_NOOP("GradeWords", "unreliable"),          QT_TRANSLATE_NOOP("GradeWords", "reliability cannot be judged"),
    QT_TRANSLATE_NOOP("GradeWords", "always reliable"),     QT_TRANSLATE_NOOP("GradeWords", "mostly reliable"),
    QT_TRANSLATE_NOOP("GradeWords", "sometimes reliable"),  QT_TRANSLATE_NOOP("GradeWords", "untested source")};

// A scheme's label in the reader's language where a translation exists.
QString label(const QString &english)
{
    return QCoreApplication::translate("GradeWords", english.toUtf8().constData());
}

} // namespace

QString gradeText(const GradingScheme &scheme, Reliability reliability, Credibility credibility)
{
    const QString combined = scheme.combined(reliability, credibility);
    return combined.isEmpty() ? combinedGrade(reliability, credibility) : combined;
}

QString reliabilityWords(const GradingScheme &scheme, Reliability reliability)
{
    const QString words = scheme.label(reliability);
    if (words.isEmpty())
        return toKey(reliability);
    return QStringLiteral("%1 — %2").arg(toKey(reliability), label(words));
}

QString credibilityWords(const GradingScheme &scheme, Credibility credibility)
{
    const QString words = scheme.label(credibility);
    if (words.isEmpty())
        return QString::number(credibility.value());
    return QStringLiteral("%1 — %2").arg(credibility.value()).arg(label(words));
}

QString gradeDetails(const GradingScheme &scheme, Reliability reliability, Credibility credibility)
{
    const QString r = scheme.label(reliability), c = scheme.label(credibility);
    const QString source = r.isEmpty() ? QCoreApplication::translate("GradeWords", "Source %1").arg(toKey(reliability))
                                       : QCoreApplication::translate("GradeWords", "Source %1 (%2)")
                                             .arg(toKey(reliability), label(r));
    const QString information =
        c.isEmpty() ? QCoreApplication::translate("GradeWords", "information %1").arg(credibility.value())
                    : QCoreApplication::translate("GradeWords", "information %1 (%2)")
                          .arg(credibility.value())
                          .arg(label(c));
    return source + QStringLiteral("; ") + information;
}

} // namespace sightline::present
