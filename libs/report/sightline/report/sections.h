#pragma once

#include "sightline/report/briefcontent.h"
#include "sightline/report/briefsection.h"
#include "sightline/report/mapfigure.h"

#include <QString>

namespace sightline::report {

// The title page: title, date, author, the marking with what it means, the bottom line up
// front when there is one, and what the brief covers.
class CoverSection : public BriefSection
{
  public:
    explicit CoverSection(const BriefContent &content) : m_content(content) {}
    void write(BriefCanvas &canvas) const override;

  private:
    const BriefContent &m_content;
};

// The table of contents: every anchor of the pass before, with its page, each line a link.
class ContentsSection : public BriefSection
{
  public:
    void write(BriefCanvas &canvas) const override;
};

// The issued judgments: ICD 203 words and band, confidence, and the claims each rests on.
class KeyJudgmentsSection : public BriefSection
{
  public:
    explicit KeyJudgmentsSection(const BriefContent &content) : m_content(content) {}
    void write(BriefCanvas &canvas) const override;

  private:
    const BriefContent &m_content;
};

// The heading of the atlas of sites, with a line on each.
class SitesIntroSection : public BriefSection
{
  public:
    explicit SitesIntroSection(const BriefContent &content) : m_content(content) {}
    void write(BriefCanvas &canvas) const override;

  private:
    const BriefContent &m_content;
};

// One site: its map figure, its imagery, the claims about it and their conflicts, or a page
// that says there is nothing.
class SiteSection : public BriefSection
{
  public:
    SiteSection(const BriefContent &content, const BriefSite &site, const MapFigure &figure, int figureNumber)
        : m_content(content), m_site(site), m_figure(figure), m_figureNumber(figureNumber)
    {
    }
    void write(BriefCanvas &canvas) const override;

  private:
    const BriefContent &m_content;
    const BriefSite &m_site;
    const MapFigure &m_figure;
    int m_figureNumber;
};

// The case on one time axis: the timeline of the sites covered within the brief's period, drawn
// by present::TimelinePainter as the window's timeline draws it, in lanes by site.
class TimelineSection : public BriefSection
{
  public:
    explicit TimelineSection(const BriefContent &content) : m_content(content) {}
    void write(BriefCanvas &canvas) const override;

  private:
    const BriefContent &m_content;
};

// Every cited source by footnote number, with each capture's SHA-256 and capture time.
class SourcesSection : public BriefSection
{
  public:
    explicit SourcesSection(const BriefContent &content) : m_content(content) {}
    void write(BriefCanvas &canvas) const override;

  private:
    const BriefContent &m_content;
};

// The grading scheme, the likelihood words, how the brief was made and what it lacks.
class MethodsSection : public BriefSection
{
  public:
    MethodsSection(const BriefContent &content, QString attachmentName)
        : m_content(content), m_attachmentName(std::move(attachmentName))
    {
    }
    void write(BriefCanvas &canvas) const override;

  private:
    const BriefContent &m_content;
    QString m_attachmentName;
};

// The sections of a brief in order; figures holds one map figure a site of content, in order.
BriefSections standardSections(const BriefContent &content, const QList<MapFigure> &figures,
                               const QString &attachmentName);

} // namespace sightline::report
