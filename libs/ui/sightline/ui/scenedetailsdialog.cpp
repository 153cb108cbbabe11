#include "sightline/ui/scenedetailsdialog.h"

#include "sightline/present/custodywords.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace sightline::ui {

namespace {
QString numberText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 6) : QString();
}

void showProblem(QLabel *label, const QString &problem)
{
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}
} // namespace

SceneDetailsDialog::Field SceneDetailsDialog::field(const QString &name, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    auto *problem = new QLabel(this);
    problem->setObjectName(name + QStringLiteral("Problem"));
    problem->setStyleSheet(QStringLiteral("color: #b00020"));
    problem->setWordWrap(true);
    problem->hide();
    return {edit, problem};
}

SceneDetailsDialog::SceneDetailsDialog(const ImageryScene &scene, const QList<CustodyEntry> &custody, QWidget *parent)
    : QDialog(parent), m_scene(scene), m_provider(field(QStringLiteral("provider"), tr("Maxar, Airbus, Planet …"))),
      m_sceneId(field(QStringLiteral("sceneId"))), m_from(field(QStringLiteral("acquiredFrom"), tr("2023-10-05T02:14Z"))),
      m_to(field(QStringLiteral("acquiredTo"), tr("empty for an instant"))),
      m_sensor(field(QStringLiteral("sensor"), tr("WorldView-3, Pléiades Neo …"))),
      m_offNadir(field(QStringLiteral("offNadir"), tr("degrees, 0–90"))),
      m_cloud(field(QStringLiteral("cloud"), tr("per cent, 0–100"))), m_licence(new QPlainTextEdit(this)),
      m_notes(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Details of %1").arg(QFileInfo(scene.filePath).fileName()));
    m_licence->setObjectName(QStringLiteral("licence"));
    m_notes->setObjectName(QStringLiteral("notes"));
    for (QPlainTextEdit *e : {m_licence, m_notes})
        e->setFixedHeight(fontMetrics().lineSpacing() * 4);

    m_provider.edit->setText(scene.provider);
    m_sceneId.edit->setText(scene.providerSceneId);
    // The stored text splits at its slash into start and end; open bounds are written "..".
    const QString when = scene.acquired.toText();
    m_from.edit->setText(when.section(u'/', 0, 0));
    m_to.edit->setText(when.section(u'/', 1));
    m_from.edit->setToolTip(tr("A time, a day, a month or a year (2023-10-05T02:14Z, 2023-10-05, 2023-10); "
                               "\"..\" for an open start"));
    m_to.edit->setToolTip(tr("The end of the range the provider gives; empty for one instant, \"..\" for an open end"));
    m_sensor.edit->setText(scene.sensor);
    m_offNadir.edit->setText(numberText(scene.offNadirDegrees));
    m_cloud.edit->setText(numberText(scene.cloudPercent));
    m_licence->setPlainText(scene.licence);
    m_notes->setPlainText(scene.notes);

    auto *form = new QFormLayout;
    const auto addField = [&](const QString &label, const Field &f) {
        form->addRow(label, f.edit);
        form->addRow(QString(), f.problem);
    };
    addField(tr("Provider"), m_provider);
    addField(tr("Provider's scene id"), m_sceneId);
    addField(tr("Acquired (start or instant)"), m_from);
    addField(tr("Acquired until (end of range)"), m_to);
    addField(tr("Sensor"), m_sensor);
    addField(tr("Off-nadir angle (°)"), m_offNadir);
    addField(tr("Cloud cover (%)"), m_cloud);
    form->addRow(tr("Licence"), m_licence);
    form->addRow(tr("Notes"), m_notes);
    auto *custodyLine = new QLabel(present::custodySummary(custody), this);
    custodyLine->setObjectName(QStringLiteral("custody"));
    custodyLine->setToolTip(present::custodyDetails(custody));
    custodyLine->setWordWrap(true);
    form->addRow(QString(), custodyLine);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // Messages follow the typing, and clear as soon as the field is sound again.
    for (const Field *f : {&m_from, &m_to, &m_offNadir, &m_cloud})
        connect(f->edit, &QLineEdit::textChanged, this, [this] { validate(); });
    setMinimumWidth(460);
}

std::optional<double> SceneDetailsDialog::number(const QLineEdit *edit, double lo, double hi, bool *ok)
{
    const QString text = edit->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return std::nullopt; // unknown
    bool parsed = false;
    double v = QLocale().toDouble(text, &parsed);
    if (!parsed)
        v = text.toDouble(&parsed); // a decimal point in any locale
    *ok = parsed && v >= lo && v <= hi;
    return v;
}

std::optional<TimeSpan> SceneDetailsDialog::acquired(QString *why) const
{
    const QString from = m_from.edit->text().trimmed(), to = m_to.edit->text().trimmed();
    if (from.isEmpty() && to.isEmpty())
        return TimeSpan();
    if (from.isEmpty()) {
        *why = tr("Give the start, or \"..\" when only the end is known");
        return std::nullopt;
    }
    QString error;
    if (!to.isEmpty() && from != QLatin1String("..") && to != QLatin1String("..")) {
        const auto start = TimeSpan::parse(from), end = TimeSpan::parse(to);
        if (start && end && !(start->earliest() < end->earliest())) {
            *why = tr("The end of the range must come after its start");
            return std::nullopt;
        }
    }
    const auto span = TimeSpan::parse(to.isEmpty() ? from : from + u'/' + to, &error);
    if (!span) {
        *why = tr("Not a time: %1").arg(error);
        return std::nullopt;
    }
    return span;
}

QStringList SceneDetailsDialog::validate()
{
    QStringList problems;
    auto check = [&](const Field &f, const QString &problem) {
        showProblem(f.problem, problem);
        if (!problem.isEmpty())
            problems << problem;
    };
    QString whenProblem;
    acquired(&whenProblem);
    // The message goes beside the field at fault: the start when it is missing or no time.
    const QString from = m_from.edit->text().trimmed(), to = m_to.edit->text().trimmed();
    const bool atStart =
        to.isEmpty() || from.isEmpty() || (from != QLatin1String("..") && !TimeSpan::parse(from).has_value());
    check(m_from, atStart ? whenProblem : QString());
    check(m_to, atStart ? QString() : whenProblem);
    bool ok = true;
    number(m_offNadir.edit, 0, 90, &ok);
    check(m_offNadir, ok ? QString() : tr("An angle from 0 to 90 degrees, or empty when unknown"));
    number(m_cloud.edit, 0, 100, &ok);
    check(m_cloud, ok ? QString() : tr("A percentage from 0 to 100, or empty when unknown"));
    // Messages take room: grow rather than squeeze the fields.
    layout()->activate();
    if (const QSize hint = sizeHint(); hint.height() > height())
        resize(width(), hint.height());
    return problems;
}

ImageryScene SceneDetailsDialog::scene() const
{
    ImageryScene s = m_scene;
    s.provider = m_provider.edit->text().trimmed();
    s.providerSceneId = m_sceneId.edit->text().trimmed();
    QString why;
    if (const auto when = acquired(&why))
        s.acquired = *when;
    s.sensor = m_sensor.edit->text().trimmed();
    bool ok = true;
    if (const auto v = number(m_offNadir.edit, 0, 90, &ok); ok)
        s.offNadirDegrees = v;
    if (const auto v = number(m_cloud.edit, 0, 100, &ok); ok)
        s.cloudPercent = v;
    s.licence = m_licence->toPlainText().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    return s;
}

void SceneDetailsDialog::accept()
{
    if (validate().isEmpty())
        QDialog::accept();
}

} // namespace sightline::ui
