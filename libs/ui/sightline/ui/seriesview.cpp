#include "sightline/ui/seriesview.h"

#include "sightline/core/objectkinds.h"
#include "sightline/edit/document.h"
#include "sightline/present/serieschart.h"
#include "sightline/ui/selectionmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace sightline::ui {

SeriesView::SeriesView(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection),
      m_follower(new DocumentFollower(this, [this] { reload(); },
                                      {RecordType::Observation, RecordType::Annotation, RecordType::Site, RecordType::Claim})),
      m_site(new QComboBox(this)), m_kind(new QComboBox(this)), m_baselineTo(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Site:"), this));
    bar->addWidget(m_site, 1);
    bar->addWidget(new QLabel(tr("Kind:"), this));
    bar->addWidget(m_kind, 1);
    bar->addWidget(new QLabel(tr("Baseline to:"), this));
    bar->addWidget(m_baselineTo);
    m_baselineTo->setPlaceholderText(tr("date"));
    m_baselineTo->setToolTip(tr("The values from the series' start to this date make the baseline (median and "
                                "maximum); newer values above its maximum are flagged."));
    m_baselineTo->setMaximumWidth(110);
    m_baselineTo->setObjectName(QStringLiteral("seriesBaselineTo"));
    m_problem->setObjectName(QStringLiteral("seriesProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addStretch(1);
    setMinimumHeight(140);
    m_site->setObjectName(QStringLiteral("seriesSite"));
    m_kind->setObjectName(QStringLiteral("seriesKind"));
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_baselineTo, &QLineEdit::editingFinished, this, [this] { reload(); });
    if (selection)
        connect(selection, &SelectionModel::changed, this, &SeriesView::followSelection);
}

void SeriesView::setBaselineTo(const QString &text)
{
    m_baselineTo->setText(text);
    reload();
}

void SeriesView::setSource(Source source)
{
    m_source = std::move(source);
    reload();
}

void SeriesView::setSite(const QUuid &siteId)
{
    if (const int i = m_site->findData(siteId); i >= 0)
        m_site->setCurrentIndex(i);
}

void SeriesView::setKind(const QString &kind)
{
    if (const int i = m_kind->findData(kind); i >= 0)
        m_kind->setCurrentIndex(i);
}

QString SeriesView::kind() const
{
    return m_kind->currentData().toString();
}

void SeriesView::followSelection()
{
    edit::Document *doc = m_follower->document();
    if (!doc || !m_selection)
        return;
    for (const RecordRef &r : m_selection->selected()) {
        if (r.type == RecordType::Site) {
            setSite(r.id);
            return;
        }
        if (r.type == RecordType::Annotation)
            if (const auto a = doc->project().find<Annotation>(r.id)) {
                setSite(a->siteId);
                setKind(a->objectKind);
                return;
            }
    }
}

void SeriesView::reload()
{
    edit::Document *doc = m_follower->document();
    const QSignalBlocker blockSite(m_site), blockKind(m_kind);
    const QVariant site = m_site->currentData(), kind = m_kind->currentData();
    m_site->clear();
    m_kind->clear();
    if (doc) {
        QList<Site> sites = doc->project().all<Site>();
        std::sort(sites.begin(), sites.end(), [](const Site &a, const Site &b) { return a.name.localeAwareCompare(b.name) < 0; });
        for (const Site &s : sites)
            m_site->addItem(s.name, s.meta.id);
        for (const ObjectKind &k : objectKindVocabulary(doc->project().objectKinds()))
            m_kind->addItem(k.name, k.key);
    }
    m_site->setCurrentIndex(std::max(0, m_site->findData(site)));
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind.isValid() ? kind : QVariant(QStringLiteral("railcar")))));
    if (doc && m_source && m_site->currentIndex() >= 0)
        m_series = m_source(doc->project(), m_site->currentData().toUuid(), m_kind->currentData().toString());
    else
        m_series = {};
    m_problem->hide();
    if (const QString text = m_baselineTo->text().trimmed(); !text.isEmpty()) {
        // A date as the command line's --baseline-to takes it (a day, a month, a year).
        if (const auto to = TimeSpan::parse(text); to && to->kind() == TimeSpan::Kind::Instant) {
            applyBaseline(m_series, *to);
        } else {
            m_problem->setText(tr("Baseline to \"%1\" is not a date (%2)").arg(text, TimeWindow::acceptedForms()));
            m_problem->show();
        }
    }
    m_kindName = m_site->currentIndex() >= 0 ? tr("%1 at %2").arg(m_kind->currentText(), m_site->currentText()) : QString();
    update();
}

void SeriesView::setTimeWindow(const TimeWindow &window)
{
    m_window = window;
    update();
}

void SeriesView::showSeries(const CountSeries &series, const QString &kindName)
{
    m_series = series;
    m_kindName = kindName;
    update();
}

QRect SeriesView::chartRect() const
{
    const int top = m_site->geometry().bottom() + 6;
    return QRect(0, top, width(), height() - top);
}

QImage SeriesView::chartImage(QSize size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter p(&image);
    present::SeriesChart chart(m_series, m_kindName);
    chart.setTimeWindow(m_window);
    chart.paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

void SeriesView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRect r = chartRect();
    if (m_series.points.isEmpty()) {
        p.fillRect(r, palette().base());
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(r, Qt::AlignCenter | Qt::TextWordWrap,
                   tr("No counts or reported figures of this kind at this site yet: count on a scene, or record a "
                      "claim's figure as an observation"));
        return;
    }
    present::SeriesChart chart(m_series, m_kindName);
    chart.setTimeWindow(m_window);
    chart.paint(p, r);
}

} // namespace sightline::ui
