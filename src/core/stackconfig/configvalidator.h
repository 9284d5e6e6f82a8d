#pragma once

#include "configapplyplan.h"
#include "settings/profile.h"
#include "stackroles.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <functional>

namespace artgen::core {

class DockerClient;
struct ExecResult;

// Checks the candidate files of a change with the stack's own tools before anything is written:
//  - nginx: `nginx -t` in the frontend container (or a throw-away container of its image when
//    it is not running) on the image's nginx.conf with the candidate in the place the volume
//    mounts the file, so it is tested as the file nginx will load — whenever the nginx file or
//    a file it includes (NginxIncludes) changes, the included files beside it as candidates;
//  - compose: `docker compose config -q` on a temporary copy beside the original (relative
//    paths and .env resolve as for the real file), removed afterwards;
//  - Python: compile() of each candidate .py, fed on stdin to python3 in the backend container
//    (or a throw-away one of its image): the host may have no python3, the image has the one
//    the app runs with.
// Every line the tools print goes to `sink`. Blocking (exec, processes): a job's thread only.
class ConfigValidator
{
    Q_DECLARE_TR_FUNCTIONS(artgen::core::ConfigValidator)

public:
    using Sink = std::function<void(const QString&)>;

    ConfigValidator(DockerClient* docker, Profile profile, Sink sink);

    // Checks the files of `plan` that have a checker; the first failure stops it.
    Status validate(const ConfigApplyPlan& plan);

    // The nginx file and the files it includes, as `plan` would leave them: a change to any of
    // them is tested with nginx -t.
    QStringList nginxFiles(const ConfigApplyPlan& plan) const;

    // nginx -t on `candidate` as the nginx file, with the files it includes as on disk.
    Status nginx(const QByteArray& candidate);
    Status compose(const QByteArray& candidate);
    Status python(const QString& path, const QByteArray& candidate);

    // Where the frontend container mounts the stack's nginx file (the volume's target), or the
    // nginx image's default server file when it does not.
    QString nginxMountTarget();

private:
    // nginx -t on the nginx file and the files it includes (`included`, as
    // NginxIncludes::resolve gives them), `candidates` (by relative path) in place of their
    // bytes on disk.
    Status nginx(const QHash<QString, QByteArray>& candidates, const QStringList& included);
    // `cmd` with `input` on stdin in the role's running container, else in a throw-away
    // container of its image.
    Result<ExecResult> runIn(StackRole role, const QStringList& cmd, const QByteArray& input);
    // Each line of `output` to the sink, with temporary names replaced by the ones the user knows.
    void show(const QByteArray& output, const QList<QPair<QString, QString>>& names = {});
    Error failed(const QString& what, const QString& path) const;
    static QHash<QString, QByteArray> candidates(const ConfigApplyPlan& plan);

    DockerClient* m_docker;
    Profile m_profile;
    Sink m_sink;
};

} // namespace artgen::core
