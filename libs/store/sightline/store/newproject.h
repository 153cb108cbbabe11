#pragma once

#include "sightline/core/gradingscheme.h"
#include "sightline/core/marking.h"

#include <QString>

#include <optional>

namespace sightline::store {

// What a new, empty project starts with.
struct NewProject
{
    QString path;
    QString title; // the file's base name when empty
    QString author;
    const GradingScheme *scheme = nullptr; // Admiralty when null
    std::optional<Marking> marking;
};

// Makes the project under a temporary name beside the target and renames it into place, so a
// failure leaves nothing half-made; never writes over an existing file. Throws StoreError
// naming the target file.
void createProjectFile(const NewProject &spec);

} // namespace sightline::store
