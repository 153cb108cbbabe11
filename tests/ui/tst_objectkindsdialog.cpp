// The project's object kinds in the window: the form suggests a key from the name and refuses
// unsound or taken keys with the reason; a kind saved through the dialog is one undoable step and
// shows in its table, with how many annotations mark each kind; a built-in kind is not editable.
#include "sightline/edit/document.h"
#include "sightline/ui/objectkindsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace sightline;

class TestObjectKindsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static int rowOf(const QTableWidget *table, const QString &key)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == key)
                return r;
        return -1;
    }

private slots:
    void formSuggestsAndChecksTheKey()
    {
        ui::ObjectKindForm form(ObjectKind{}, objectKindVocabulary({}));
        QPushButton *ok = form.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // no name yet
        QTest::keyClicks(form.nameEdit(), QStringLiteral("Fuel wagon"));
        QCOMPARE(form.keyEdit()->text(), QStringLiteral("fuel_wagon"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(form.kind().name, QStringLiteral("Fuel wagon"));

        form.keyEdit()->clear();
        QTest::keyClicks(form.keyEdit(), QStringLiteral("railcar"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(form.problem()->text().contains(QStringLiteral("built-in")), qPrintable(form.problem()->text()));
        form.keyEdit()->clear();
        QTest::keyClicks(form.keyEdit(), QStringLiteral("Fuel Wagon"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!form.problem()->text().isEmpty());
        // Once the key is typed, the name no longer changes it.
        form.keyEdit()->clear();
        QTest::keyClicks(form.keyEdit(), QStringLiteral("tank_wagon"));
        QTest::keyClicks(form.nameEdit(), QStringLiteral(" (tank)"));
        QCOMPARE(form.keyEdit()->text(), QStringLiteral("tank_wagon"));
        QVERIFY(ok->isEnabled());
        form.setColour(QStringLiteral("#12AB34"));
        QCOMPARE(form.kind().colour, QStringLiteral("#12ab34"));
    }

    void savedKindsAreUndoableAndListed()
    {
        edit::Document doc(Project::create(m_dir.filePath(QStringLiteral("kinds.gpkg")), QStringLiteral("t"),
                                           QStringLiteral("analyst")));
        Annotation a;
        a.objectKind = QStringLiteral("vessel");
        a.geometry = Geometry::point(130.6, 42.4);
        doc.project().save(a);
        ui::ObjectKindsDialog dialog(doc);
        QTableWidget *table = dialog.table();
        QCOMPARE(table->rowCount(), builtInObjectKinds().size());
        QCOMPARE(table->item(rowOf(table, QStringLiteral("vessel")), 3)->text(), QStringLiteral("1"));
        table->selectRow(rowOf(table, QStringLiteral("railcar")));
        QVERIFY(!dialog.editButton()->isEnabled()); // built in

        QVERIFY(dialog.save({QStringLiteral("fuel_wagon"), QStringLiteral("Fuel wagon"), QStringLiteral("#123456")}));
        QCOMPARE(table->rowCount(), builtInObjectKinds().size() + 1);
        const int row = rowOf(table, QStringLiteral("fuel_wagon"));
        QVERIFY(row >= 0);
        QCOMPARE(table->item(row, 0)->text(), QStringLiteral("Fuel wagon"));
        table->selectRow(row);
        QVERIFY(dialog.editButton()->isEnabled());
        QCOMPARE(doc.undoStack().count(), 1);
        doc.undoStack().undo();
        QCOMPARE(table->rowCount(), builtInObjectKinds().size());
        QVERIFY(doc.project().objectKinds().isEmpty());
        doc.undoStack().redo();
        QCOMPARE(doc.project().objectKinds().size(), 1);
    }
};

QTEST_MAIN(TestObjectKindsDialog)
#include "tst_objectkindsdialog.moc"
