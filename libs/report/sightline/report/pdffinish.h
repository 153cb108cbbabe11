#pragma once

#include "sightline/report/briefcanvas.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sightline::report {

// What Qt's PDF writer cannot write, added to its output with qpdf: the document outline
// (bookmarks), links from the table of contents to their pages, an embedded file (the
// evidence), the author in the document information and a viewer opening on the outline.
struct PdfFinish
{
    QString author;
    QString subject;
    QString keywords;
    QList<BriefAnchor> anchors; // level 0 at the top of the outline, level 1 under the one before
    QList<BriefLink> links;
    QByteArray attachment;
    QString attachmentName; // "brief-evidence.json"
    QString attachmentDescription;
    QString attachmentMediaType; // "application/json"
};

// The finished PDF; throws BriefError when qpdf cannot read what Qt wrote. Any thread.
QByteArray finishPdf(const QByteArray &pdf, const PdfFinish &finish);

} // namespace sightline::report
