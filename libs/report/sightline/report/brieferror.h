#pragma once

#include <QString>

#include <stdexcept>

namespace sightline::report {

// Why a brief could not be made, in one line for people (a site that does not exist, a file
// that cannot be written). Never thrown half-way through writing the output: the target is
// either the whole brief or untouched.
class BriefError : public std::runtime_error
{
  public:
    enum class Kind
    {
        BadRequest,
        CannotWrite,
        Cancelled,
        Internal
    };
    BriefError(Kind kind, const QString &message)
        : std::runtime_error(message.toStdString()), m_kind(kind), m_message(message)
    {
    }
    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }

  private:
    Kind m_kind;
    QString m_message;
};

} // namespace sightline::report
