#include "apistep.h"

#include "httpcheck.h"
#include "stepcontext.h"

namespace artgen::core {

ApiStep::ApiStep()
    : ChecklistStep(
          7, QStringLiteral("api"),
          QT_TRANSLATE_NOOP("artgen::core::ChecklistStep", "API availability checked"),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Asks GET /api/v1/health through nginx; it must answer 200 OK (`curl -I "
              "http://localhost/api/v1/health`)."),
          QT_TRANSLATE_NOOP(
              "artgen::core::ChecklistStep",
              "Run “What is wrong?”: a 502 means the backend does not answer (restart it), a 504 "
              "that it answered too slowly."))
{}

StepRecord ApiStep::run(StepContext& context) const
{
    const QUrl url = HttpCheck::url(context.profile().apiBaseUrl, QStringLiteral("/api/v1/health"));
    const HttpCheck::Answer a =
        HttpCheck::send("GET", url, {}, {}, context.options().httpTimeoutMs);
    const QStringList evidence = {
        tr("GET %1: %2").arg(url.toString(), a.describe()),
        tr("Body: %1").arg(QString::fromUtf8(a.body.left(300)).simplified())};
    if (a.status == 200)
        return StepRecord::passed(tr("The API answers 200 OK in %n ms.", nullptr, int(a.elapsedMs)),
                                  evidence);
    if (a.status == 0)
        return StepRecord::failed(tr("The API did not answer: %1.").arg(a.error), evidence);
    return StepRecord::failed(tr("The API answered %1 instead of 200.").arg(a.status), evidence);
}

} // namespace artgen::core
