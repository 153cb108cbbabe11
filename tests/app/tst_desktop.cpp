// The window as a desktop application, driven headless: the start page and what is disabled
// without a project; a bad file that leaves the window open; the analyst's name from the
// preferences on the records the window makes; Help (F1's guide, the shortcuts read from the
// menus, About's versions and credits); the toolbar's icons; the map's context menu; a project
// another process has open, offered read-only; a corrupt settings file; a window restored off
// the screen.
#include "helpactions.h"
#include "mainwindow.h"
#include "mapcontextmenu.h"
#include "toolactions.h"

#include "sightline/edit/recordcommands.h"
#include "sightline/store/newproject.h"
#include "sightline/store/projectlock.h"
#include "sightline/ui/aboutdialog.h"
#include "sightline/ui/guidewindow.h"
#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/mapreadout.h"
#include "sightline/ui/measuretool.h"
#include "sightline/ui/shortcutsdialog.h"
#include "sightline/ui/sourcepanel.h"
#include "sightline/ui/startpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QListWidget>
#include <QTableWidget>
#include <QTest>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QTimer>
#include <QToolBar>

using namespace sightline;

namespace {

// Answers the next modal window: keeps its text, then clicks the button whose text contains
// `button` (a message box), or accepts a dialog after `fill` has filled it in.
class ModalAnswer : public QObject
{
public:
    explicit ModalAnswer(QString button, std::function<void(QDialog *)> fill = {})
        : m_button(std::move(button)), m_fill(std::move(fill))
    {
        connect(&m_timer, &QTimer::timeout, this, &ModalAnswer::poll);
        m_timer.start(20);
    }
    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    void poll()
    {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        m_timer.stop();
        m_answered = true;
        if (auto *box = qobject_cast<QMessageBox *>(dialog)) {
            m_text = box->text();
            for (QAbstractButton *b : box->buttons())
                if (!m_button.isEmpty() && b->text().remove(u'&').contains(m_button)) {
                    b->click();
                    return;
                }
            box->reject();
            return;
        }
        if (m_fill)
            m_fill(dialog);
        dialog->accept();
    }

    QString m_button;
    std::function<void(QDialog *)> m_fill;
    QTimer m_timer;
    bool m_answered = false;
    QString m_text;
};

QMenu *menuNamed(QMainWindow &window, const QString &name)
{
    for (QAction *a : window.menuBar()->actions())
        if (a->text().remove(u'&') == name)
            return a->menu();
    return nullptr;
}

} // namespace

class TestDesktop : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString newProject(const QString &name)
    {
        store::NewProject spec;
        spec.path = m_dir.filePath(name);
        spec.author = QStringLiteral("setup");
        store::createProjectFile(spec);
        return spec.path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings, recent projects and window state go elsewhere
        QSettings().clear();
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }

    void startPageWithoutAProject()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(!w.document());
        QVERIFY(w.startPage()->isVisible());
        // What needs a project is disabled: whole menus, the File entries that act on one, the
        // panels (Sources → Add… among them), the map tools on the toolbar.
        for (const QString &name : {QStringLiteral("Imagery"), QStringLiteral("Evidence"), QStringLiteral("Tools"),
                                    QStringLiteral("Annotate")}) {
            QMenu *menu = menuNamed(w, name);
            QVERIFY2(menu, qPrintable(name));
            QVERIFY2(!menu->menuAction()->isEnabled(), qPrintable(name));
        }
        QVERIFY(!w.sourcePanel()->isEnabled());
        QMenu *file = menuNamed(w, QStringLiteral("File"));
        for (QAction *a : file->actions()) {
            const QString text = a->text().remove(u'&');
            if (text.startsWith(QStringLiteral("Export")) || text.startsWith(QStringLiteral("Save a copy")))
                QVERIFY2(!a->isEnabled(), qPrintable(text));
            if (text.startsWith(QStringLiteral("Open…")) || text.startsWith(QStringLiteral("New project")))
                QVERIFY2(a->isEnabled(), qPrintable(text));
        }
        QVERIFY(!w.tools()->actionOf(w.tools()->measureDistance())->isEnabled());

        // A project opened from the start page's recent list: the page goes, everything is enabled.
        const QString path = newProject(QStringLiteral("start.gpkg"));
        w.startPage()->openRequested(path);
        QVERIFY(w.document());
        QVERIFY(!w.startPage()->isVisible());
        QVERIFY(w.sourcePanel()->isEnabled());
        QVERIFY(menuNamed(w, QStringLiteral("Imagery"))->menuAction()->isEnabled());
        QVERIFY(w.tools()->actionOf(w.tools()->measureDistance())->isEnabled());
        // The next window lists it among the recent projects.
        w.close();
        MainWindow next;
        QCOMPARE(next.startPage()->recentList()->count(), 1);
    }

    void openTheDemoFromTheStartPage()
    {
        QFile::remove(MainWindow::demoProjectPath());
        MainWindow w;
        w.show();
        QTest::mouseClick(w.startPage()->demoButton(), Qt::LeftButton);
        QVERIFY(w.document());
        QCOMPARE(w.document()->project().path(), MainWindow::demoProjectPath());
        QCOMPARE(w.document()->project().all<Site>().size(), 7);
        QVERIFY(!w.startPage()->isVisible());
    }

    void badFileKeepsTheWindowOpen()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.gpkg"));
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("these are notes, not a project");
        }
        MainWindow w;
        w.show();
        ModalAnswer answer{QString()};
        QVERIFY(!w.openProject(bad));
        QVERIFY(answer.answered());
        QVERIFY2(answer.text().contains(QStringLiteral("notes.gpkg")), qPrintable(answer.text()));
        QVERIFY(w.isVisible());
        QVERIFY(!w.document());
        QVERIFY(w.startPage()->isVisible());
        QVERIFY2(w.startPage()->message().contains(QStringLiteral("notes.gpkg")), qPrintable(w.startPage()->message()));
    }

    void analystNameSignsTheWindowsRecords()
    {
        MainWindow w;
        w.show();
        ui::Preferences p = w.preferences();
        p.analystName = QStringLiteral("Mira Kovalenko");
        p.coordinateFormat = ui::Preferences::CoordinateFormat::Mgrs;
        p.defaultCrs = QStringLiteral("EPSG:4326");
        w.setPreferences(p);
        QCOMPARE(ui::Preferences::load().analystName, QStringLiteral("Mira Kovalenko"));
        QVERIFY(w.openProject(newProject(QStringLiteral("author.gpkg"))));
        QCOMPARE(w.document()->project().author(), QStringLiteral("Mira Kovalenko"));
        QCOMPARE(w.canvas()->settings().crs, QStringLiteral("EPSG:4326")); // the map starts in the default CRS
        emit w.canvas()->cursorMoved(GeoPoint{130.3, 42.25});
        QVERIFY2(w.readout()->position().startsWith(QStringLiteral("52T")), qPrintable(w.readout()->position()));

        // Right click → Add site here…, through the site dialog: the new site is hers.
        QMenu *menu = w.mapContextMenu()->menuAt(QPointF(w.canvas()->width() / 2.0, w.canvas()->height() / 2.0));
        QVERIFY(menu);
        QAction *add = nullptr;
        for (QAction *a : menu->actions())
            if (a->text().remove(u'&').startsWith(QStringLiteral("Add site here")))
                add = a;
        QVERIFY(add && add->isEnabled());
        ModalAnswer answer{QString(), [](QDialog *d) { d->findChild<QLineEdit *>()->setText(QStringLiteral("Pier 3")); }};
        add->trigger();
        QVERIFY(answer.answered());
        const QList<Site> sites = w.document()->project().all<Site>();
        QCOMPARE(sites.size(), 1);
        QCOMPARE(sites.first().name, QStringLiteral("Pier 3"));
        QCOMPARE(sites.first().meta.author, QStringLiteral("Mira Kovalenko"));
        QVERIFY(sites.first().locationNote.contains(QStringLiteral("Mira Kovalenko")));
        delete menu;
    }

    void contextMenuCopiesAndMeasures()
    {
        MainWindow w;
        w.resize(1000, 700);
        w.show();
        QVERIFY(w.openProject(newProject(QStringLiteral("menu.gpkg"))));
        w.canvas()->zoomToLonLat(GeoBounds{130.2, 42.2, 130.4, 42.3}, 0);
        const QPointF centre(w.canvas()->width() / 2.0, w.canvas()->height() / 2.0);
        const GeoPoint here = *w.canvas()->lonLatAt(centre);
        std::unique_ptr<QMenu> menu(w.mapContextMenu()->menuAt(centre));
        QVERIFY(menu);
        QStringList copied;
        for (QAction *a : menu->actions())
            if (!a->data().toString().isEmpty()) {
                a->trigger();
                copied << QGuiApplication::clipboard()->text();
            }
        using F = ui::Preferences::CoordinateFormat;
        QCOMPARE(copied, (QStringList{ui::MapReadout::coordinateText(here, F::DecimalDegrees),
                                      ui::MapReadout::coordinateText(here, F::DegreesMinutesSeconds),
                                      ui::MapReadout::coordinateText(here, F::Mgrs)}));
        QVERIFY(copied.last().startsWith(QStringLiteral("52T")));
        for (QAction *a : menu->actions())
            if (a->text().remove(u'&') == QLatin1String("Measure from here"))
                a->trigger();
        QCOMPARE(w.canvas()->tool(), static_cast<ui::MapTool *>(w.tools()->measureDistance()));
        QCOMPARE(w.tools()->measureDistance()->points().size(), 1);
        QVERIFY(qAbs(w.tools()->measureDistance()->points().first().lon - here.lon) < 1e-9);
        // Measured in the units of the preferences.
        QTest::mouseClick(w.canvas(), Qt::LeftButton, {}, (centre + QPointF(200, 0)).toPoint());
        QVERIFY2(w.tools()->measureDistance()->statusText().contains(QStringLiteral(" km · ")),
                 qPrintable(w.tools()->measureDistance()->statusText()));
        ui::Preferences imperial = w.preferences();
        imperial.units = ui::Preferences::Units::Imperial;
        w.setPreferences(imperial);
        QVERIFY2(w.tools()->measureDistance()->statusText().contains(QStringLiteral(" ft · ")) &&
                     w.tools()->measureDistance()->statusText().contains(QStringLiteral(" mi · ")),
                 qPrintable(w.tools()->measureDistance()->statusText()));
    }

    void help()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The shortcuts are read from the menus: every one of them, nothing invented.
        const auto entries = ui::ShortcutsDialog::entries(w.menuBar());
        const auto has = [&](const QString &action, const QKeySequence &key) {
            for (const auto &e : entries)
                if (e.action == action && e.shortcut == key.toString(QKeySequence::NativeText))
                    return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("Undo"), QKeySequence::Undo));
        QVERIFY(has(QStringLiteral("Getting started"), QKeySequence(Qt::Key_F1)));
        QVERIFY(has(QStringLiteral("Measure distance"), QKeySequence(Qt::CTRL | Qt::Key_M)));
        QVERIFY(entries.size() >= 20);
        ui::ShortcutsDialog shortcuts(w.menuBar());
        QCOMPARE(shortcuts.table()->rowCount(), entries.size());

        // F1 opens the guide, which walks the demo case.
        QTest::keyClick(&w, Qt::Key_F1);
        auto *guide = w.findChild<ui::GuideWindow *>();
        QVERIFY(guide);
        QTRY_VERIFY(guide->isVisible());
        const QString guideText = guide->browser()->toPlainText();
        QVERIFY2(guideText.contains(QStringLiteral("Open the demo")), qPrintable(guideText.left(200)));
        QVERIFY(guideText.contains(QStringLiteral("Tumangang")));
        guide->close();

        const QString about = QTextDocumentFragment::fromHtml(ui::AboutDialog::text()).toPlainText();
        for (const QString &name : {QStringLiteral("Qt"), QStringLiteral("GDAL"), QStringLiteral("PROJ"),
                                    QStringLiteral("SQLite"), QStringLiteral("GeographicLib"),
                                    QStringLiteral("Natural Earth"), QStringLiteral("Imagery")})
            QVERIFY2(about.contains(name), qPrintable(name));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(QRegularExpression(QStringLiteral("SQLite\\s+3\\.\\d+"))));
        QVERIFY(about.contains(QRegularExpression(QStringLiteral("GDAL\\s+3\\.\\d+"))));
        QVERIFY(about.contains(QRegularExpression(QStringLiteral("PROJ\\s+9\\.\\d+"))));
    }

    void toolbarIconsDraw()
    {
        MainWindow w;
        QToolBar *bar = w.mainToolBar();
        QVERIFY(bar);
        int icons = 0;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            const QImage image = a->icon().pixmap(QSize(22, 22)).toImage().convertToFormat(QImage::Format_ARGB32);
            QVERIFY2(!image.isNull(), qPrintable(a->text()));
            int inked = 0;
            for (int y = 0; y < image.height(); ++y)
                for (int x = 0; x < image.width(); ++x)
                    inked += qAlpha(image.pixel(x, y)) > 128;
            QVERIFY2(inked > 20, qPrintable(a->text())); // an SVG the engine could not read draws nothing
            ++icons;
        }
        QCOMPARE(icons, 15);
    }

    void projectOpenElsewhereIsOfferedReadOnly()
    {
        const QString path = newProject(QStringLiteral("shared.gpkg"));
        // Another process holds it: a lock file naming a running program (QLockFile checks the
        // process is alive and is the program named) and the other analyst's info.
        QProcess other;
        other.start(QStringLiteral("sleep"), {QStringLiteral("60")});
        QVERIFY(other.waitForStarted());
        {
            QFile lock(store::ProjectLock::lockFilePath(path));
            QVERIFY(lock.open(QIODevice::WriteOnly));
            lock.write(QStringLiteral("%1\nsleep\n%2\n").arg(other.processId()).arg(QSysInfo::machineHostName()).toUtf8());
            QFile info(store::ProjectLock::lockFilePath(path) + QStringLiteral("-info"));
            QVERIFY(info.open(QIODevice::WriteOnly));
            info.write(R"({"analyst":"Dae-jung Park","since":"2026-11-30T08:15:00Z"})");
        }
        {
            MainWindow w;
            w.show();
            ModalAnswer cancel{QStringLiteral("Cancel")};
            QVERIFY(!w.openProject(path));
            QVERIFY2(cancel.text().contains(QStringLiteral("Dae-jung Park")), qPrintable(cancel.text()));
            QVERIFY(cancel.text().contains(QStringLiteral("2026")) || cancel.text().contains(QStringLiteral("26")));
            QVERIFY(!w.document());

            ModalAnswer readOnly{QStringLiteral("Open read-only")};
            QVERIFY(w.openProject(path));
            QVERIFY(readOnly.answered());
            QVERIFY(w.document()->project().isReadOnly());
            QVERIFY(w.windowTitle().contains(QStringLiteral("read-only")));
            QVERIFY(w.readout()->message().contains(QStringLiteral("read-only")));
            // An edit is refused, with its reason, and the file keeps what it had.
            Site site;
            site.name = QStringLiteral("Pier 3");
            QVERIFY(!w.document()->push(new edit::SaveRecordCommand<Site>(*w.document(), site, QStringLiteral("add"))).isEmpty());
            QVERIFY(w.document()->project().all<Site>().isEmpty());
        }
        // The other process is gone: its lock is stale, and the project opens for editing.
        other.kill();
        other.waitForFinished();
        MainWindow w;
        QVERIFY(w.openProject(path));
        QVERIFY(!w.document()->project().isReadOnly());
        store::ProjectLock again(path);
        QCOMPARE(again.tryLock(QStringLiteral("someone else")), store::ProjectLock::Result::HeldElsewhere);
        QCOMPARE(again.holder()->pid, QCoreApplication::applicationPid());
        QCOMPARE(again.holder()->analyst, w.preferences().author());
    }

    void corruptSettingsResetWithAMessage()
    {
        const QString file = QSettings().fileName();
        {
            QSettings().setValue(QStringLiteral("analyst/name"), QStringLiteral("Mira"));
        }
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("[analyst\nname=Mira\n");
        }
        MainWindow w;
        w.show();
        QVERIFY2(w.settingsProblem().contains(file), qPrintable(file + QStringLiteral(" / ") + w.settingsProblem()));
        QVERIFY(w.preferences().analystName.isEmpty());
        QTRY_VERIFY(w.findChild<QMessageBox *>(QStringLiteral("settingsResetMessage")) &&
                    w.findChild<QMessageBox *>(QStringLiteral("settingsResetMessage"))->isVisible());
        w.findChild<QMessageBox *>(QStringLiteral("settingsResetMessage"))->accept();
        QFile::remove(file + QStringLiteral(".corrupt"));
    }

    void windowRestoredOffScreenComesBack()
    {
        const QRect screen = QGuiApplication::primaryScreen()->availableGeometry();
        // On the screen means: whole when the window can be made that small, else its top left
        // (the title bar) at the screen's.
        const auto onScreen = [&screen](const MainWindow &w) {
            const QRect frame = w.frameGeometry();
            const bool fits = w.minimumSizeHint().width() <= screen.width() && w.minimumSizeHint().height() <= screen.height();
            return fits ? screen.contains(frame) : frame.topLeft() == screen.topLeft();
        };
        {
            MainWindow first;
            first.setGeometry(screen.right() + 400, screen.bottom() - 100, screen.width() / 2, screen.height() / 2);
            QSettings().setValue(QStringLiteral("window/geometry"), first.saveGeometry());
        }
        MainWindow w;
        QVERIFY(onScreen(w));
        // Its status bar below the screen: brought back.
        w.setGeometry(screen.left(), screen.top() + screen.height() / 2, screen.width(), screen.height());
        QSettings().setValue(QStringLiteral("window/geometry"), w.saveGeometry());
        MainWindow again;
        QVERIFY(onScreen(again));
    }
};

QTEST_MAIN(TestDesktop)
#include "tst_desktop.moc"
