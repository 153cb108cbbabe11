#include "sightline/present/countwords.h"

#include <QCoreApplication>
#include <QTranslator>

namespace sightline::present {
namespace {

// The English plural forms, read once from the compiled translation.
const QTranslator &englishPlurals()
{
    static const QTranslator *const plurals = [] {
        auto *t = new QTranslator;
        if (!t->load(QStringLiteral("sightline_en"), QStringLiteral(":/sightline/i18n")))
            qWarning("the English plural forms are missing from the build");
        return t;
    }();
    return *plurals;
}

// A count in the reader's language when a translation is installed, else in English with its
// plural form, so that the words are right whether or not the application installed any.
QString counted(const char *source, int count)
{
    const QString asGiven = QString::fromUtf8(source).replace(QStringLiteral("%n"), QString::number(count));
    const QString installed = QCoreApplication::translate("CountWords", source, nullptr, count);
    if (installed != asGiven)
        return installed;
    const QString english = englishPlurals().translate("CountWords", source, nullptr, count);
    return english.isEmpty() ? asGiven : QString(english).replace(QStringLiteral("%n"), QString::number(count));
}

} // namespace

QString countText(int count, Counted what)
{
    // The sources stay literal for lupdate to find them.
    switch (what) {
    case Counted::Claim: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n claim(s)"), count);
    case Counted::Group: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n group(s)"), count);
    case Counted::Conflict: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n conflict(s)"), count);
    case Counted::Judgment: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n judgment(s)"), count);
    case Counted::NeedReview: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n need(s) review"), count);
    case Counted::Hit: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n hit(s)"), count);
    case Counted::Version: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n version(s)"), count);
    case Counted::Capture: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n capture(s)"), count);
    case Counted::Scene: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n scene(s)"), count);
    case Counted::Site: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n site(s)"), count);
    case Counted::Event: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n event(s)"), count);
    case Counted::Observation: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n observation(s)"), count);
    case Counted::Source: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n source(s)"), count);
    case Counted::OtherRecord: return counted(QT_TRANSLATE_N_NOOP("CountWords", "%n other record(s)"), count);
    }
    return QString::number(count);
}

bool installPluralForms()
{
    static QTranslator *installed = nullptr;
    if (installed)
        return true;
    auto *plurals = new QTranslator(QCoreApplication::instance());
    if (!plurals->load(QStringLiteral("sightline_en"), QStringLiteral(":/sightline/i18n")) ||
        !QCoreApplication::installTranslator(plurals)) {
        delete plurals;
        return false;
    }
    installed = plurals;
    return true;
}

} // namespace sightline::present
