#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace artgen::core {

class StepContext;

// The images a stack runs, recorded by step 2 before compose down so a rollback can start
// them again without a build: for each service the image reference its container was created
// from and the image id it ran ("sha256:…"), or, with no container, the id the compose file's
// reference points to now. Each id is kept alive by a tag
// artgen-rollback/<project>-<service>:<run id>, so a rebuild (which moves the reference) or an
// `image prune` does not remove it; only the newest kKeepRuns runs' tags are kept.
class StackImages
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::StackImages)

public:
    static constexpr int kKeepRuns = 3;
    static constexpr const char* kTagRepository = "artgen-rollback/";

    struct Image
    {
        QString reference; // artgen-demo/app:latest
        QString id;        // sha256:…
    };
    using Map = QMap<QString, Image>; // service -> image

    // Asks Docker (run on a step's worker thread). Evidence lines go to `evidence`.
    static Map record(const StepContext& context, QStringList* evidence);
    // Tags every image of `images` for `runId`, then removes the rollback tags of older runs of
    // the project beyond the newest kKeepRuns (never one a container of the stack runs).
    static void keep(const StepContext& context, const Map& images, const QString& runId,
                     QStringList* evidence);

    // "artgen-rollback/art_generation-backend:20261130-061502-123": lower case, as Docker wants.
    static QString keepTag(const QString& project, const QString& service, const QString& runId);
    // The tags of runs older than the newest `keep` runs, among `tags` of the project. Pure.
    static QStringList tagsToDrop(const QStringList& tags, int keep);
    // service -> `image:` of the compose file's services (a plain scan of its block YAML). Pure.
    static QMap<QString, QString> composeReferences(const QByteArray& composeYaml);

    static QJsonObject toJson(const Map& images);
    static Map fromJson(const QJsonObject& object);
};

} // namespace artgen::core
