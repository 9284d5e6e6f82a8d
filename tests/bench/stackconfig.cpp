// The configuration editor's documents: parsing the demo stack's four files into documents and
// reading every key, median over RUNS (default 100) runs, in microseconds. The files are read
// once before timing: this measures the parse, not the disk.
//   build/release/tests/bench/bench_stackconfig [RUNS] [STACK_DIR]
#include "stackconfig/configdocuments.h"
#include "stackconfig/configkey.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace artgen::core;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 100;
    const QString stack = argc > 2 ? QString::fromLocal8Bit(argv[2])
                                   : QStringLiteral(ARTGEN_SOURCE_DIR "/resources/demo-stack");
    QHash<QString, QByteArray> files;
    for (auto f : {ConfigKey::File::Nginx, ConfigKey::File::Compose, ConfigKey::File::Database,
                   ConfigKey::File::HttpClient}) {
        QFile file(QDir(stack).filePath(ConfigKey::path(f)));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
            return 1;
        }
        files.insert(ConfigKey::path(f), file.readAll());
    }
    std::vector<double> us;
    int found = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        const auto docs = ConfigDocuments::parse(files);
        if (!docs) {
            std::fprintf(stderr, "%s\n", qPrintable(docs.error().toError().message()));
            return 1;
        }
        found = 0;
        for (const ConfigKey& key : ConfigKey::all())
            found += docs->value(key.id()).has_value();
        us.push_back(double(t.nsecsElapsed()) / 1000.0);
    }
    std::sort(us.begin(), us.end());
    std::printf(
        "parse 4 files + read %d/%lld keys: median %.1f us, min %.1f us, max %.1f us (%d runs)\n",
        found, static_cast<long long>(ConfigKey::all().size()), us[us.size() / 2], us.front(),
        us.back(), runs);
    return 0;
}
