// "Open a cleaned copy" for a refused project: accepted, it writes a copy that opens, leaving the
// original as it was; declined, it writes nothing.
#include "support/hostilefiles.h"
#include "support/samplerecords.h"

#include "sightline/ui/cleancopyoffer.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace sightline;
using namespace sightline::test;

class TestCleanCopyOffer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Answers the next message boxes: the button with this text on the first, OK on the rest.
    void answer(const QString &buttonText)
    {
        QTimer::singleShot(0, this, [this, buttonText] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box) {
                answer(buttonText);
                return;
            }
            for (QAbstractButton *b : box->buttons())
                if (b->text() == buttonText) {
                    if (buttonText != QLatin1String("OK")) answer(QStringLiteral("OK"));
                    b->click();
                    return;
                }
            box->reject();
        });
    }

    QString refusedProject(const QString &name)
    {
        const QString file = m_dir.filePath(name);
        {
            auto p = Project::create(file, QStringLiteral("Refused"), QStringLiteral("analyst"));
            Site site = sampleSite();
            p->save(site);
        }
        plant(file,
              QStringLiteral("CREATE TRIGGER planted AFTER INSERT ON sites BEGIN DELETE FROM sources; END"));
        return file;
    }

  private slots:
    void acceptedWritesACleanCopy()
    {
        const QString file = refusedProject(QStringLiteral("a.gpkg"));
        const QByteArray before = fileBytes(file);
        QString refusal;
        try {
            Project::open(file, {});
        } catch (const StoreError &e) {
            refusal = e.message();
        }
        QVERIFY(refusal.contains(QStringLiteral("planted")));
        const QString target = m_dir.filePath(QStringLiteral("a-cleaned.gpkg"));
        answer(QStringLiteral("Open a cleaned copy"));
        const QString cleaned = ui::offerCleanedCopy(nullptr, file, refusal, [&] { return target; });
        QCOMPARE(cleaned, target);
        auto p = Project::open(cleaned, QStringLiteral("analyst"));
        QCOMPARE(p->count(RecordType::Site), 1);
        QCOMPARE(fileBytes(file), before);
    }

    void declinedWritesNothing()
    {
        const QString file = refusedProject(QStringLiteral("b.gpkg"));
        const QString target = m_dir.filePath(QStringLiteral("b-cleaned.gpkg"));
        answer(QStringLiteral("Cancel"));
        QVERIFY(
            ui::offerCleanedCopy(nullptr, file, QStringLiteral("refused"), [&] { return target; }).isEmpty());
        QVERIFY(!QFile::exists(target));
    }
};

QTEST_MAIN(TestCleanCopyOffer)
#include "tst_cleancopyoffer.moc"
