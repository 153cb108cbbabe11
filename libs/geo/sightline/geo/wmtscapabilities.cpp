#include "sightline/geo/wmtscapabilities.h"

#include "sightline/geo/gdalsession.h"
#include "sightline/geo/xmlcheck.h"

#include <cpl_error.h>
#include <cpl_http.h>
#include <cpl_minixml.h>
#include <cpl_string.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <memory>

namespace sightline::geo {

namespace {

struct XmlTreeDeleter
{
    void operator()(CPLXMLNode *node) const { CPLDestroyXMLNode(node); }
};
using XmlTree = std::unique_ptr<CPLXMLNode, XmlTreeDeleter>;

struct HttpResultDeleter
{
    void operator()(CPLHTTPResult *result) const { CPLHTTPDestroyResult(result); }
};

bool isWebAddress(const char *address)
{
    return address && (STARTS_WITH_CI(address, "http://") || STARTS_WITH_CI(address, "https://"));
}

// The children of node named name (namespaces stripped), each passed to visit.
template <typename Visit> void eachChild(const CPLXMLNode *node, const char *name, Visit visit)
{
    for (const CPLXMLNode *c = node ? node->psChild : nullptr; c; c = c->psNext)
        if (c->eType == CXT_Element && EQUAL(c->pszValue, name)) visit(c);
}

// The addresses GDAL's WMTS driver would ask: each layer's REST templates and the KVP
// operations' Get addresses. Empty when all are http or https, else the first other one.
QString foreignAddress(const CPLXMLNode *capabilities)
{
    QString found;
    auto check = [&](const char *address) {
        if (found.isEmpty() && address && !isWebAddress(address))
            found = QString::fromUtf8(address).left(120);
    };
    eachChild(CPLGetXMLNode(capabilities, "Contents"), "Layer", [&](const CPLXMLNode *layer) {
        eachChild(layer, "ResourceURL",
                  [&](const CPLXMLNode *r) { check(CPLGetXMLValue(r, "template", nullptr)); });
    });
    eachChild(CPLGetXMLNode(capabilities, "OperationsMetadata"), "Operation", [&](const CPLXMLNode *op) {
        eachChild(CPLGetXMLNode(op, "DCP.HTTP"), "Get",
                  [&](const CPLXMLNode *get) { check(CPLGetXMLValue(get, "href", nullptr)); });
    });
    return found;
}

} // namespace

QString keptWmtsCapabilitiesPath(const QString &cacheRoot, const QString &capabilitiesUrl)
{
    return QDir(tileCacheFolder(cacheRoot, capabilitiesUrl)).filePath(QStringLiteral("capabilities.xml"));
}

QString wmtsCapabilitiesProblem(const QByteArray &document)
{
    if (document.size() > kMaxWmtsCapabilitiesBytes)
        return QStringLiteral("is larger than %1 MiB").arg(kMaxWmtsCapabilitiesBytes / (1024 * 1024));
    if (document.trimmed().isEmpty()) return QStringLiteral("is empty");
    if (const QString dtd = dtdProblem(document); !dtd.isEmpty()) return dtd;
    ensureGdal();
    CPLErrorReset();
    // GDAL's own reader, the one its WMTS driver uses: it expands no entity and fetches nothing.
    XmlTree tree(CPLParseXMLString(QByteArray(document).append('\0').constData()));
    if (!tree) return QStringLiteral("is not XML that GDAL reads") + gdalMessage();
    CPLStripXMLNamespace(tree.get(), nullptr, TRUE);
    const CPLXMLNode *capabilities = CPLGetXMLNode(tree.get(), "=Capabilities");
    if (!capabilities) return QStringLiteral("is not a WMTS capabilities document");
    const CPLXMLNode *contents = CPLGetXMLNode(capabilities, "Contents");
    if (!contents || !CPLGetXMLNode(contents, "Layer")) return QStringLiteral("lists no layer");
    if (const QString address = foreignAddress(capabilities); !address.isEmpty())
        return QStringLiteral("names an address that is not http or https (%1)").arg(address);
    return {};
}

QString keptWmtsCapabilitiesProblem(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return QStringLiteral("no capabilities document is kept for it (one is kept when the service is "
                              "opened with the network on)");
    const QString named = QStringLiteral("its capabilities document kept in the tile cache (%1) ").arg(path);
    if (!info.isFile()) return named + QStringLiteral("is not a file");
    if (info.size() > kMaxWmtsCapabilitiesBytes)
        return named + QStringLiteral("is larger than %1 MiB").arg(kMaxWmtsCapabilitiesBytes / (1024 * 1024));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return named + QStringLiteral("cannot be read: ") + f.errorString();
    if (const QString why = wmtsCapabilitiesProblem(f.read(kMaxWmtsCapabilitiesBytes + 1)); !why.isEmpty())
        return named + QStringLiteral("is damaged: ") + why;
    return {};
}

bool keepWmtsCapabilities(const QString &capabilitiesUrl, const TileServiceSettings &settings, QString *error)
{
    auto fail = [&](const QString &why) {
        if (error) *error = why;
        return false;
    };
    if (!settings.networkEnabled)
        return fail(QStringLiteral("the network is switched off in the preferences"));
    if (settings.cacheRoot.isEmpty())
        return fail(QStringLiteral("there is no disk cache to keep its capabilities"));
    const QByteArray url = capabilitiesUrl.toUtf8();
    if (!isWebAddress(url.constData())) return fail(QStringLiteral("its address is not http or https"));
    ensureGdal();
    CPLStringList options;
    options.SetNameValue("TIMEOUT",
                         QByteArray::number(std::clamp(settings.timeoutSeconds, 1, 120)).constData());
    options.SetNameValue("USERAGENT", settings.userAgent.toUtf8().constData());
    options.SetNameValue("MAX_FILE_SIZE", QByteArray::number(kMaxWmtsCapabilitiesBytes).constData());
    CPLErrorReset();
    std::unique_ptr<CPLHTTPResult, HttpResultDeleter> answer(CPLHTTPFetch(url.constData(), options.List()));
    if (!answer || answer->nStatus != 0 || answer->pszErrBuf) {
        QString why =
            answer && answer->pszErrBuf ? QString::fromUtf8(answer->pszErrBuf).simplified() : QString();
        if (why.isEmpty()) why = QString::fromUtf8(CPLGetLastErrorMsg()).simplified();
        return fail(QStringLiteral("the service did not answer for its capabilities%1")
                        .arg(why.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(why.left(200))));
    }
    const QByteArray document(reinterpret_cast<const char *>(answer->pabyData),
                              answer->pabyData ? answer->nDataLen : 0);
    if (const QString why = wmtsCapabilitiesProblem(document); !why.isEmpty())
        return fail(QStringLiteral("the capabilities document it answered %1").arg(why));
    const QString path = keptWmtsCapabilitiesPath(settings.cacheRoot, capabilitiesUrl);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(document) != document.size() || !out.commit())
        return fail(
            QStringLiteral("%1: its capabilities could not be kept (%2)").arg(path, out.errorString()));
    return true;
}

} // namespace sightline::geo
