#include "checklistreport.h"

#include "checklist.h"
#include "checklistrun.h"
#include "checkliststep.h"

#include <QDir>
#include <QJsonObject>
#include <QSaveFile>

namespace artgen::core {

namespace {

QString titleOf(int id)
{
    const ChecklistStep* s = Checklist::step(id);
    return s ? s->title() : QString::number(id);
}

// "2026-11-30 07:28:02": the report says UTC beside it.
QString utc(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

struct LoadFigures
{
    bool present = false;
    qint64 requests = 0;
    qint64 failures = 0;
    double errorPercent = 0;
    double p50 = 0;
    double p95 = 0;
    double rps = 0;
};

LoadFigures loadFigures(const ChecklistRun& run)
{
    LoadFigures f;
    const StepRecord* r = run.record(10);
    if (!r || !r->figures.contains(QStringLiteral("requests")))
        return f;
    const QJsonObject& o = r->figures;
    f.present = true;
    f.requests = o.value(QStringLiteral("requests")).toInteger();
    f.failures = o.value(QStringLiteral("failures")).toInteger();
    f.errorPercent = o.value(QStringLiteral("errorPercent")).toDouble();
    f.p50 = o.value(QStringLiteral("p50Ms")).toDouble();
    f.p95 = o.value(QStringLiteral("p95Ms")).toDouble();
    f.rps = o.value(QStringLiteral("requestsPerSecond")).toDouble();
    return f;
}

} // namespace

QString ChecklistReport::duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("—");
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 10000)
        return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 2);
    return tr("%1 s").arg(double(ms) / 1000.0, 0, 'f', 0);
}

QString ChecklistReport::markdown(const ChecklistRun& run)
{
    QString md;
    md += tr("# Deployment checklist report") + u"\n\n";
    md += tr("- Profile: %1").arg(run.profile) + u'\n';
    md += tr("- Run by: %1 (OS user)").arg(run.osUser) + u'\n';
    md += tr("- Started: %1 UTC").arg(utc(run.createdAt)) + u'\n';
    md += tr("- Steps: %1–%2; %3 passed, %4 warned, %5 failed, %6 skipped, %7 not run")
              .arg(run.first)
              .arg(run.last)
              .arg(run.count(StepState::Passed))
              .arg(run.count(StepState::Warned))
              .arg(run.count(StepState::Failed))
              .arg(run.count(StepState::Skipped))
              .arg(run.count(StepState::Pending) + run.count(StepState::Running)) +
          u"\n\n";
    md += tr("| # | Step | Result | Time | Summary |") + u'\n';
    md += QStringLiteral("|---|---|---|---|---|\n");
    for (const StepRecord& r : run.steps) {
        QString summary = r.summary;
        summary.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                  .arg(r.id)
                  .arg(titleOf(r.id), StepRecord::stateLabel(r.state), duration(r.durationMs),
                       summary);
    }
    if (const LoadFigures f = loadFigures(run); f.present) {
        md += u'\n' + tr("## Load test") + u"\n\n";
        md += tr("%1 requests, %2 failed (%3 %), p50 %4 ms, p95 %5 ms, %6 requests/s")
                  .arg(f.requests)
                  .arg(f.failures)
                  .arg(f.errorPercent, 0, 'f', 1)
                  .arg(f.p50, 0, 'f', 1)
                  .arg(f.p95, 0, 'f', 1)
                  .arg(f.rps, 0, 'f', 1) +
              u'\n';
    }
    for (const StepRecord& r : run.steps) {
        md += u'\n' +
              QStringLiteral("## %1. %2 — %3")
                  .arg(r.id)
                  .arg(titleOf(r.id), StepRecord::stateLabel(r.state)) +
              u"\n\n";
        if (r.startedAt.isValid())
            md += tr("Started %1 UTC, took %2.").arg(utc(r.startedAt), duration(r.durationMs)) +
                  u"\n\n";
        if (r.state == StepState::Skipped)
            md += tr("Skipped: %1").arg(r.skipReason) + u"\n\n";
        else if (!r.summary.isEmpty())
            md += r.summary + u"\n\n";
        if (!r.evidence.isEmpty()) {
            md += QStringLiteral("```\n");
            for (const QString& line : r.evidence)
                md += QString(line).replace(QStringLiteral("```"), QStringLiteral("'''")) + u'\n';
            md += QStringLiteral("```\n");
        }
    }
    if (run.rollback)
        md += rollbackMarkdown(*run.rollback);
    return md;
}

QString ChecklistReport::rollbackMarkdown(const RollbackRecord& rollback)
{
    QString md =
        u'\n' + tr("## Rollback — %1").arg(StepRecord::stateLabel(rollback.state)) + u"\n\n";
    if (rollback.startedAt.isValid())
        md += tr("Started %1 UTC, took %2.")
                  .arg(utc(rollback.startedAt), duration(rollback.durationMs)) +
              u"\n\n";
    md += tr("| # | Stage | Result | Time | Summary |") + u'\n';
    md += QStringLiteral("|---|---|---|---|---|\n");
    const auto row = [](const StepRecord& r, const QString& title) {
        QString summary = r.state == StepState::Skipped ? r.skipReason : r.summary;
        summary.replace(u'|', QStringLiteral("\\|")).replace(u'\n', u' ');
        return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
            .arg(r.id)
            .arg(title, StepRecord::stateLabel(r.state), duration(r.durationMs), summary);
    };
    for (const StepRecord& r : rollback.stages)
        md += row(r, RollbackRecord::stageTitle(r.id));
    md += u'\n' + tr("Checks 5–9 run again after the rollback:") + u"\n\n";
    md += tr("| # | Step | Result | Time | Summary |") + u'\n';
    md += QStringLiteral("|---|---|---|---|---|\n");
    for (const StepRecord& r : rollback.recheck)
        md += row(r, titleOf(r.id));
    for (const StepRecord& r : rollback.stages + rollback.recheck) {
        if (r.evidence.isEmpty())
            continue;
        md += u'\n' +
              tr("Evidence of %1:")
                  .arg(r.id <= RollbackRecord::kStageDatabase ? RollbackRecord::stageTitle(r.id)
                                                              : titleOf(r.id)) +
              u"\n\n```\n";
        for (const QString& line : r.evidence)
            md += QString(line).replace(QStringLiteral("```"), QStringLiteral("'''")) + u'\n';
        md += QStringLiteral("```\n");
    }
    return md;
}

QString ChecklistReport::rollbackHtml(const RollbackRecord& rollback)
{
    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped();
    };
    QString h = QStringLiteral("<h2 class=\"%1\">%2</h2>\n")
                    .arg(StepRecord::stateKey(rollback.state),
                         esc(tr("Rollback — %1").arg(StepRecord::stateLabel(rollback.state))));
    if (rollback.startedAt.isValid())
        h += QStringLiteral("<p>%1</p>\n")
                 .arg(esc(tr("Started %1 UTC, took %2.")
                              .arg(utc(rollback.startedAt), duration(rollback.durationMs))));
    const auto table = [&](const QList<StepRecord>& records, bool stages) -> QString {
        QString t = QStringLiteral(
                        "<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
                        .arg(esc(stages ? tr("Stage") : tr("Step")), esc(tr("Result")),
                             esc(tr("Time")), esc(tr("Summary")));
        for (const StepRecord& r : records) {
            t += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5</td>"
                                "<td>%6</td></tr>\n")
                     .arg(r.id)
                     .arg(esc(stages ? RollbackRecord::stageTitle(r.id) : titleOf(r.id)),
                          StepRecord::stateKey(r.state), esc(StepRecord::stateLabel(r.state)),
                          esc(duration(r.durationMs)),
                          esc(r.state == StepState::Skipped ? r.skipReason : r.summary));
            if (!r.evidence.isEmpty())
                t += QStringLiteral("<tr><td></td><td colspan=\"4\"><pre>%1</pre></td></tr>\n")
                         .arg(esc(r.evidence.join(u'\n')));
        }
        return t + QStringLiteral("</table>\n");
    };
    h += table(rollback.stages, true);
    h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Checks 5–9 run again after the rollback:")));
    h += table(rollback.recheck, false);
    return h;
}

QString ChecklistReport::html(const ChecklistRun& run)
{
    const auto esc = [](const QString& s) {
        return s.toHtmlEscaped();
    };
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>") +
                esc(tr("Deployment checklist report")) +
                QStringLiteral("</title><style>body{font-family:sans-serif;margin:2em}"
                               "td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}"
                               "table{border-collapse:collapse}pre{background:#f4f4f4;padding:8px;"
                               "white-space:pre-wrap}.passed{color:#187a2f}.warned{color:#9a6700}"
                               ".failed{color:#b42318}.skipped{color:#666}</style></head><body>\n");
    h += QStringLiteral("<h1>%1</h1>\n<ul>").arg(esc(tr("Deployment checklist report")));
    h += QStringLiteral("<li>%1</li>").arg(esc(tr("Profile: %1").arg(run.profile)));
    h += QStringLiteral("<li>%1</li>").arg(esc(tr("Run by: %1 (OS user)").arg(run.osUser)));
    h += QStringLiteral("<li>%1</li></ul>\n")
             .arg(esc(tr("Started: %1 UTC").arg(utc(run.createdAt))));
    h += QStringLiteral("<table><tr><th>#</th><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
             .arg(esc(tr("Step")), esc(tr("Result")), esc(tr("Time")), esc(tr("Summary")));
    for (const StepRecord& r : run.steps)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td class=\"%3\">%4</td><td>%5</td>"
                            "<td>%6</td></tr>\n")
                 .arg(r.id)
                 .arg(esc(titleOf(r.id)), StepRecord::stateKey(r.state),
                      esc(StepRecord::stateLabel(r.state)), esc(duration(r.durationMs)),
                      esc(r.state == StepState::Skipped ? r.skipReason : r.summary));
    h += QStringLiteral("</table>\n");
    if (const LoadFigures f = loadFigures(run); f.present)
        h += QStringLiteral("<h2>%1</h2>\n<p>%2</p>\n")
                 .arg(esc(tr("Load test")),
                      esc(tr("%1 requests, %2 failed (%3 %), p50 %4 ms, p95 %5 ms, %6 requests/s")
                              .arg(f.requests)
                              .arg(f.failures)
                              .arg(f.errorPercent, 0, 'f', 1)
                              .arg(f.p50, 0, 'f', 1)
                              .arg(f.p95, 0, 'f', 1)
                              .arg(f.rps, 0, 'f', 1)));
    for (const StepRecord& r : run.steps) {
        h += QStringLiteral("<h2 class=\"%1\">%2. %3 — %4</h2>\n")
                 .arg(StepRecord::stateKey(r.state))
                 .arg(r.id)
                 .arg(esc(titleOf(r.id)), esc(StepRecord::stateLabel(r.state)));
        if (r.state == StepState::Skipped)
            h += QStringLiteral("<p>%1</p>\n").arg(esc(tr("Skipped: %1").arg(r.skipReason)));
        else if (!r.summary.isEmpty())
            h += QStringLiteral("<p>%1</p>\n").arg(esc(r.summary));
        if (!r.evidence.isEmpty())
            h += QStringLiteral("<pre>%1</pre>\n").arg(esc(r.evidence.join(u'\n')));
    }
    if (run.rollback)
        h += rollbackHtml(*run.rollback);
    h += QStringLiteral("</body></html>\n");
    return h;
}

Result<QStringList> ChecklistReport::write(const ChecklistRun& run, const QString& folder)
{
    if (!QDir().mkpath(folder))
        return fail(
            Error(Error::Code::Io, tr("The report folder %1 could not be created.").arg(folder)));
    QStringList paths;
    const QList<std::pair<QString, QString>> files = {
        {QStringLiteral("report-%1.md").arg(run.id), markdown(run)},
        {QStringLiteral("report-%1.html").arg(run.id), html(run)}};
    for (const auto& [name, text] : files) {
        const QString path = QDir(folder).filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
            return fail(Error(Error::Code::Io, tr("The report %1 could not be written.").arg(path),
                              file.errorString()));
        paths << path;
    }
    return paths;
}

} // namespace artgen::core
