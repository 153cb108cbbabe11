#include "sightline/ui/seriesview.h"

#include "sightline/core/objectkinds.h"
#include "sightline/edit/document.h"
#include "sightline/render/serieschart.h"
#include "sightline/ui/selectionmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

#include <algorithm>

namespace sightline::ui {

SeriesView::SeriesView(SelectionModel *selection, QWidget *parent)
    : QWidget(parent), m_selection(selection),
      m_follower(new DocumentFollower(this, [this] { reload(); },
                                      {RecordType::Observation, RecordType::Annotation, RecordType::Site, RecordType::Claim})),
      m_site(new QComboBox(this)), m_kind(new QComboBox(this))
{
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Site:"), this));
    bar->addWidget(m_site, 1);
    bar->addWidget(new QLabel(tr("Kind:"), this));
    bar->addWidget(m_kind, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addStretch(1);
    setMinimumHeight(180);
    m_site->setObjectName(QStringLiteral("seriesSite"));
    m_kind->setObjectName(QStringLiteral("seriesKind"));
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reload(); });
    if (selection)
        connect(selection, &SelectionModel::changed, this, &SeriesView::followSelection);
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
    m_kindName = m_site->currentIndex() >= 0 ? tr("%1 at %2").arg(m_kind->currentText(), m_site->currentText()) : QString();
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
    render::SeriesChart(m_series, m_kindName).paint(p, QRectF(QPointF(0, 0), QSizeF(size)));
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
    render::SeriesChart(m_series, m_kindName).paint(p, r);
}

} // namespace sightline::ui
