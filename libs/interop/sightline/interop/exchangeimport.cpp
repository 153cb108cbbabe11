#include "sightline/interop/exchangeimport.h"

#include "sightline/interop/importerror.h"
#include "sightline/interop/stiximport.h"
#include "sightline/interop/vectorimport.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace sightline {

ExchangeImportReport importExchangeFile(Project &project, const QString &file,
                                        const ExchangeImportOptions &options)
{
    QFile f(file);
    if (!QFileInfo(file).isFile() || !f.open(QIODevice::ReadOnly))
        throw ImportError(
            file, QStringLiteral("cannot be read") +
                      (f.errorString().isEmpty() ? QString() : QStringLiteral(": ") + f.errorString()));
    // A STIX bundle is JSON whose first member says so; the format decides, not the extension.
    const QByteArray head = f.peek(4096);
    const QString suffix = QFileInfo(file).suffix().toLower();
    const bool json =
        head.trimmed().startsWith('{') || suffix == QLatin1String("json") || suffix == QLatin1String("stix");
    const bool geojsonName = suffix == QLatin1String("geojson");
    // "type": "bundle" makes a bundle; "type": "Feature..." without it, GeoJSON.
    static const QRegularExpression bundleType(QStringLiteral("\"type\"\\s*:\\s*\"bundle\""));
    static const QRegularExpression geoJsonType(QStringLiteral("\"type\"\\s*:\\s*\"Feature"));
    const QString text = QString::fromUtf8(head);
    if (json && !geojsonName && (text.contains(bundleType) || !text.contains(geoJsonType)))
        return importStix(project, file, options);
    return importVector(project, file, options);
}

} // namespace sightline
