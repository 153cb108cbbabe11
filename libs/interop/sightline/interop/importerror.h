#pragma once

#include <QString>

#include <stdexcept>

namespace sightline {

// A file from outside that cannot be imported: names the file, and where inside it the problem is.
class ImportError : public std::runtime_error
{
public:
    ImportError(const QString &file, const QString &problem);
    const QString &file() const { return m_file; }
    const QString &problem() const { return m_problem; }
    QString message() const { return m_file + QStringLiteral(": ") + m_problem; }

private:
    QString m_file;
    QString m_problem;
};

} // namespace sightline
