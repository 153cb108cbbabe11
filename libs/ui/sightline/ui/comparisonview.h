#pragma once

#include "sightline/core/scene.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QToolButton;

namespace sightline::render {
class MapModel;
}

namespace sightline::ui {

class MapCanvas;

// Two to four maps side by side, panned and zoomed together: moving one moves the others to the
// same centre and scale, and the cursor of one is a cross in the others. Each map is locked to
// one scene (the imagery shows that scene alone), to a date (the map as it was then) or to a time
// window of its own (From and To as the timeline takes them; the map shows what that window does,
// whatever the main window's). The maps are ordinary MapCanvas views drawing the map model's
// layers. GUI thread only.
class ComparisonView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kMaxPanes = 4;

    explicit ComparisonView(render::MapModel *layers, QWidget *parent = nullptr);

    // The scenes the lock lists offer, newest last; keeps each pane's lock where it can.
    void setScenes(const QList<ImageryScene> &scenes);
    int paneCount() const { return static_cast<int>(m_panes.size()); }
    MapCanvas *canvas(int pane) const;
    QComboBox *lockChoice(int pane) const;
    // Adds a pane (up to four) showing the same place, locked to the next newer scene.
    void addPane();
    void removePane();
    void lockToScene(int pane, const QUuid &scene);
    void lockToDate(int pane, const QDate &date);
    // Locks a pane to a window of its own ("2023-08", "2023-12-31"; an empty side is open). A date
    // that is not one, or a To before the From, is refused under the pane with the accepted forms
    // and the pane keeps what it showed; false then, with the reason in *why.
    bool lockToWindow(int pane, const QString &from, const QString &to, QString *why = nullptr);
    // The time window a pane's map shows.
    TimeWindow paneWindow(int pane) const;
    // What a pane says under its lock (a refused window), or empty.
    QString paneProblem(int pane) const;
    // The scene a pane is locked to, or null for a date lock.
    QUuid lockedScene(int pane) const;
    // Shows this view in every pane.
    void setView(const QString &crs, QPointF center, double mapUnitsPerWidgetPixel);

private:
    struct Pane
    {
        QWidget *box;
        QComboBox *lock;
        QDateEdit *date;
        QLineEdit *from; // a window of its own
        QLineEdit *to;
        QLabel *problem;
        MapCanvas *canvas;
        bool chosen = false; // locked by the analyst (or a caller), kept when the scenes change
    };
    void applyLock(int pane);
    void follow(int pane);
    void relayout();
    void updateLayers();

    render::MapModel *m_layers;
    QList<ImageryScene> m_scenes; // oldest first
    QList<Pane> m_panes;
    QGridLayout *m_grid;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_syncing = false;
};

} // namespace sightline::ui
