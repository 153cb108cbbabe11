// Every .ts file is in step with the sources: lupdate, run on a copy with the options of the
// update_translations target, finds no message that is new or gone. Each language of the window
// (German, Ukrainian, Korean, Russian) translates every message with its language's plural forms,
// keeping the placeholders, the &-mnemonics, the HTML tags and the line breaks of the source;
// English holds the plural forms alone, each with its singular and plural.
#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context, source, comment;
    bool numerus = false;
    QString type; // "", "unfinished", "vanished", "obsolete"
    QStringList translations;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": cannot be read");
        return {};
    }
    QXmlStreamReader xml(&f);
    QList<Message> out;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (!m.numerus)
                        m.translations << xml.readElementText();
                } else if (xml.name() == QLatin1String("numerusform")) {
                    m.translations << xml.readElementText();
                }
            }
            out << m;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return out;
}

// The language's .ts files, as the CMake list of the window's languages names them ("de", "uk").
QStringList languages()
{
    return QStringLiteral(SIGHTLINE_LANGUAGES).split(u',', Qt::SkipEmptyParts);
}

// How many plural forms a language has, in Qt's order (lupdate writes as many numerusform
// elements); a language not listed here fails the test until it is added.
int pluralFormsOf(const QString &language)
{
    if (language == QLatin1String("ko") || language == QLatin1String("ja") || language == QLatin1String("zh"))
        return 1;
    if (language == QLatin1String("uk") || language == QLatin1String("ru"))
        return 3;
    if (language == QLatin1String("de") || language == QLatin1String("en") || language == QLatin1String("fr"))
        return 2;
    return -1;
}

// What a translation must keep of its source: placeholders (%1, %n), HTML tags, line breaks.
QStringList kept(const QString &text)
{
    static const QRegularExpression marks(QStringLiteral(R"(%(?:n|L?\d{1,2})|</?[A-Za-z][^>]*>|\n)"));
    QStringList out;
    for (auto it = marks.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    out.sort();
    return out;
}

// "&File" has a mnemonic, "Fish && chips" does not.
bool hasMnemonic(QString text)
{
    text.remove(QStringLiteral("&&"));
    static const QRegularExpression mnemonic(QStringLiteral(R"(&\S)"));
    return mnemonic.match(text).hasMatch();
}

QSet<QString> keysOf(const QList<Message> &messages)
{
    QSet<QString> keys;
    for (const Message &m : messages)
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            keys.insert(m.context + u'\x1f' + m.source + u'\x1f' + m.comment);
    return keys;
}

QString describe(const QSet<QString> &keys)
{
    QStringList lines;
    for (const QString &k : keys)
        lines << QStringLiteral("  %1: \"%2\"").arg(k.section(u'\x1f', 0, 0), k.section(u'\x1f', 1, 1));
    lines.sort();
    return lines.mid(0, 10).join(u'\n') + (lines.size() > 10 ? QStringLiteral("\n  ... and %1 more").arg(lines.size() - 10) : QString());
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void inStepWithTheSources_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("pluralOnly");
        for (const QString &language : languages())
            QTest::newRow(qPrintable(language)) << QStringLiteral("sightline_%1.ts").arg(language) << false;
        QTest::newRow("English plurals") << QStringLiteral("sightline_en.ts") << true;
    }

    void inStepWithTheSources()
    {
        QFETCH(QString, file);
        QFETCH(bool, pluralOnly);
        const QDir source(QStringLiteral(SIGHTLINE_SOURCE_DIR));
        const QString committed = source.filePath(QStringLiteral("translations/") + file);
        QString error;
        const QList<Message> before = readTs(committed, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!before.isEmpty());

        // lupdate on a copy, placed where the original is so that its paths stay the same.
        QTemporaryDir dir(source.filePath(QStringLiteral("translations/.check-XXXXXX")));
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(file);
        QVERIFY(QFile::copy(committed, copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList args;
        if (pluralOnly)
            args << QStringLiteral("-pluralonly");
        args << QStringLiteral("-no-obsolete");
        args << QStringLiteral(SIGHTLINE_TS_SOURCE_DIRS).split(u',');
        args << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.setWorkingDirectory(source.path());
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(SIGHTLINE_LUPDATE), args);
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        const QList<Message> after = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QSet<QString> was = keysOf(before), is = keysOf(after);
        const QSet<QString> added = is - was, gone = was - is;
        QVERIFY2(added.isEmpty() && gone.isEmpty(),
                 qPrintable(QStringLiteral("translations/%1 is out of date with the sources; run "
                                           "`cmake --build build --target update_translations` and translate.\n"
                                           "new in the sources:\n%2\ngone from the sources:\n%3")
                                .arg(file, describe(added), describe(gone))));
    }

    // Every sightline_*.ts file is one of the window's languages (or the English plurals), so none
    // is left out of the build and of this test.
    void everyFileIsALanguageOfTheBuild()
    {
        const QDir dir(QStringLiteral(SIGHTLINE_SOURCE_DIR "/translations"));
        QStringList expected = languages();
        expected << QStringLiteral("en");
        QStringList found;
        for (const QString &file : dir.entryList({QStringLiteral("sightline_*.ts")}, QDir::Files))
            found << file.mid(10, file.size() - 13);
        expected.sort();
        found.sort();
        QCOMPARE(found, expected);
    }

    void translatesEverything_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString &language : languages())
            QTest::newRow(qPrintable(language)) << language;
    }

    void translatesEverything()
    {
        QFETCH(QString, language);
        const int forms = pluralFormsOf(language);
        QVERIFY2(forms > 0, qPrintable(QStringLiteral("the number of plural forms of \"%1\" is not known to the test").arg(language)));
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(SIGHTLINE_SOURCE_DIR "/translations/sightline_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        QStringList faults;
        for (const Message &m : messages) {
            const QString where = QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
            if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
                continue;
            if (m.type == QLatin1String("unfinished") ||
                std::any_of(m.translations.begin(), m.translations.end(), [](const QString &t) { return t.isEmpty(); })) {
                faults << where + QStringLiteral(" is untranslated");
                continue;
            }
            const int want = m.numerus ? forms : 1;
            if (m.translations.size() != want) {
                faults << where + QStringLiteral(" has %1 forms, not %2").arg(m.translations.size()).arg(want);
                continue;
            }
            for (const QString &t : m.translations) {
                if (kept(t) != kept(m.source))
                    faults << where + QStringLiteral(" keeps %1 of %2 in \"%3\"")
                                          .arg(kept(t).join(u' '), kept(m.source).join(u' '), t);
                if (hasMnemonic(m.source) && !hasMnemonic(t))
                    faults << where + QStringLiteral(" lost its &-mnemonic in \"%1\"").arg(t);
            }
        }
        QVERIFY2(faults.isEmpty(), qPrintable(QStringLiteral("%1 faults in sightline_%2.ts:\n  %3")
                                                  .arg(faults.size())
                                                  .arg(language, faults.mid(0, 15).join(QStringLiteral("\n  ")))));
    }

    void englishHoldsPluralFormsAlone()
    {
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(SIGHTLINE_SOURCE_DIR "/translations/sightline_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages) {
            QVERIFY2(m.numerus, qPrintable(m.source));
            QVERIFY2(m.translations.size() == 2 && !m.translations[0].isEmpty() && !m.translations[1].isEmpty(),
                     qPrintable(QStringLiteral("%1: \"%2\" lacks its singular or plural").arg(m.context, m.source)));
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
