#include "sightline/ui/startpage.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sightline::ui {

StartPage::StartPage(QWidget *parent)
    : QWidget(parent), m_recent(new QListWidget(this)), m_noRecent(new QLabel(this)), m_message(new QLabel(this)),
      m_demo(new QPushButton(tr("Open the &demo case"), this)), m_open(new QPushButton(tr("&Open a project…"), this)),
      m_new(new QPushButton(tr("&New project…"), this))
{
    setAutoFillBackground(true);
    auto *title = new QLabel(tr("<h1>Sightline</h1><p>Open a project to begin, or try the demo case.</p>"), this);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_new, m_open, m_demo})
        buttons->addWidget(b);
    buttons->addStretch(1);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noRecent->setText(tr("No recent projects."));
    auto *recentTitle = new QLabel(tr("<b>Recent projects</b>"), this);
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addLayout(buttons);
    column->addWidget(m_message);
    column->addSpacing(12);
    column->addWidget(recentTitle);
    column->addWidget(m_noRecent);
    column->addWidget(m_recent, 1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
    connect(m_new, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openOtherRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { emit openRequested(item->data(Qt::UserRole).toString()); });
    setRecentProjects({});
}

void StartPage::setRecentProjects(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        const QFileInfo info(path);
        auto *item = new QListWidgetItem(info.exists() ? tr("%1 — %2").arg(info.completeBaseName(), info.absolutePath())
                                                       : tr("%1 — missing (%2)").arg(info.completeBaseName(), path),
                                         m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
        if (!info.exists())
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_noRecent->setVisible(paths.isEmpty());
    m_recent->setVisible(!paths.isEmpty());
}

void StartPage::setMessage(const QString &text)
{
    m_message->setText(text);
}

QString StartPage::message() const
{
    return m_message->text();
}

} // namespace sightline::ui
