#include "sightline/present/englishwords.h"

namespace sightline::present {
namespace {

thread_local int t_depth = 0;

} // namespace

EnglishWords::EnglishWords() { ++t_depth; }

EnglishWords::~EnglishWords() { --t_depth; }

bool EnglishWords::active() { return t_depth > 0; }

} // namespace sightline::present
