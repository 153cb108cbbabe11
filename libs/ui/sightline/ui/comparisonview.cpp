#include "sightline/ui/comparisonview.h"

#include "sightline/render/mapmodel.h"

#include "sightline/ui/mapcanvas.h"
#include "sightline/ui/scenechoice.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {
const QString kDateLock = QStringLiteral("date");
const QString kWindowLock = QStringLiteral("window");
}

ComparisonView::ComparisonView(render::MapModel *layers, QWidget *parent)
    : QWidget(parent), m_layers(layers), m_grid(new QGridLayout), m_add(new QToolButton(this)),
      m_remove(new QToolButton(this))
{
    auto *bar = new QHBoxLayout;
    auto *hint = new QLabel(tr("Pan or zoom any map: the others follow. Each map shows one scene, or the map at a date."), this);
    m_add->setText(tr("Add a map"));
    m_remove->setText(tr("Remove the last map"));
    bar->addWidget(hint, 1);
    bar->addWidget(m_add);
    bar->addWidget(m_remove);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(6, 6, 6, 6);
    outer->addLayout(bar);
    outer->addLayout(m_grid, 1);
    m_grid->setSpacing(6);
    connect(m_add, &QToolButton::clicked, this, &ComparisonView::addPane);
    connect(m_remove, &QToolButton::clicked, this, &ComparisonView::removePane);
    connect(m_layers, &render::MapModel::layersChanged, this, &ComparisonView::updateLayers);
    addPane();
    addPane();
}

MapCanvas *ComparisonView::canvas(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes[pane].canvas : nullptr;
}

QComboBox *ComparisonView::lockChoice(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes[pane].lock : nullptr;
}

void ComparisonView::setScenes(const QList<ImageryScene> &scenes)
{
    m_scenes = sortedByDate(scenes);
    for (int i = 0; i < m_panes.size(); ++i) {
        QComboBox *lock = m_panes[i].lock;
        const QVariant was = m_panes[i].chosen ? lock->currentData() : QVariant();
        const QSignalBlocker block(lock);
        lock->clear();
        for (const ImageryScene &s : std::as_const(m_scenes))
            lock->addItem(sceneLabel(s), s.meta.id.toString());
        lock->insertSeparator(lock->count());
        lock->addItem(tr("The map at a date"), kDateLock);
        lock->addItem(tr("A time window of its own"), kWindowLock);
        int at = was.isValid() ? lock->findData(was) : -1;
        if (at < 0) // a new pane: the scenes from the newest back, one per pane
            at = m_scenes.isEmpty() ? lock->findData(kDateLock) : std::max(0, int(m_scenes.size()) - int(m_panes.size()) + i);
        lock->setCurrentIndex(at);
        applyLock(i);
    }
}

void ComparisonView::addPane()
{
    if (m_panes.size() >= kMaxPanes)
        return;
    Pane pane{new QFrame(this), new QComboBox, new QDateEdit, new QLineEdit, new QLineEdit, new QLabel, new MapCanvas,
              false};
    static_cast<QFrame *>(pane.box)->setFrameShape(QFrame::StyledPanel);
    auto *column = new QVBoxLayout(pane.box);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(4, 4, 4, 0);
    pane.lock->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    pane.lock->setMinimumContentsLength(20);
    pane.lock->setToolTip(tr("What this map shows: one scene, or the map at a date"));
    pane.date->setCalendarPopup(true);
    pane.date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    pane.date->setDate(QDate::currentDate());
    pane.date->setVisible(false);
    for (QLineEdit *edge : {pane.from, pane.to}) {
        edge->setPlaceholderText(tr("open"));
        edge->setMaximumWidth(110);
        edge->setVisible(false);
    }
    pane.from->setToolTip(tr("From: the start of this map's own time window (2023, 2023-08, 2023-08-15)"));
    pane.to->setToolTip(tr("To: the end of this map's own time window"));
    pane.problem->setWordWrap(true);
    pane.problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    pane.problem->setVisible(false);
    top->addWidget(pane.lock, 1);
    top->addWidget(pane.date);
    top->addWidget(pane.from);
    top->addWidget(pane.to);
    column->addLayout(top);
    column->addWidget(pane.problem);
    column->addWidget(pane.canvas, 1);
    MapCanvas *canvas = pane.canvas;
    const auto indexOf = [this, canvas] {
        for (int i = 0; i < m_panes.size(); ++i)
            if (m_panes[i].canvas == canvas)
                return i;
        return -1;
    };
    connect(pane.lock, &QComboBox::currentIndexChanged, this, [this, indexOf] {
        if (const int i = indexOf(); i >= 0) {
            m_panes[i].chosen = true;
            applyLock(i);
        }
    });
    connect(pane.date, &QDateEdit::dateChanged, this, [this, indexOf] { applyLock(indexOf()); });
    for (QLineEdit *edge : {pane.from, pane.to})
        connect(edge, &QLineEdit::editingFinished, this, [this, indexOf] { applyLock(indexOf()); });
    connect(canvas, &MapCanvas::viewChanged, this, [this, indexOf] { follow(indexOf()); });
    connect(canvas, &MapCanvas::cursorMoved, this, [this, canvas](const GeoPoint &p) {
        for (const Pane &other : std::as_const(m_panes))
            other.canvas->setCursorMark(other.canvas == canvas ? std::nullopt : std::optional(p));
    });
    connect(canvas, &MapCanvas::cursorLeft, this, [this] {
        for (const Pane &other : std::as_const(m_panes))
            other.canvas->setCursorMark(std::nullopt);
    });
    m_panes.append(pane);
    if (m_panes.size() > 1) {
        const MapCanvas *first = m_panes.first().canvas;
        canvas->setView(first->settings().crs, first->settings().center, first->mapUnitsPerWidgetPixel());
    }
    relayout();
    setScenes(m_scenes);
}

void ComparisonView::removePane()
{
    if (m_panes.size() <= 2)
        return;
    const Pane pane = m_panes.takeLast();
    pane.box->deleteLater();
    relayout();
}

void ComparisonView::relayout()
{
    for (const Pane &p : std::as_const(m_panes))
        m_grid->removeWidget(p.box);
    // One row of up to three maps; four make a square.
    const int columns = m_panes.size() == 4 ? 2 : int(m_panes.size());
    for (int i = 0; i < m_panes.size(); ++i)
        m_grid->addWidget(m_panes[i].box, i / columns, i % columns);
    for (int c = 0; c < 4; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    m_add->setEnabled(m_panes.size() < kMaxPanes);
    m_remove->setEnabled(m_panes.size() > 2);
}

void ComparisonView::lockToScene(int pane, const QUuid &scene)
{
    if (pane < 0 || pane >= m_panes.size())
        return;
    if (const int at = m_panes[pane].lock->findData(scene.toString()); at >= 0)
        m_panes[pane].lock->setCurrentIndex(at);
}

void ComparisonView::lockToDate(int pane, const QDate &date)
{
    if (pane < 0 || pane >= m_panes.size())
        return;
    const QSignalBlocker block(m_panes[pane].date);
    m_panes[pane].date->setDate(date);
    m_panes[pane].lock->setCurrentIndex(m_panes[pane].lock->findData(kDateLock));
    m_panes[pane].chosen = true;
    applyLock(pane);
}

bool ComparisonView::lockToWindow(int pane, const QString &from, const QString &to, QString *why)
{
    if (pane < 0 || pane >= m_panes.size())
        return false;
    Pane &p = m_panes[pane];
    {
        const QSignalBlocker a(p.from), b(p.to), c(p.lock);
        p.from->setText(from);
        p.to->setText(to);
        p.lock->setCurrentIndex(p.lock->findData(kWindowLock));
    }
    p.chosen = true;
    applyLock(pane);
    if (why)
        *why = p.problem->text();
    return p.problem->text().isEmpty();
}

TimeWindow ComparisonView::paneWindow(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes[pane].canvas->settings().timeWindow : TimeWindow();
}

QString ComparisonView::paneProblem(int pane) const
{
    return pane >= 0 && pane < m_panes.size() ? m_panes[pane].problem->text() : QString();
}

QUuid ComparisonView::lockedScene(int pane) const
{
    if (pane < 0 || pane >= m_panes.size())
        return {};
    return QUuid::fromString(m_panes[pane].lock->currentData().toString());
}

void ComparisonView::applyLock(int pane)
{
    if (pane < 0 || pane >= m_panes.size())
        return;
    const Pane &p = m_panes[pane];
    const bool byDate = p.lock->currentData().toString() == kDateLock;
    const bool byWindow = p.lock->currentData().toString() == kWindowLock;
    p.date->setVisible(byDate);
    p.from->setVisible(byWindow);
    p.to->setVisible(byWindow);
    if (byWindow) {
        // Its own window, read as the timeline's From and To are; a bad one changes nothing.
        QString why;
        const auto window = TimeWindow::parse(p.from->text().trimmed(), p.to->text().trimmed(), &why,
                                              tr("From"), tr("To"));
        p.problem->setText(window ? QString() : why);
        p.problem->setVisible(!window);
        if (window)
            p.canvas->setTimeWindow(*window);
        p.canvas->setLayers(m_layers->visibleLayersWith(QUuid()));
        return;
    }
    p.problem->clear();
    p.problem->setVisible(false);
    // Locked to a date: the map as known by the end of that day (every scene taken by then, the
    // newest on top). Locked to a scene: all of time, so that no window hides the scene chosen.
    p.canvas->setTimeWindow(byDate ? TimeWindow({}, QDateTime(p.date->date().addDays(1), QTime(0, 0), Qt::UTC).addMSecs(-1))
                                   : TimeWindow());
    p.canvas->setLayers(m_layers->visibleLayersWith(byDate ? QUuid() : lockedScene(pane)));
}

void ComparisonView::updateLayers()
{
    for (int i = 0; i < m_panes.size(); ++i)
        applyLock(i);
}

void ComparisonView::setView(const QString &crs, QPointF center, double mapUnitsPerWidgetPixel)
{
    if (!m_panes.isEmpty())
        m_panes.first().canvas->setView(crs, center, mapUnitsPerWidgetPixel); // the others follow
}

void ComparisonView::follow(int pane)
{
    if (m_syncing || pane < 0 || pane >= m_panes.size())
        return;
    m_syncing = true;
    const auto &s = m_panes[pane].canvas->settings();
    for (int i = 0; i < m_panes.size(); ++i) {
        const auto &o = m_panes[i].canvas->settings();
        if (i != pane && (o.crs != s.crs || o.center != s.center || o.mapUnitsPerPixel != s.mapUnitsPerPixel))
            m_panes[i].canvas->setView(s.crs, s.center, m_panes[pane].canvas->mapUnitsPerWidgetPixel());
    }
    m_syncing = false;
}

} // namespace sightline::ui
