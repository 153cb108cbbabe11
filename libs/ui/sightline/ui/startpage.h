#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace sightline::ui {

// What the window shows where the map goes while no project is open: the recent projects (a
// double click or Enter opens one), and buttons to open the demo case, open a project or make a
// new one. It asks; the window opens. GUI thread only.
class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);
    // The recent projects, most recent first; those missing on disk are listed as missing.
    void setRecentProjects(const QStringList &paths);
    // A line under the buttons: why the last project did not open, or nothing.
    void setMessage(const QString &text);
    QString message() const;

    QListWidget *recentList() const { return m_recent; }
    QPushButton *demoButton() const { return m_demo; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *newButton() const { return m_new; }

signals:
    void openRequested(const QString &path);
    void openOtherRequested();
    void newProjectRequested();
    void demoRequested();

private:
    QListWidget *m_recent;
    QLabel *m_noRecent;
    QLabel *m_message;
    QPushButton *m_demo;
    QPushButton *m_open;
    QPushButton *m_new;
};

} // namespace sightline::ui
