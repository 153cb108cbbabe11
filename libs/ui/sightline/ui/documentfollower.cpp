#include "sightline/ui/documentfollower.h"

#include "sightline/edit/document.h"

namespace sightline::ui {

DocumentFollower::DocumentFollower(QObject *view, std::function<void()> reload, QList<RecordType> kinds)
    : QObject(view), m_reload(std::move(reload)), m_kinds(std::move(kinds))
{
}

void DocumentFollower::setDocument(edit::Document *document)
{
    disconnect(m_connection);
    m_document = document;
    if (document)
        m_connection = connect(document, &edit::Document::recordsChanged, this, [this](RecordType type) {
            if (m_kinds.isEmpty() || m_kinds.contains(type))
                m_reload();
        });
    m_reload();
}

} // namespace sightline::ui
