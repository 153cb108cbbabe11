#pragma once

#include <QString>

#include <stdexcept>

namespace sightline {

// Why a project file could not be opened, read or written. The message always names the file,
// so that one line tells the user what went wrong and where.
class StoreError : public std::runtime_error
{
public:
    enum class Kind {
        NotFound,       // no such file
        NotSqlite,      // not an SQLite database at all
        NotGeoPackage,  // SQLite, but not a GeoPackage
        NotSightline,   // a GeoPackage, but not a Sightline project
        TooNew,         // written by a newer Sightline
        Truncated,      // shorter than its own header says
        Corrupt,        // SQLite reports damage
        Invalid,        // a record or argument that cannot be stored
        Foreign,        // holds schema objects this build does not make (a planted trigger, a view)
        Runaway,        // a statement ran past its time limit and was interrupted
        Io,             // the file system refused
        Internal,       // a bug: SQL that should not fail
    };

    StoreError(Kind kind, const QString &file, const QString &problem);

    Kind kind() const { return m_kind; }
    const QString &file() const { return m_file; }
    const QString &problem() const { return m_problem; }
    // "FILE: problem"
    QString message() const;
    // True for errors caused by the input (exit code 2 at the command line), false for bugs.
    bool isBadInput() const { return m_kind != Kind::Internal; }

private:
    Kind m_kind;
    QString m_file;
    QString m_problem;
};

} // namespace sightline
