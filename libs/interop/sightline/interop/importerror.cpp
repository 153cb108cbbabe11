#include "sightline/interop/importerror.h"

namespace sightline {

ImportError::ImportError(const QString &file, const QString &problem)
    : std::runtime_error((file + QStringLiteral(": ") + problem).toStdString()), m_file(file), m_problem(problem)
{
}

} // namespace sightline
