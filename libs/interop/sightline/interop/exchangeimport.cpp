#include "sightline/interop/exchangeimport.h"

#include "sightline/interop/importerror.h"
#include "sightline/interop/stiximport.h"
#include "sightline/interop/vectorimport.h"

#include <QFile>
#include <QFileInfo>

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
    if (json && !geojsonName && (head.contains("\"bundle\"") || !head.contains("\"Feature")))
        return importStix(project, file, options);
    return importVector(project, file, options);
}

} // namespace sightline
