// The Judgments dock: analytic judgments with what they rest on, beside the needs-review list.
#include "mainwindow.h"

#include "sightline/ui/judgmentpanel.h"

#include <QDockWidget>

using namespace sightline;

void MainWindow::addJudgmentsDock()
{
    m_judgments = new ui::JudgmentPanel(m_selection, this);
    auto *dock = new QDockWidget(tr("Judgments"), this);
    dock->setObjectName(QStringLiteral("judgmentsDock"));
    dock->setWidget(m_judgments);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    if (auto *review = findChild<QDockWidget *>(QStringLiteral("reviewDock")))
        tabifyDockWidget(review, dock);
}
