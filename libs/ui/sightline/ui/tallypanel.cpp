#include "sightline/ui/tallypanel.h"

#include "sightline/ui/annotationeditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sightline::ui {

TallyPanel::TallyPanel(AnnotationEditor *editor, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_heading(new QLabel(this)), m_table(new QTableWidget(0, 3, this))
{
    m_heading->setWordWrap(true);
    m_table->setHorizontalHeaderLabels({tr("Object kind"), tr("On the scene"), tr("At the site")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_heading);
    layout->addWidget(m_table);
    connect(editor, &AnnotationEditor::annotationsChanged, this, &TallyPanel::refresh);
    connect(editor, &AnnotationEditor::settingsChanged, this, &TallyPanel::refresh);
    refresh();
}

QString TallyPanel::heading() const
{
    return m_heading->text();
}

void TallyPanel::refresh()
{
    const QUuid scene = m_editor->currentScene();
    const QUuid site = m_editor->currentSite();
    m_scene.clear();
    m_site.clear();
    if (!scene.isNull())
        for (const Annotation &a : m_editor->annotations())
            if (a.sceneId == scene && a.shape != AnnotationShape::Line && a.shape != AnnotationShape::Callout) {
                m_scene[a.objectKind] += a.count;
                if (!site.isNull() && a.siteId == site)
                    m_site[a.objectKind] += a.count;
            }
    QString sceneName, siteName;
    if (edit::Document *doc = m_editor->document()) {
        if (const auto s = doc->project().find<ImageryScene>(scene))
            sceneName = sceneLabel(*s);
        if (const auto s = doc->project().find<Site>(site))
            siteName = s->name;
    }
    m_heading->setText(scene.isNull() ? tr("Count on a scene: select one, or click inside one with the point tool")
                       : siteName.isEmpty() ? tr("Scene %1").arg(sceneName)
                                            : tr("Scene %1 at %2").arg(sceneName, siteName));
    // Every kind counted, in the vocabulary's order; the kind being counted even at 0.
    QStringList kinds;
    for (const ObjectKind &k : m_editor->vocabulary())
        if (m_scene.contains(k.key) || k.key == m_editor->kind())
            kinds << k.key;
    for (auto it = m_scene.cbegin(); it != m_scene.cend(); ++it)
        if (!kinds.contains(it.key()))
            kinds << it.key();
    m_table->setRowCount(static_cast<int>(kinds.size()));
    const QLocale locale;
    for (int row = 0; row < kinds.size(); ++row) {
        const QString &key = kinds[row];
        const QStringList cells{m_editor->kindName(key), locale.toString(m_scene.value(key)),
                                site.isNull() ? QString() : locale.toString(m_site.value(key))};
        for (int col = 0; col < 3; ++col) {
            auto *item = m_table->item(row, col);
            if (!item) {
                item = new QTableWidgetItem;
                m_table->setItem(row, col, item);
            }
            item->setText(cells[col]);
            item->setTextAlignment(col == 0 ? Qt::AlignLeft | Qt::AlignVCenter : Qt::AlignRight | Qt::AlignVCenter);
            QFont f = item->font();
            f.setBold(key == m_editor->kind());
            item->setFont(f);
        }
    }
}

} // namespace sightline::ui
