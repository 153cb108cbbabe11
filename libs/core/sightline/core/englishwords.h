#pragma once

namespace sightline {

// While one lives on a thread, the words made on that thread are English whatever language the
// window speaks: what goes into a file (a brief, an export) reads the same on every machine, as
// sightline-cli writes it. The window's translations step aside for it (they ask active()); the
// English plural forms ("25 claims") stay. Nests. The thread it is made on only.
class EnglishWords
{
  public:
    EnglishWords();
    ~EnglishWords();
    EnglishWords(const EnglishWords &) = delete;
    EnglishWords &operator=(const EnglishWords &) = delete;

    // True while one lives on the calling thread.
    static bool active();
};

} // namespace sightline
