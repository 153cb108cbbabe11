// The sources panel and its form: the table sorts by reliability and by date, the search
// narrows it, the form refuses a date that is not one and returns what was typed, edits are
// undoable, and a source that claims or captures refer to is not deleted. The form offers the
// grades of the project's scheme only; every view names a source the same way.
#include "sightline/edit/recordcommands.h"
#include "sightline/present/gradewords.h"
#include "sightline/present/recordwords.h"
#include "sightline/ui/sourcedialog.h"
#include "sightline/ui/sourcepanel.h"
#include "sightline/ui/sourcetablemodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestSourcePanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<edit::Document> m_doc;
    QList<Source> m_sources;

    Source make(const QString &title, Reliability r, QDate published)
    {
        Source s;
        s.title = title;
        s.publisher = title + QStringLiteral(" Press");
        s.reliability = r;
        s.published = published;
        m_doc->project().save(s);
        return s;
    }

    static QStringList column(QTableView *table, int col)
    {
        QStringList out;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            out << table->model()->index(row, col).data().toString();
        return out;
    }

private slots:
    void initTestCase()
    {
        m_doc = std::make_unique<edit::Document>(
            Project::create(m_dir.filePath(QStringLiteral("p.gpkg")), QStringLiteral("p"), QStringLiteral("analyst")));
        m_sources << make(QStringLiteral("Beta report"), Reliability::C, QDate(2023, 10, 6))
                  << make(QStringLiteral("Alpha statement"), Reliability::A, QDate(2024, 2, 1))
                  << make(QStringLiteral("Gamma post"), Reliability::F, QDate(2022, 1, 5));
        Claim c;
        c.sourceId = m_sources[0].meta.id;
        c.quote = QStringLiteral("about 73 railcars");
        m_doc->project().save(c);
    }

    void sortsAndSearches()
    {
        ui::SourcePanel panel;
        panel.setDocument(m_doc.get());
        QTableView *table = panel.table();
        table->sortByColumn(ui::SourceTableModel::ReliabilityColumn, Qt::AscendingOrder);
        QCOMPARE(column(table, ui::SourceTableModel::TitleColumn),
                 (QStringList{QStringLiteral("Alpha statement"), QStringLiteral("Beta report"), QStringLiteral("Gamma post")}));
        QCOMPARE(column(table, ui::SourceTableModel::ReliabilityColumn).first(), QStringLiteral("A — completely reliable"));
        QCOMPARE(column(table, ui::SourceTableModel::ReliabilityColumn).last(), QStringLiteral("F — reliability cannot be judged"));
        table->sortByColumn(ui::SourceTableModel::PublishedColumn, Qt::AscendingOrder);
        QCOMPARE(column(table, ui::SourceTableModel::PublishedColumn),
                 (QStringList{QStringLiteral("2022-01-05"), QStringLiteral("2023-10-06"), QStringLiteral("2024-02-01")}));
        QCOMPARE(column(table, ui::SourceTableModel::ClaimsColumn),
                 (QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0")}));

        QTest::keyClicks(panel.searchField(), QStringLiteral("gamma"));
        QCOMPARE(column(table, ui::SourceTableModel::TitleColumn), QStringList{QStringLiteral("Gamma post")});
        panel.searchField()->clear();
        QCOMPARE(table->model()->rowCount(), 3);

        // Choosing a source hidden by the search shows it again.
        QTest::keyClicks(panel.searchField(), QStringLiteral("gamma"));
        panel.setCurrentSource(m_sources[1].meta.id);
        QCOMPARE(panel.currentSource(), m_sources[1].meta.id);
        QVERIFY(panel.searchField()->text().isEmpty());
    }

    void dialogChecksDatesAndReturnsTheEdit()
    {
        ui::SourceDialog dialog(m_sources[0], m_doc->project().gradingScheme());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QList<QLineEdit *> edits = dialog.findChildren<QLineEdit *>();
        QLineEdit *published = nullptr;
        for (QLineEdit *e : edits)
            if (e->text() == QStringLiteral("2023-10-06"))
                published = e;
        QVERIFY(published && ok->isEnabled());
        published->setText(QStringLiteral("2023-13-40"));
        QVERIFY(!ok->isEnabled());
        published->setText(QStringLiteral("2023-10-09"));
        QVERIFY(ok->isEnabled());
        auto *reliability = dialog.reliabilityBox();
        reliability->setCurrentIndex(static_cast<int>(Reliability::B));
        const Source edited = dialog.source();
        QCOMPARE(edited.published, QDate(2023, 10, 9));
        QCOMPARE(edited.reliability, Reliability::B);
        QCOMPARE(edited.meta.id, m_sources[0].meta.id);
        QCOMPARE(edited.title, m_sources[0].title);

        // Saved through the history, and undone.
        QCOMPARE(m_doc->push(new edit::SaveRecordCommand<Source>(*m_doc, edited, QStringLiteral("edit"))), QString());
        QCOMPARE(m_doc->project().find<Source>(edited.meta.id)->reliability, Reliability::B);
        m_doc->undoStack().undo();
        QCOMPARE(m_doc->project().find<Source>(edited.meta.id)->reliability, Reliability::C);
    }

    static QStringList items(QComboBox *box)
    {
        QStringList out;
        for (int i = 0; i < box->count(); ++i)
            out << box->itemText(i);
        return out;
    }

    void dialogOffersTheSchemesGrades()
    {
        // Admiralty: A–F in its words.
        Source s = m_sources[0];
        ui::SourceDialog admiralty(s, GradingScheme::admiralty());
        QCOMPARE(items(admiralty.reliabilityBox()),
                 (QStringList{QStringLiteral("A — completely reliable"), QStringLiteral("B — usually reliable"),
                              QStringLiteral("C — fairly reliable"), QStringLiteral("D — not usually reliable"),
                              QStringLiteral("E — unreliable"), QStringLiteral("F — reliability cannot be judged")}));
        QCOMPARE(admiralty.reliabilityBox()->currentText(), QStringLiteral("C — fairly reliable"));

        // UK 5×5×5: A–E in its own words, no F; the edit returns the grade chosen.
        ui::SourceDialog uk(s, GradingScheme::uk5x5x5());
        QCOMPARE(items(uk.reliabilityBox()),
                 (QStringList{QStringLiteral("A — always reliable"), QStringLiteral("B — mostly reliable"),
                              QStringLiteral("C — sometimes reliable"), QStringLiteral("D — unreliable"),
                              QStringLiteral("E — untested source")}));
        QVERIFY(uk.reliabilityBox()->toolTip().contains(GradingScheme::uk5x5x5().name()));
        uk.reliabilityBox()->setCurrentIndex(3);
        QCOMPARE(uk.source().reliability, Reliability::D);
        // A grade the scheme lacks starts at its "untested".
        s.reliability = Reliability::F;
        ui::SourceDialog ukUnjudged(s, GradingScheme::uk5x5x5());
        QCOMPARE(ukUnjudged.source().reliability, Reliability::E);
        QCOMPARE(ukUnjudged.reliabilityBox()->currentText(), QStringLiteral("E — untested source"));

        // The table reads the project's scheme too.
        const QString path = m_dir.filePath(QStringLiteral("uk.gpkg"));
        edit::Document ukDoc(Project::create(path, QStringLiteral("UK"), QStringLiteral("analyst")));
        ukDoc.project().setGradingScheme(GradingScheme::uk5x5x5());
        Source graded;
        graded.title = QStringLiteral("Graded");
        graded.reliability = Reliability::B;
        ukDoc.project().save(graded);
        ui::SourceTableModel model;
        model.reload(ukDoc.project());
        QCOMPARE(model.index(0, ui::SourceTableModel::ReliabilityColumn).data().toString(),
                 QStringLiteral("B — mostly reliable"));
    }

    void oneWayToNameASource()
    {
        Source s;
        s.title = QStringLiteral("Report on rail traffic");
        s.publisher = QStringLiteral("CSIS");
        QCOMPARE(present::sourceTitle(s), QStringLiteral("Report on rail traffic"));
        s.title = QStringLiteral("  ");
        QCOMPARE(present::sourceTitle(s), QStringLiteral("CSIS"));
        s.publisher.clear();
        QCOMPARE(present::sourceTitle(s), QStringLiteral("(untitled source)"));
        // The table and the record title use it.
        Source untitled;
        untitled.publisher = QStringLiteral("Only Publisher");
        m_doc->project().save(untitled);
        ui::SourceTableModel model;
        model.reload(m_doc->project());
        QCOMPARE(model.index(model.rowOf(untitled.meta.id), ui::SourceTableModel::TitleColumn).data().toString(),
                 QStringLiteral("Only Publisher"));
        QCOMPARE(present::recordTitle(m_doc->project(), {RecordType::Source, untitled.meta.id}), QStringLiteral("Only Publisher"));
        m_doc->project().remove<Source>(untitled.meta.id);
    }

    void sourceStillReferredToIsNotDeleted()
    {
        ui::SourcePanel panel;
        panel.setDocument(m_doc.get());
        const QString why = panel.whyNotDeletable(m_sources[0].meta.id);
        QVERIFY2(why.contains(QStringLiteral("“Beta report” still has 1 claims")), qPrintable(why));
        QVERIFY(panel.whyNotDeletable(m_sources[2].meta.id).isEmpty());
        panel.setCurrentSource(m_sources[2].meta.id);
        panel.deleteCurrentSource();
        QVERIFY(!m_doc->project().find<Source>(m_sources[2].meta.id));
        QCOMPARE(panel.table()->model()->rowCount(), 2);
        m_doc->undoStack().undo();
        QVERIFY(m_doc->project().find<Source>(m_sources[2].meta.id));
    }

    void reliabilityShowsItsHistory()
    {
        const QUuid id = m_sources[1].meta.id;
        m_doc->project().setSourceGrade(id, Reliability::E, QStringLiteral("figures contradicted by imagery"));
        ui::SourceTableModel model;
        model.reload(m_doc->project());
        const int row = model.rowOf(id);
        QVERIFY(row >= 0);
        const QString history = model.index(row, ui::SourceTableModel::ReliabilityColumn).data(Qt::ToolTipRole).toString();
        const QStringList lines = history.split(u'\n');
        // The grade it was saved with, then the downgrade with its reason, oldest first.
        QCOMPARE(lines.size(), 3);
        QVERIFY2(lines[1].startsWith(present::reliabilityWords(GradingScheme::admiralty(), m_sources[1].reliability)), qPrintable(history));
        QVERIFY2(lines[2].startsWith(present::reliabilityWords(GradingScheme::admiralty(), Reliability::E)) &&
                     lines[2].endsWith(QStringLiteral("figures contradicted by imagery")),
                 qPrintable(history));
        QVERIFY(lines[2].contains(QStringLiteral("analyst")));
    }
};

QTEST_MAIN(TestSourcePanel)
#include "tst_sourcepanel.moc"
