#include "windowlanguage.h"

#include "sightline/core/englishwords.h"
#include "sightline/present/timewords.h"
#include "sightline/ui/preferences.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace WindowLanguage {
namespace {

// A translation of the window's language that steps aside while words for a file are made
// (EnglishWords), so that briefs written from the window read as the command line's.
class WindowTranslator : public QTranslator
{
  public:
    using QTranslator::QTranslator;
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (sightline::EnglishWords::active()) return {};
        return QTranslator::translate(context, sourceText, disambiguation, n);
    }
};

// The translators the last install() put in place, so that the next one replaces them.
QPointer<QTranslator> &installed(int which)
{
    static QPointer<QTranslator> translators[2];
    return translators[which];
}

void replace(int which, const QLocale &locale, const QString &name, const QString &folder)
{
    if (QTranslator *old = installed(which)) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto *translator = new WindowTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) &&
        QCoreApplication::installTranslator(translator))
        installed(which) = translator;
    else
        delete translator;
}

} // namespace

QLocale localeFor(const QString &setting)
{
    const QString name = setting.trimmed();
    if (name.isEmpty())
        return QLocale::system();
    const QLocale chosen(name);
    // QLocale turns a name it does not know into the C locale.
    if (chosen.language() == QLocale::C || chosen.language() == QLocale::AnyLanguage) {
        qWarning("the language \"%s\" in the settings (%s) is unknown; using the system's", qPrintable(name),
                 qUtf8Printable(sightline::ui::Preferences::kLanguage));
        return QLocale::system();
    }
    return chosen;
}

QLocale install()
{
    const QLocale locale = localeFor(QSettings().value(sightline::ui::Preferences::kLanguage).toString());
    QLocale::setDefault(locale);
    sightline::present::setWindowLocale(locale);
    replace(0, locale, QStringLiteral("sightline"), QStringLiteral(":/sightline/i18n"));
    replace(1, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return locale;
}

} // namespace WindowLanguage
