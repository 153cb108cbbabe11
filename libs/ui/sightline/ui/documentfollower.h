#pragma once

#include "sightline/core/kinds.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sightline::edit {
class Document;
}

namespace sightline::ui {

// How every evidence view keeps in step with the open project: reload runs when the document
// is set and again after each edit, undo or redo that changes records of the kinds the view
// shows (any kind when none is named), so no window has to tell views to reload. Owned by the
// view it serves. GUI thread only.
class DocumentFollower : public QObject
{
public:
    DocumentFollower(QObject *view, std::function<void()> reload, QList<RecordType> kinds = {});
    // Follows this document from now on (null: none) and reloads once.
    void setDocument(edit::Document *document);
    edit::Document *document() const { return m_document; }

private:
    QPointer<edit::Document> m_document; // the window may replace the document first
    std::function<void()> m_reload;
    QList<RecordType> m_kinds;
    QMetaObject::Connection m_connection;
};

} // namespace sightline::ui
