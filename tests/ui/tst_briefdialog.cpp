// The briefing dialog on a copy of the demo project, headless: the preview shows the brief's
// pages, a narrower choice makes fewer, a wrong date or no site is explained, a bottom line that
// mixes likelihood and confidence is flagged, a saved brief is logged in custody, and the
// internal-use choice shows restricted imagery with the command line's warning and custody note.
#include "support/cliprocess.h"

#include "sightline/store/project.h"
#include "sightline/ui/briefdialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestBriefDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    std::unique_ptr<ui::BriefDialog> m_dialog;

    template <typename T> QList<T *> kids() const { return m_dialog->findChildren<T *>(); }

  private slots:
    void initTestCase()
    {
        const QString file = m_dir.filePath(QStringLiteral("demo.gpkg"));
        const auto r = test::runCli({QStringLiteral("demo"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        m_project = Project::open(file, QStringLiteral("analyst"));
        m_dialog = std::make_unique<ui::BriefDialog>(*m_project);
        m_dialog->show();
    }

    void previewShowsThePages()
    {
        QVERIFY(m_dialog->preview());
        const int pages = m_dialog->previewPages();
        QVERIFY(pages >= 10);
        const QImage page = m_dialog->previewImage();
        QVERIFY(!page.isNull());
        QVERIFY(page.height() > page.width()); // a portrait page
        // Not blank: the cover's title is dark ink on white.
        int dark = 0;
        for (int y = 0; y < page.height(); y += 2)
            for (int x = 0; x < page.width(); x += 2)
                dark += qGray(page.pixel(x, y)) < 100;
        QVERIFY(dark > 100);

        // One site and no methods: fewer pages.
        QListWidget *sites = kids<QListWidget>().first();
        QCOMPARE(sites->count(), 7);
        for (int i = 1; i < sites->count(); ++i)
            sites->item(i)->setCheckState(Qt::Unchecked);
        QString why;
        const auto o = m_dialog->options(&why);
        QVERIFY(o);
        QCOMPARE(o->siteNames.size(), 1);
        QVERIFY(m_dialog->preview());
        QVERIFY2(m_dialog->previewPages() < pages,
                 qPrintable(QStringLiteral("%1 vs %2").arg(m_dialog->previewPages()).arg(pages)));
        for (int i = 0; i < sites->count(); ++i)
            sites->item(i)->setCheckState(Qt::Checked);
    }

    void refusalsAreExplained()
    {
        QListWidget *sites = kids<QListWidget>().first();
        for (int i = 0; i < sites->count(); ++i)
            sites->item(i)->setCheckState(Qt::Unchecked);
        QString why;
        QVERIFY(!m_dialog->options(&why));
        QVERIFY(why.contains(QStringLiteral("site")));
        for (int i = 0; i < sites->count(); ++i)
            sites->item(i)->setCheckState(Qt::Checked);
        QLineEdit *from = kids<QLineEdit>().first();
        from->setText(QStringLiteral("2023-13"));
        QVERIFY(!m_dialog->options(&why));
        QVERIFY(why.contains(QStringLiteral("2023-13")));
        QVERIFY(!m_dialog->preview());
        from->clear();
        QVERIFY(m_dialog->options(&why));
    }

    void flagsMixedLikelihoodAndConfidence()
    {
        QVERIFY(m_dialog->flaggedSentences().isEmpty()); // the demo's judgments keep them apart
        kids<QPlainTextEdit>().first()->setPlainText(
            QStringLiteral("Munitions cross by rail. It is likely, with high "
                           "confidence, that they also cross by sea."));
        QCOMPARE(m_dialog->flaggedSentences().size(), 1);
        QVERIFY(m_dialog->flaggedSentences().first().startsWith(QStringLiteral("It is likely")));
        kids<QPlainTextEdit>().first()->clear();
        QVERIFY(m_dialog->flaggedSentences().isEmpty());
    }

    void savingLogsWhatTheBriefShows()
    {
        const QString pdf = m_dir.filePath(QStringLiteral("saved.pdf"));
        QString why;
        QVERIFY2(m_dialog->saveTo(pdf, &why), qPrintable(why));
        QVERIFY(QFileInfo(pdf).size() > 10000);
        int viewed = 0;
        for (const CustodyEntry &e : m_project->custodyLog())
            viewed += e.action == CustodyEntry::Action::Viewed && e.detail.endsWith(pdf);
        QVERIFY(viewed > 0);
    }

    // "For internal use" is the command line's --internal-use: unchecked, a scene whose licence
    // does not allow republication is left out; checked, it is shown, the brief warns as the
    // command line does, and custody logs the override.
    void internalUseChoiceReachesTheBrief()
    {
        QList<ImageryScene> scenes = m_project->all<ImageryScene>();
        QVERIFY(!scenes.isEmpty());
        ImageryScene restricted = scenes.first();
        restricted.licenceTerms = LicenceTerms::NoRepublication;
        m_project->save(restricted);

        QCheckBox *internal = m_dialog->findChild<QCheckBox *>(QStringLiteral("briefInternalUse"));
        QVERIFY(internal);
        QVERIFY(!internal->isChecked()); // never by default
        QString why;
        QVERIFY(!m_dialog->options(&why)->internalUse);
        auto viewedFor = [&](const QString &pdf) {
            QStringList details;
            for (const CustodyEntry &e : m_project->custodyLog())
                if (e.itemId == restricted.meta.id && e.action == CustodyEntry::Action::Viewed &&
                    e.detail.contains(pdf))
                    details << e.detail;
            return details;
        };
        const QString out = m_dir.filePath(QStringLiteral("left-out.pdf"));
        QVERIFY2(m_dialog->saveTo(out, &why), qPrintable(why));
        QVERIFY(viewedFor(out).isEmpty());
        QVERIFY(!m_dialog->lastWarnings().join(u'\n').contains(QStringLiteral("internal use")));

        internal->setChecked(true);
        QVERIFY(m_dialog->options(&why)->internalUse);
        const QString in = m_dir.filePath(QStringLiteral("internal.pdf"));
        QVERIFY2(m_dialog->saveTo(in, &why), qPrintable(why));
        const QString warnings = m_dialog->lastWarnings().join(u'\n');
        QVERIFY2(warnings.contains(QStringLiteral("internal use: the brief shows 1 scene whose licence terms do not "
                                                  "allow republication")),
                 qPrintable(warnings));
        const QStringList details = viewedFor(in);
        QCOMPARE(details.size(), 1);
        QVERIFY2(details.first().endsWith(
                     QStringLiteral("(internal use: its licence terms do not allow republication)")),
                 qPrintable(details.first()));
        internal->setChecked(false);
        restricted.licenceTerms = scenes.first().licenceTerms;
        m_project->save(restricted);
    }
};

QTEST_MAIN(TestBriefDialog)
#include "tst_briefdialog.moc"
