#include "sightline/edit/basemapcommands.h"

namespace sightline::edit {

SaveBasemapSourcesCommand::SaveBasemapSourcesCommand(Document &document, BasemapSources after,
                                                     const QString &text)
    : RecordCommandBase(document, text), m_before(document.project().basemapSources()),
      m_after(std::move(after))
{
}

SaveBasemapSourcesCommand *SaveBasemapSourcesCommand::choosing(Document &document, const QString &name,
                                                               const QString &text)
{
    BasemapSources sources = document.project().basemapSources();
    sources.active = name;
    return new SaveBasemapSourcesCommand(document, std::move(sources), text);
}

void SaveBasemapSourcesCommand::apply()
{
    m_document.project().saveBasemapSources(m_after);
}

void SaveBasemapSourcesCommand::revert()
{
    m_document.project().saveBasemapSources(m_before);
}

void SaveBasemapSourcesCommand::announce()
{
    emit m_document.basemapSourcesChanged();
}

} // namespace sightline::edit
