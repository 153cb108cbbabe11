// sightline-schema-reference OUT.json: this build's project schema as a file (schemareference.h),
// run by the build after the store library changes.
#include "sightline/store/schemareference.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2) {
        std::fputs("usage: sightline-schema-reference OUT.json\n", stderr);
        return 1;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(sightline::store::schemaReferenceFile()) < 0 ||
        !out.commit()) {
        std::fprintf(stderr, "sightline-schema-reference: %s: cannot write it\n", argv[1]);
        return 2;
    }
    return 0;
}
