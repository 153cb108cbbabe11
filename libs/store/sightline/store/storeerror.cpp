#include "sightline/store/storeerror.h"

namespace sightline {

StoreError::StoreError(Kind kind, const QString &file, const QString &problem)
    : std::runtime_error((file + QStringLiteral(": ") + problem).toStdString())
    , m_kind(kind)
    , m_file(file)
    , m_problem(problem)
{
}

QString StoreError::message() const
{
    return m_file + QStringLiteral(": ") + m_problem;
}

} // namespace sightline
