#pragma once

#include "sightline/edit/recordcommands.h"

namespace sightline::edit {

// Replaces the project's basemap sources and the one shown (choosing a basemap, adding or
// removing a source) as one undoable step; undo writes back what was saved before. The project
// refuses sources basemapSourceProblem refuses, so a refused edit never enters the history.
// Announced as Document::basemapSourcesChanged: no record changes.
class SaveBasemapSourcesCommand : public RecordCommandBase
{
  public:
    SaveBasemapSourcesCommand(Document &document, BasemapSources after, const QString &text);
    // The same sources with another one shown (empty: Natural Earth).
    static SaveBasemapSourcesCommand *choosing(Document &document, const QString &name, const QString &text);

  protected:
    void apply() override;
    void revert() override;
    // Filed with the map's saved view state, as bookmarks are; only used inside a compound edit.
    RecordType recordType() const override { return RecordType::Bookmark; }
    void announce() override;

  private:
    BasemapSources m_before;
    BasemapSources m_after;
};

} // namespace sightline::edit
