#pragma once

#include "sightline/report/briefoptions.h"

#include <QDialog>
#include <QTemporaryDir>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPdfDocument;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sightline {
class Project;
}

namespace sightline::ui {

// "Write a brief…": the choices of a briefing pack (sites, period, sections, marking, page size,
// template, title, author, a bottom line up front) with a preview of its pages, and saving it
// where the analyst says. Sentences of the bottom line and of the issued judgments that mix a
// likelihood word with a confidence level are flagged before the brief leaves. What the saved
// brief shows is logged as viewed in the project's chain of custody. GUI thread only.
class BriefDialog : public QDialog
{
    Q_OBJECT
  public:
    BriefDialog(Project &project, QWidget *parent = nullptr);
    ~BriefDialog() override;

    // How the project's chosen basemap reaches its tiles (the preferences' network switch and
    // cache); until set, no disk cache and the network on.
    void setTileSettings(const geo::TileServiceSettings &settings) { m_tiles = settings; }

    // The options as the form stands; nothing, with the reason in *why, when a date is wrong or
    // no site is chosen while sites are asked for.
    std::optional<report::BriefOptions> options(QString *why) const;
    // Writes the brief with the form's options to a temporary file and shows its first page.
    // False, with the reason shown in the dialog, when it cannot be made.
    bool preview();
    // Writes the brief to path and logs what it shows; false, with the reason in *why.
    bool saveTo(const QString &path, QString *why);
    int previewPages() const;
    QImage previewImage() const; // the page shown, as drawn
    QStringList flaggedSentences() const;
    // The warnings of the last brief made (preview or save), as the command line prints them.
    QStringList lastWarnings() const { return m_warnings; }

  private:
    void showPage(int page);
    void updateFlags();
    void save();

    Project &m_project;
    geo::TileServiceSettings m_tiles;
    QListWidget *m_sites;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_marking;
    QComboBox *m_page;
    QComboBox *m_template;
    QCheckBox *m_judgments;
    QCheckBox *m_siteSections;
    QCheckBox *m_methods;
    QCheckBox *m_timeline;
    QCheckBox *m_internalUse;
    QLineEdit *m_title;
    QLineEdit *m_author;
    QPlainTextEdit *m_bluf;
    QLabel *m_flags;
    QLabel *m_status;
    QLabel *m_pageImage;
    QSpinBox *m_pageNumber;
    QPushButton *m_save;
    QTemporaryDir m_tmp;
    std::unique_ptr<QPdfDocument> m_pdf;
    QImage m_shown;
    QStringList m_flagged;
    QStringList m_warnings;
};

} // namespace sightline::ui
