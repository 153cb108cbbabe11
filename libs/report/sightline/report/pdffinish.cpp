#include "sightline/report/pdffinish.h"

#include "sightline/report/brieferror.h"

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFEFStreamObjectHelper.hh>
#include <qpdf/QPDFEmbeddedFileDocumentHelper.hh>
#include <qpdf/QPDFFileSpecObjectHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <qpdf/QUtil.hh>

#include <QCoreApplication>

#include <functional>
#include <vector>

namespace sightline::report {

namespace {

std::string utf8(const QString &s)
{
    return s.toStdString();
}

QPDFObjectHandle text(const QString &s)
{
    return QPDFObjectHandle::newUnicodeString(utf8(s));
}

// A destination: the page, scrolled so that the anchor's height is at the top of the window.
QPDFObjectHandle destination(const std::vector<QPDFPageObjectHelper> &pages, int page, double yUnits)
{
    QPDFPageObjectHelper target = pages.at(size_t(page));
    const QPDFObjectHandle::Rectangle box = target.getMediaBox().getArrayAsRectangle();
    const double top = box.ury - yUnits / BriefCanvas::kUnitsPerPoint + 6;
    return QPDFObjectHandle::newArray(
        {target.getObjectHandle(), QPDFObjectHandle::newName("/XYZ"), QPDFObjectHandle::newNull(),
         QPDFObjectHandle::newReal(std::min(top, box.ury), 1), QPDFObjectHandle::newNull()});
}

void addOutline(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages, const QList<BriefAnchor> &anchors)
{
    if (anchors.isEmpty()) return;
    QPDFObjectHandle outlines = pdf.makeIndirectObject(QPDFObjectHandle::parse("<< /Type /Outlines >>"));
    // Children of each parent, in order: an anchor belongs to the nearest anchor before it of a
    // lower level (a site under Sites, a site's series under the site).
    struct Node
    {
        QPDFObjectHandle item;
        int level = -1;
        std::vector<size_t> children;
    };
    std::vector<Node> nodes{{outlines, -1, {}}};
    std::vector<size_t> open{0}; // the path from the root to the last node
    for (const BriefAnchor &a : anchors) {
        if (a.page < 0 || size_t(a.page) >= pages.size()) continue;
        QPDFObjectHandle item = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        item.replaceKey("/Title", text(a.title));
        item.replaceKey("/Dest", destination(pages, a.page, a.y));
        while (open.size() > 1 && nodes[open.back()].level >= a.level)
            open.pop_back();
        nodes.push_back({item, a.level, {}});
        nodes[open.back()].children.push_back(nodes.size() - 1);
        open.push_back(nodes.size() - 1);
    }
    // Every item open: /Count is how many descendants show.
    std::function<int(size_t)> link = [&](size_t n) {
        const std::vector<size_t> &items = nodes[n].children;
        int visible = 0;
        for (size_t i = 0; i < items.size(); ++i) {
            QPDFObjectHandle item = nodes[items[i]].item;
            item.replaceKey("/Parent", nodes[n].item);
            if (i > 0) item.replaceKey("/Prev", nodes[items[i - 1]].item);
            if (i + 1 < items.size()) item.replaceKey("/Next", nodes[items[i + 1]].item);
            visible += 1 + link(items[i]);
        }
        if (!items.empty()) {
            nodes[n].item.replaceKey("/First", nodes[items.front()].item);
            nodes[n].item.replaceKey("/Last", nodes[items.back()].item);
            nodes[n].item.replaceKey("/Count", QPDFObjectHandle::newInteger(visible));
        }
        return visible;
    };
    link(0);
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/Outlines", outlines);
    root.replaceKey("/PageMode", QPDFObjectHandle::newName("/UseOutlines"));
}

void addLinks(QPDF &pdf, const std::vector<QPDFPageObjectHelper> &pages, const QList<BriefLink> &links,
              const QList<BriefAnchor> &anchors)
{
    for (const BriefLink &l : links) {
        if (l.page < 0 || size_t(l.page) >= pages.size() || l.anchor < 0 || l.anchor >= anchors.size())
            continue;
        const BriefAnchor &a = anchors[l.anchor];
        if (a.page < 0 || size_t(a.page) >= pages.size()) continue;
        QPDFPageObjectHelper page = pages[size_t(l.page)];
        const double height = page.getMediaBox().getArrayAsRectangle().ury;
        const double u = BriefCanvas::kUnitsPerPoint;
        const QPDFObjectHandle::Rectangle rect(l.rect.left() / u, height - l.rect.bottom() / u,
                                               l.rect.right() / u, height - l.rect.top() / u);
        QPDFObjectHandle annot = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        annot.replaceKey("/Type", QPDFObjectHandle::newName("/Annot"));
        annot.replaceKey("/Subtype", QPDFObjectHandle::newName("/Link"));
        annot.replaceKey("/Rect", QPDFObjectHandle::newFromRectangle(rect));
        annot.replaceKey("/Border", QPDFObjectHandle::parse("[0 0 0]"));
        annot.replaceKey("/P", page.getObjectHandle());
        annot.replaceKey("/Dest", destination(pages, a.page, a.y));
        QPDFObjectHandle pageObject = page.getObjectHandle();
        QPDFObjectHandle annots = pageObject.getKey("/Annots");
        if (!annots.isArray()) {
            annots = QPDFObjectHandle::newArray();
            pageObject.replaceKey("/Annots", annots);
        }
        annots.appendItem(annot);
    }
}

void addAttachment(QPDF &pdf, const PdfFinish &f)
{
    if (f.attachmentName.isEmpty()) return;
    const std::string now = QUtil::qpdf_time_to_pdf_time(QUtil::get_current_qpdf_time());
    QPDFEFStreamObjectHelper stream = QPDFEFStreamObjectHelper::createEFStream(
        pdf, std::string(f.attachment.constData(), size_t(f.attachment.size())));
    stream.setCreationDate(now).setModDate(now);
    if (!f.attachmentMediaType.isEmpty()) stream.setSubtype(utf8(f.attachmentMediaType));
    QPDFFileSpecObjectHelper spec =
        QPDFFileSpecObjectHelper::createFileSpec(pdf, utf8(f.attachmentName), stream);
    spec.setDescription(utf8(f.attachmentDescription));
    spec.getObjectHandle().replaceKey("/AFRelationship", QPDFObjectHandle::newName("/Data"));
    QPDFEmbeddedFileDocumentHelper(pdf).replaceEmbeddedFile(utf8(f.attachmentName), spec);
    // Listed with the document's associated files too (PDF 2.0, PDF/A-3), so readers find it.
    QPDFObjectHandle root = pdf.getRoot();
    root.replaceKey("/AF", QPDFObjectHandle::newArray({spec.getObjectHandle()}));
}

void setInfo(QPDF &pdf, const PdfFinish &f)
{
    QPDFObjectHandle trailer = pdf.getTrailer();
    QPDFObjectHandle info = trailer.getKey("/Info");
    if (!info.isDictionary()) {
        info = pdf.makeIndirectObject(QPDFObjectHandle::newDictionary());
        trailer.replaceKey("/Info", info);
    }
    if (!f.author.isEmpty()) info.replaceKey("/Author", text(f.author));
    if (!f.subject.isEmpty()) info.replaceKey("/Subject", text(f.subject));
    if (!f.keywords.isEmpty()) info.replaceKey("/Keywords", text(f.keywords));
}

} // namespace

QByteArray finishPdf(const QByteArray &bytes, const PdfFinish &finish)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processMemoryFile("brief.pdf", bytes.constData(), size_t(bytes.size()));
        const std::vector<QPDFPageObjectHelper> pages = QPDFPageDocumentHelper(pdf).getAllPages();
        addOutline(pdf, pages, finish.anchors);
        addLinks(pdf, pages, finish.links, finish.anchors);
        addAttachment(pdf, finish);
        setInfo(pdf, finish);
        QPDFWriter writer(pdf);
        writer.setOutputMemory();
        writer.setObjectStreamMode(qpdf_o_generate);
        writer.setCompressStreams(true);
        writer.setDeterministicID(true);
        writer.write();
        std::shared_ptr<Buffer> out = writer.getBufferSharedPointer();
        return QByteArray(reinterpret_cast<const char *>(out->getBuffer()), qsizetype(out->getSize()));
    } catch (const std::exception &e) {
        throw BriefError(BriefError::Kind::Internal,
                         QCoreApplication::translate(
                             "Brief", "the PDF could not be finished (outline, links, evidence): %1")
                             .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace sightline::report
