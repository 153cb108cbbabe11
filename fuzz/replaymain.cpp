// Runs a fuzz target over files and folders of inputs, without libFuzzer: how the normal test
// suite replays the seeds and every input that once crashed. An argument "conformance:DIR" is a
// folder under $SIGHTLINE_CONFORMANCE_DIR, skipped (and said) when that is not set. Exit 0 when
// every input ran; a crash ends the process as it would under libFuzzer.
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *argc, char ***argv);

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("conformance:"))) {
            const QString root = qEnvironmentVariable("SIGHTLINE_CONFORMANCE_DIR");
            if (root.isEmpty()) {
                std::printf("skipped %s: SIGHTLINE_CONFORMANCE_DIR is not set\n", argv[i]);
                continue;
            }
            arg = root + u'/' + arg.mid(12);
        }
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files << it.next();
        } else if (QFileInfo(arg).isFile()) {
            files << arg;
        }
        files.sort();
        for (const QString &file : std::as_const(files)) {
            QFile f(file);
            if (!f.open(QIODevice::ReadOnly) || f.size() > 16 * 1024 * 1024) continue;
            const QByteArray data = f.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(data.constData()),
                                   static_cast<size_t>(data.size()));
            ++ran;
        }
    }
    std::printf("replayed %d inputs\n", ran);
    return 0;
}
