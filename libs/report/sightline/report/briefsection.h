#pragma once

#include <memory>
#include <vector>

namespace sightline::report {

class BriefCanvas;
class BriefContent;
struct MapFigure;

// One part of a brief: cover, contents, key judgments, a site, sources, methods. A section
// writes itself onto the canvas, which flows it across pages; it may be written several times
// (measuring passes, then drawing) and must write the same each time. New kinds of section (a
// count series, a timeline) are new classes; the brief is the list of its sections.
class BriefSection
{
  public:
    virtual ~BriefSection() = default;
    virtual void write(BriefCanvas &canvas) const = 0;
};

using BriefSections = std::vector<std::unique_ptr<BriefSection>>;

} // namespace sightline::report
