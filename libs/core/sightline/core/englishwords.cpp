#include "sightline/core/englishwords.h"

namespace sightline {
namespace {

thread_local int t_depth = 0;

} // namespace

EnglishWords::EnglishWords()
{
    ++t_depth;
}

EnglishWords::~EnglishWords()
{
    --t_depth;
}

bool EnglishWords::active()
{
    return t_depth > 0;
}

} // namespace sightline
