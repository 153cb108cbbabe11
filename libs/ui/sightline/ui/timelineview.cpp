#include "sightline/ui/timelineview.h"

#include "sightline/edit/document.h"
#include "sightline/edit/eventcommands.h"
#include "sightline/render/mapmodel.h"
#include "sightline/ui/documentfollower.h"
#include "sightline/ui/eventdialog.h"
#include "sightline/ui/selectionmodel.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimeZone>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace sightline::ui {
namespace {

constexpr qint64 kHour = 3'600'000;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kCentury = 36525 * kDay;

QDateTime utcOf(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

// A window edge dragged to a moment lands on a whole day, or on a whole minute when the view is
// short enough for minutes to matter.
qint64 snapped(qint64 ms, double msPerPixel)
{
    const qint64 unit = msPerPixel > 20 * 60'000 ? kDay : 60'000;
    return static_cast<qint64>(std::llround(double(ms) / double(unit))) * unit;
}

QString dateText(const QDateTime &t, bool end)
{
    if (t.isNull())
        return {};
    const QDateTime start = end ? t.addMSecs(1) : t;
    if (start.time() == QTime(0, 0))
        return (end ? t : start).toString(QStringLiteral("yyyy-MM-dd"));
    return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm")) + u'Z';
}

} // namespace

TimelineView::TimelineView(SelectionModel *selection, render::MapModel *map, QWidget *parent)
    : QWidget(parent), m_selection(selection), m_map(map),
      m_follower(new DocumentFollower(this, [this] { reload(); },
                                      {RecordType::Event, RecordType::Claim, RecordType::Observation, RecordType::Scene,
                                       RecordType::Judgment, RecordType::Site, RecordType::Source, RecordType::Link})),
      m_timeline(std::make_shared<present::Timeline>()), m_canvas(new TimelineCanvas(this)),
      m_scroll(new QScrollBar(Qt::Vertical, this)), m_lanes(new QComboBox(this)),
      m_stepChoice(new QComboBox(this)), m_back(new QToolButton(this)), m_play(new QToolButton(this)),
      m_forward(new QToolButton(this)), m_from(new QLineEdit(this)), m_to(new QLineEdit(this)), m_message(new QLabel(this)),
      m_timer(new QTimer(this))
{
    m_painter.setTimeline(m_timeline);
    m_painter.showAll();
    m_lanes->addItem(tr("Lanes by site"), int(present::TimelinePainter::Lanes::BySite));
    m_lanes->addItem(tr("Lanes by source"), int(present::TimelinePainter::Lanes::BySource));
    m_lanes->addItem(tr("Lanes by kind"), int(present::TimelinePainter::Lanes::ByKind));
    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this] {
        m_painter.setLanes(static_cast<present::TimelinePainter::Lanes>(m_lanes->currentData().toInt()));
        updateScrollRange();
        m_canvas->update();
    });
    for (const auto &[label, key] : {std::pair{tr("Step: 1 day"), "1d"}, std::pair{tr("Step: 1 week"), "1w"},
                                     std::pair{tr("Step: 1 month"), "1m"}, std::pair{tr("Step: 1 year"), "1y"}})
        m_stepChoice->addItem(label, QString::fromLatin1(key));
    m_stepChoice->setCurrentIndex(1);
    connect(m_stepChoice, &QComboBox::currentIndexChanged, this,
            [this] { setStep(*TimeStep::parse(m_stepChoice->currentData().toString(), nullptr)); });
    m_back->setText(QStringLiteral("◀"));
    m_back->setToolTip(tr("Step the time window back (Left)"));
    m_play->setText(QStringLiteral("▶"));
    m_play->setCheckable(true);
    m_play->setToolTip(tr("Play or pause: step the window forward (Space)"));
    m_forward->setText(QStringLiteral("▶|"));
    m_forward->setToolTip(tr("Step the time window forward (Right)"));
    connect(m_back, &QToolButton::clicked, this, [this] { stepWindow(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { stepWindow(1); });
    connect(m_play, &QToolButton::toggled, this, &TimelineView::setPlaying);
    m_from->setPlaceholderText(tr("From (2023-10-05)"));
    m_to->setPlaceholderText(tr("To"));
    for (QLineEdit *e : {m_from, m_to}) {
        e->setMaximumWidth(150);
        connect(e, &QLineEdit::returnPressed, this, [this] { applyWindowText(m_from->text(), m_to->text()); });
    }
    auto *all = new QToolButton(this);
    all->setText(tr("Show all"));
    connect(all, &QToolButton::clicked, this, &TimelineView::showAll);
    auto *clear = new QToolButton(this);
    clear->setText(tr("All time"));
    clear->setToolTip(tr("Clear the time window: the map shows everything (Esc)"));
    connect(clear, &QToolButton::clicked, this, [this] { setWindow(TimeWindow()); });
    // Times on the axis in UTC (as stored) or in this computer's zone.
    auto *zone = new QComboBox(this);
    zone->addItem(tr("UTC"));
    zone->addItem(tr("Local time (%1)").arg(QString::fromUtf8(QTimeZone::systemTimeZoneId())));
    zone->setToolTip(tr("The zone the axis is read in; a date without a time covers its own day in either"));
    connect(zone, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_painter.setTimeZone(i == 0 ? QTimeZone::utc() : QTimeZone::systemTimeZone());
        m_canvas->update();
    });
    auto *newEvent = new QToolButton(this);
    newEvent->setText(tr("New event…"));
    connect(newEvent, &QToolButton::clicked, this, [this] { openEventEditor(); });
    m_message->setWordWrap(false);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    bar->addWidget(m_lanes);
    bar->addWidget(zone);
    bar->addWidget(all);
    bar->addWidget(newEvent);
    bar->addSpacing(12);
    bar->addWidget(new QLabel(tr("Window:"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_to);
    bar->addWidget(clear);
    bar->addWidget(m_back);
    bar->addWidget(m_play);
    bar->addWidget(m_forward);
    bar->addWidget(m_stepChoice);
    bar->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    auto *drawing = new QHBoxLayout;
    drawing->setContentsMargins(0, 0, 0, 0);
    drawing->setSpacing(0);
    drawing->addWidget(m_canvas, 1);
    drawing->addWidget(m_scroll);
    layout->addLayout(drawing, 1);
    connect(m_scroll, &QScrollBar::valueChanged, this, [this](int v) {
        m_painter.setScroll(v);
        m_canvas->update();
    });

    const auto shortcut = [this](const QKeySequence &keys, auto slot) {
        auto *a = new QAction(this);
        a->setShortcut(keys);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(a, &QAction::triggered, this, slot);
        addAction(a);
    };
    shortcut(QKeySequence(Qt::Key_Left), [this] { stepWindow(-1); });
    shortcut(QKeySequence(Qt::Key_Right), [this] { stepWindow(1); });
    shortcut(QKeySequence(Qt::Key_Space), [this] { setPlaying(!isPlaying()); });
    shortcut(QKeySequence(Qt::Key_Home), [this] { showAll(); });
    shortcut(QKeySequence(Qt::Key_Plus), [this] { zoomBy(1.5, (m_painter.viewFrom() + m_painter.viewTo()) / 2); });
    shortcut(QKeySequence(Qt::Key_Equal), [this] { zoomBy(1.5, (m_painter.viewFrom() + m_painter.viewTo()) / 2); });
    shortcut(QKeySequence(Qt::Key_Minus), [this] { zoomBy(1 / 1.5, (m_painter.viewFrom() + m_painter.viewTo()) / 2); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { setWindow(TimeWindow()); });

    m_timer->setInterval(700);
    connect(m_timer, &QTimer::timeout, this, [this] {
        const auto [first, last] = timelineExtent(m_timeline->items);
        const TimeWindow w = m_map->timeWindow();
        if (!last.isNull() && !w.from().isNull() && w.from() > last) {
            setPlaying(false);
            return;
        }
        stepWindow(1);
    });
    connect(m_map, &render::MapModel::timeWindowChanged, this, &TimelineView::followWindow);
    connect(m_selection, &SelectionModel::changed, this, &TimelineView::followSelection);
    followWindow();
    setFocusPolicy(Qt::StrongFocus);
}

TimelineView::~TimelineView() = default;

void TimelineView::setDocument(edit::Document *document)
{
    m_follower->setDocument(document);
}

void TimelineView::reload()
{
    const edit::Document *doc = m_follower->document();
    m_timeline = std::make_shared<present::Timeline>(doc ? present::gatherTimeline(doc->project()) : present::Timeline{});
    m_painter.setTimeline(m_timeline);
    if (!m_viewSet)
        m_painter.showAll();
    updateScrollRange();
    followSelection();
}

void TimelineView::updateScrollRange()
{
    const double visible = m_painter.lanesRect(m_canvas->drawingRect()).height();
    m_scroll->setRange(0, std::max(0, int(std::ceil(m_painter.lanesHeight() - visible))));
    m_scroll->setPageStep(std::max(1, int(visible)));
    m_scroll->setSingleStep(18);
    m_painter.setScroll(m_scroll->value());
}

void TimelineView::setStep(const TimeStep &step)
{
    m_step = step;
    const int i = m_stepChoice->findData(step.toText());
    if (i >= 0 && i != m_stepChoice->currentIndex())
        m_stepChoice->setCurrentIndex(i);
}

bool TimelineView::isPlaying() const
{
    return m_timer->isActive();
}

void TimelineView::setPlaying(bool playing)
{
    if (playing == m_timer->isActive())
        return;
    if (playing) {
        if (m_map->timeWindow().isOpen())
            stepWindow(0);
        m_timer->start();
    } else {
        m_timer->stop();
    }
    const QSignalBlocker block(m_play);
    m_play->setChecked(playing);
    m_play->setText(playing ? QStringLiteral("❚❚") : QStringLiteral("▶"));
}

void TimelineView::setView(qint64 fromMs, qint64 toMs)
{
    const qint64 width = std::clamp(toMs - fromMs, kHour, kCentury);
    const qint64 mid = fromMs / 2 + toMs / 2;
    m_painter.setView(mid - width / 2, mid - width / 2 + width);
    m_viewSet = true;
    m_canvas->update();
    emit viewChanged();
}

void TimelineView::zoomBy(double factor, qint64 aroundMs)
{
    const double from = double(m_painter.viewFrom()), to = double(m_painter.viewTo()), at = double(aroundMs);
    double width = (to - from) / factor;
    width = std::clamp(width, double(kHour), double(kCentury));
    const double k = width / (to - from);
    const qint64 newFrom = qint64(at - (at - from) * k);
    setView(newFrom, newFrom + qint64(width));
}

void TimelineView::showAll()
{
    m_painter.showAll();
    m_viewSet = false;
    m_canvas->update();
    emit viewChanged();
}

void TimelineView::frameWindow()
{
    const TimeWindow &w = m_map->timeWindow();
    if (w.from().isNull() || w.to().isNull()) {
        showAll();
        return;
    }
    const qint64 a = w.from().toMSecsSinceEpoch(), b = w.to().toMSecsSinceEpoch(), margin = (b - a) / 20;
    setView(a - margin, b + margin);
}

void TimelineView::setWindow(const TimeWindow &window)
{
    m_map->setTimeWindow(window); // followWindow shows it
}

void TimelineView::stepWindow(int n)
{
    TimeWindow w = m_map->timeWindow();
    if (w.from().isNull() || w.to().isNull()) {
        // An open window becomes one step from the view's start (or from its own closed end).
        const QDateTime start = !w.from().isNull() ? w.from()
                                : !w.to().isNull() ? m_step.advance(w.to().addMSecs(1), -1)
                                                   : QDateTime(utcOf(m_painter.viewFrom()).date(), QTime(0, 0), Qt::UTC);
        w = TimeWindow(start, m_step.advance(start).addMSecs(-1));
        if (n == 0) {
            setWindow(w);
            return;
        }
    }
    const QDateTime from = m_step.advance(w.from(), n), to = m_step.advance(w.to().addMSecs(1), n).addMSecs(-1);
    setWindow(TimeWindow(from, to));
    // Keep the window in view.
    const qint64 a = from.toMSecsSinceEpoch(), b = to.toMSecsSinceEpoch();
    const qint64 width = m_painter.viewTo() - m_painter.viewFrom();
    if (b > m_painter.viewTo() || a < m_painter.viewFrom()) {
        const qint64 mid = a / 2 + b / 2;
        setView(mid - width / 2, mid + width / 2);
    }
}

bool TimelineView::applyWindowText(const QString &from, const QString &to)
{
    QString why;
    const auto w = TimeWindow::parse(from, to, &why, tr("From"), tr("To"));
    if (!w) {
        showMessage(why, true);
        return false;
    }
    showMessage(QString(), false);
    setWindow(*w);
    return true;
}

QString TimelineView::message() const
{
    return m_message->text();
}

void TimelineView::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00000;") : QString());
}

void TimelineView::followWindow()
{
    const TimeWindow &w = m_map->timeWindow();
    m_painter.setWindow(w);
    if (!m_from->hasFocus())
        m_from->setText(dateText(w.from(), false));
    if (!m_to->hasFocus())
        m_to->setText(dateText(w.to(), true));
    showMessage(w.isOpen() ? QString() : w.toDisplayString(), false);
    m_canvas->update();
}

void TimelineView::followSelection()
{
    QSet<QUuid> ids;
    for (const RecordRef &r : m_selection->selected())
        ids.insert(r.id);
    m_painter.setSelection(ids);
    m_canvas->update();
}

void TimelineView::selectItem(qsizetype index)
{
    if (index < 0 || index >= m_timeline->items.size())
        m_selection->clear();
    else
        m_selection->select({m_timeline->items[index].record()});
}

EventDialog *TimelineView::openEventEditor(const QUuid &eventId)
{
    edit::Document *doc = m_follower->document();
    if (!doc)
        return nullptr;
    Event event;
    if (!eventId.isNull()) {
        const auto stored = doc->project().find<Event>(eventId);
        if (!stored)
            return nullptr;
        event = *stored;
    } else {
        const TimeWindow &w = m_map->timeWindow();
        const QDateTime at = !w.from().isNull() ? w.from() : utcOf(m_painter.viewFrom() / 2 + m_painter.viewTo() / 2);
        event.time = TimeSpan::instant(at, TimeSpan::Precision::Day);
    }
    auto *dialog = new EventDialog(doc->project(), event, this,
                                   eventId.isNull() ? QList<RecordRef>() : edit::eventBasis(doc->project(), eventId));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        edit::Document *d = m_follower->document();
        if (!d)
            return;
        Event e = dialog->event();
        if (e.meta.id.isNull())
            e.meta.id = QUuid::createUuid(); // known here, so that the new event can be selected
        const QString why = d->push(edit::saveEventCommand(*d, e, dialog->basis())); // with its links, one step
        showMessage(why, !why.isEmpty());
        if (why.isEmpty())
            m_selection->select({{RecordType::Event, e.meta.id}});
    });
    dialog->open();
    return dialog;
}

void TimelineView::activateItem(qsizetype index)
{
    if (index >= 0 && index < m_timeline->items.size() && m_timeline->items[index].kind == TimelineItem::Kind::Event)
        openEventEditor(m_timeline->items[index].id);
}

TimelineCanvas::TimelineCanvas(TimelineView *view) : QWidget(view), m_view(view)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::ClickFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumHeight(80);
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    m_view->m_painter.paint(p, drawingRect());
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view->updateScrollRange();
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        // Shift with the wheel scrolls the lanes (some systems turn it into a horizontal delta).
        const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
        QScrollBar *bar = m_view->m_scroll;
        bar->setValue(bar->value() - delta / 120 * 3 * bar->singleStep());
        event->accept();
        return;
    }
    // Smooth: a notch of a wheel zooms by about a fifth; a touchpad's small deltas by less.
    const double notches = event->angleDelta().y() / 120.0;
    if (notches == 0) {
        event->ignore();
        return;
    }
    m_view->zoomBy(std::pow(2.0, notches / 4.0), m_view->m_painter.msAt(event->position().x(), drawingRect()));
    event->accept();
}

void TimelineCanvas::mousePressEvent(QMouseEvent *event)
{
    using Part = present::TimelinePainter::Part;
    const auto &painter = m_view->m_painter;
    m_pressAt = event->position();
    m_pressViewFrom = painter.viewFrom();
    m_pressViewTo = painter.viewTo();
    m_pressWindow = m_view->m_map->timeWindow();
    m_moved = false;
    m_drag = painter.partAt(m_pressAt, drawingRect());
    m_draggedEvent = {};
    m_stretch = 0;
    if ((m_drag == Part::Item || m_drag == Part::ItemStart || m_drag == Part::ItemEnd) &&
        !(event->modifiers() & Qt::ShiftModifier)) {
        const qsizetype n = painter.itemAt(m_pressAt, drawingRect());
        const TimelineItem &item = m_view->m_timeline->items[n];
        if (item.kind == TimelineItem::Kind::Event && !item.time.isUnknown()) {
            m_draggedEvent = item.id;
            m_pressEventTime = m_lastEventTime = item.time;
            // By an end: stretch that end; by the body: move the whole event.
            m_stretch = m_drag == Part::ItemStart ? -1 : m_drag == Part::ItemEnd ? 1 : 0;
        }
        m_drag = Part::Item;
    }
    m_newWindow = m_drag == Part::Axis || ((event->modifiers() & Qt::ShiftModifier) && m_drag != Part::Overview);
    if (m_drag == Part::Overview) {
        const qint64 mid = painter.overviewMsAt(m_pressAt.x(), drawingRect()), half = (m_pressViewTo - m_pressViewFrom) / 2;
        m_view->setView(mid - half, mid + half);
    }
}

void TimelineCanvas::mouseMoveEvent(QMouseEvent *event)
{
    using Part = present::TimelinePainter::Part;
    auto &painter = m_view->m_painter;
    const QRectF r = drawingRect();
    if (!(event->buttons() & Qt::LeftButton)) {
        const Part part = painter.partAt(event->position(), r);
        setCursor(part == Part::WindowStart || part == Part::WindowEnd || part == Part::ItemStart || part == Part::ItemEnd
                      ? Qt::SizeHorCursor
                  : part == Part::WindowBody                            ? Qt::OpenHandCursor
                  : part == Part::Item                                  ? Qt::PointingHandCursor
                                                                        : Qt::ArrowCursor);
        return;
    }
    const double dx = event->position().x() - m_pressAt.x();
    if (std::abs(dx) < 3 && !m_moved)
        return;
    m_moved = true;
    const double msPerPixel = double(m_pressViewTo - m_pressViewFrom) / std::max(1.0, r.width());
    const qint64 dms = qint64(dx * msPerPixel);
    if (m_drag == Part::Overview) {
        const qint64 mid = painter.overviewMsAt(event->position().x(), r), half = (m_pressViewTo - m_pressViewFrom) / 2;
        m_view->setView(mid - half, mid + half);
        return;
    }
    if (!m_draggedEvent.isNull()) {
        edit::Document *doc = m_view->m_follower->document();
        // Moved whole, or stretched by the end it was taken by (a stretch that would end before
        // it starts leaves the event as it was last).
        const TimeSpan moved = m_stretch == 0 ? shiftedSpan(m_pressEventTime, dms)
                                              : stretchedSpan(m_pressEventTime, dms, m_stretch > 0).value_or(m_lastEventTime);
        if (doc && !(moved == m_lastEventTime)) {
            m_lastEventTime = moved;
            if (edit::RecordCommandBase *command = edit::retimeEventCommand(*doc, m_draggedEvent, moved)) {
                const QString why = doc->push(command);
                m_view->showMessage(why.isEmpty() ? moved.toDisplayString() : why, !why.isEmpty());
            }
        }
        return;
    }
    if (m_newWindow) {
        qint64 a = snapped(painter.msAt(m_pressAt.x(), r), msPerPixel), b = snapped(painter.msAt(event->position().x(), r), msPerPixel);
        if (b < a)
            std::swap(a, b);
        if (b > a)
            m_view->setWindow(TimeWindow(utcOf(a), utcOf(b - 1)));
        return;
    }
    const TimeWindow &w = m_pressWindow;
    const auto moved = [&](const QDateTime &t, bool end) {
        if (t.isNull())
            return t;
        const qint64 base = t.toMSecsSinceEpoch() + (end ? 1 : 0);
        return utcOf(snapped(base + dms, msPerPixel) - (end ? 1 : 0));
    };
    switch (m_drag) {
    case Part::WindowStart: {
        const QDateTime from = moved(w.from(), false);
        if (w.to().isNull() || from < w.to())
            m_view->setWindow(TimeWindow(from, w.to()));
        break;
    }
    case Part::WindowEnd: {
        const QDateTime to = moved(w.to(), true);
        if (w.from().isNull() || to > w.from())
            m_view->setWindow(TimeWindow(w.from(), to));
        break;
    }
    case Part::WindowBody: m_view->setWindow(TimeWindow(moved(w.from(), false), moved(w.to(), true))); break;
    default: m_view->setView(m_pressViewFrom - dms, m_pressViewTo - dms); break; // pan
    }
}

void TimelineCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    m_view->activateItem(m_view->m_painter.itemAt(event->position(), drawingRect()));
}

void TimelineCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    using Part = present::TimelinePainter::Part;
    if (!m_moved && (m_drag == Part::Item || m_drag == Part::Lanes))
        m_view->selectItem(m_view->m_painter.itemAt(event->position(), drawingRect()));
    m_drag = Part::Nothing;
    m_draggedEvent = {};
}

} // namespace sightline::ui
