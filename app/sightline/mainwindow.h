#pragma once

#include "sightline/store/project.h"

#include <QMainWindow>

#include <memory>

namespace sightline::ui {
class ClaimTableModel;
class SiteListModel;
} // namespace sightline::ui

class QLabel;

// Composes the evidence views around one open project; owns no logic of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow();
    ~MainWindow() override;
    // Opens path; on failure shows the reason and keeps the current project.
    bool openProject(const QString &path);

private:
    void chooseProject();

    std::unique_ptr<sightline::Project> m_project;
    sightline::ui::ClaimTableModel *m_claims;
    sightline::ui::SiteListModel *m_sites;
    QLabel *m_status;
};
