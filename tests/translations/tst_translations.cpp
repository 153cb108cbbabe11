// Every .ts file is in step with the sources: lupdate, run on a copy with the options of the
// update_translations target, finds no message that is new or gone. German translates every
// message; English holds the plural forms alone, each with its singular and plural.
#include <QDir>
#include <QProcess>
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
        QTest::newRow("German") << QStringLiteral("sightline_de.ts") << false;
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

    void germanTranslatesEverything()
    {
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(SIGHTLINE_SOURCE_DIR "/translations/sightline_de.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList untranslated;
        for (const Message &m : messages)
            if (m.type == QLatin1String("unfinished") ||
                std::any_of(m.translations.begin(), m.translations.end(), [](const QString &t) { return t.isEmpty(); }))
                untranslated << QStringLiteral("%1: \"%2\"").arg(m.context, m.source);
        QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("%1 German messages untranslated:\n  %2")
                                                        .arg(untranslated.size())
                                                        .arg(untranslated.mid(0, 10).join(QStringLiteral("\n  ")))));
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
