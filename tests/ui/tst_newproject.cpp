// A new, empty project from the window (File → New project) and from the one function the CLI
// shares with it: made under a temporary name and renamed, never over a file, with its settings.
#include "sightline/store/newproject.h"
#include "sightline/store/project.h"
#include "sightline/store/storeerror.h"
#include "sightline/ui/newprojectdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace sightline;

class TestNewProject : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void dialogSaysWhatItMakes()
    {
        ui::NewProjectDialog dialog(QStringLiteral("Analyst"));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no file yet
        const QString base = m_dir.filePath(QStringLiteral("case"));
        dialog.setPath(base);
        QVERIFY(ok->isEnabled());
        auto lines = dialog.findChildren<QLineEdit *>();
        QCOMPARE(lines.size(), 2);
        lines[1]->setText(QStringLiteral("  Rajin port  "));
        auto combos = dialog.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 2);
        combos[0]->setCurrentIndex(combos[0]->findData(QStringLiteral("uk-5x5x5")));
        combos[1]->setCurrentIndex(combos[1]->findData(QStringLiteral("TLP:AMBER+STRICT")));
        const store::NewProject spec = dialog.project();
        QCOMPARE(spec.path, base + QStringLiteral(".gpkg"));
        QCOMPARE(spec.author, QStringLiteral("Analyst"));
        QCOMPARE(spec.scheme->key(), QStringLiteral("uk-5x5x5"));
        QCOMPARE(spec.marking, std::optional<Marking>(Marking::AmberStrict));

        store::createProjectFile(spec);
        auto p = Project::open(spec.path, QStringLiteral("reader"), Project::Access::ReadOnly);
        QCOMPARE(p->title(), QStringLiteral("Rajin port"));
        QCOMPARE(p->gradingScheme().key(), QStringLiteral("uk-5x5x5"));
        QCOMPARE(p->marking(), std::optional<Marking>(Marking::AmberStrict));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());

        // The file now exists: the dialog will not make it again, nor will the function.
        dialog.setPath(spec.path);
        QVERIFY(!ok->isEnabled());
        QVERIFY_THROWS_EXCEPTION(StoreError, store::createProjectFile(spec));
    }

    void aFailureLeavesNothing()
    {
        store::NewProject spec;
        spec.path = m_dir.filePath(QStringLiteral("no-such-folder/case.gpkg"));
        QVERIFY_THROWS_EXCEPTION(StoreError, store::createProjectFile(spec));
        QVERIFY(!QFileInfo::exists(spec.path));
        QVERIFY(QDir(m_dir.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files).isEmpty());
    }
};

QTEST_MAIN(TestNewProject)
#include "tst_newproject.moc"
