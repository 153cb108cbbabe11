#pragma once

#include "sightline/core/series.h"
#include "sightline/ui/documentfollower.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sightline {
class Project;
}

namespace sightline::ui {

class SelectionModel;

// The series view: the counted and reported values of one object kind at one site over time,
// with the baseline and its flags, drawn by present::SeriesChart (the picture the briefing pack
// shows too). The site follows the selection (a selected site, or the site of a selected
// annotation); the kind is chosen above the chart. Where the series comes from is given
// (setSource), so the view computes nothing itself. GUI thread only.
class SeriesView : public QWidget
{
    Q_OBJECT
public:
    using Source = std::function<CountSeries(const Project &, const QUuid &siteId, const QString &objectKind)>;
    explicit SeriesView(SelectionModel *selection, QWidget *parent = nullptr);
    void setDocument(edit::Document *document) { m_follower->setDocument(document); }
    void setSource(Source source);
    void setSite(const QUuid &siteId);
    void setKind(const QString &kind);
    // The end of the baseline window ("2023-10-04", "2023-06"): the values from the series' start
    // to then make the baseline, and newer ones above its maximum are flagged. Empty: none. A text
    // that is no date is refused under the field, with the accepted forms, and no baseline drawn.
    void setBaselineTo(const QString &text);
    // The map's time window, veiled outside on the chart (the series and its baseline stay whole).
    void setTimeWindow(const TimeWindow &window);
    // Shows this series as it is (tests, or a caller with its own series).
    void showSeries(const CountSeries &series, const QString &kindName);
    const CountSeries &series() const { return m_series; }
    QString kind() const;
    // The chart as drawn at this size (for tests and screenshots).
    QImage chartImage(QSize size) const;

protected:
    void paintEvent(QPaintEvent *) override;

private:
    void reload();
    void followSelection();
    QRect chartRect() const;

    SelectionModel *m_selection;
    DocumentFollower *m_follower;
    QComboBox *m_site;
    QComboBox *m_kind;
    QLineEdit *m_baselineTo;
    TimeWindow m_window;
    QLabel *m_problem;
    Source m_source;
    CountSeries m_series;
    QString m_kindName;
};

} // namespace sightline::ui
