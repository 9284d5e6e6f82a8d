#include "configapplyrun.h"

#include "command.h"
#include "commandcontext.h"
#include "confirmation.h"
#include "jobconsole.h"
#include "stackconfig/unifieddiff.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace artgen::cli {

ConfigApplyRun::Flags ConfigApplyRun::flags(const QCommandLineParser& parser)
{
    return {parser.isSet(QStringLiteral("dry-run")), !parser.isSet(QStringLiteral("no-validate")),
            parser.isSet(QStringLiteral("yes")), !parser.isSet(QStringLiteral("no-restart"))};
}

void ConfigApplyRun::addOptions(QCommandLineParser& parser)
{
    parser.addOption({QStringLiteral("dry-run"),
                      tr("Print the unified diff the change would make; write nothing.")});
    parser.addOption({QStringLiteral("no-validate"),
                      tr("Write without checking the new files with nginx -t, compose config "
                         "and a Python compile.")});
    parser.addOption({QStringLiteral("yes"), tr("Do not ask for confirmation.")});
    parser.addOption({QStringLiteral("no-restart"),
                      tr("Write and record only; print what must still happen (reload, "
                         "restart) for the change to take effect.")});
}

ConfigApplyRun::ConfigApplyRun(CommandContext& context, Flags flags,
                               const Confirmation& confirmation)
    : m_context(context), m_flags(flags), m_confirmation(confirmation)
{}

void ConfigApplyRun::printDiff(const core::ConfigApplyPlan& plan)
{
    for (const auto& f : plan.files())
        m_context.out() << QString::fromUtf8(core::UnifiedDiff::make(f.before, f.after, f.path));
    m_context.out().flush();
}

bool ConfigApplyRun::confirm(const core::ConfigApplyJob::Options& options)
{
    return m_confirmation.ask(m_context.err(),
                              tr("Apply to “%1”: %2. Continue? [y/N] ")
                                  .arg(options.profile.name, options.plan.summary()));
}

int ConfigApplyRun::run(core::ConfigApplyJob::Options options)
{
    if (options.plan.isEmpty()) {
        m_context.out() << tr("No change: every value is already as asked.") << Qt::endl;
        return ExitOk;
    }
    printDiff(options.plan);
    if (m_flags.dryRun)
        return ExitOk;
    if (!m_confirmation.canAsk(m_flags.yes, m_context.err(),
                               tr("artgenctl: there is no terminal to ask on, so nothing was "
                                  "written; pass --yes to apply the change.")))
        return ExitFailed;
    if (!m_flags.yes && !confirm(options))
        return ExitFailed;
    options.validate = m_flags.validate;
    options.takeEffect = m_flags.takeEffect;
    // Docker serves the validation, the bind-mount check and the reloads; without it only a
    // write with neither validation nor take-effect can go on.
    const auto docker = m_context.docker();
    if (!docker && (m_flags.validate || m_flags.takeEffect)) {
        m_context.printError(docker.error());
        return CommandContext::exitCodeFor(docker.error());
    }
    auto job = std::make_shared<core::ConfigApplyJob>(docker ? *docker : nullptr, options);
    JobConsole console(m_context);
    console.setInterruptMessage(tr("Cancelling after the current step…"));
    const int code = console.run(job);
    printReport(*job);
    return code;
}

void ConfigApplyRun::printReport(const core::ConfigApplyJob& job)
{
    const auto& report = job.report();
    QTextStream& out = m_context.out();
    if (!report.historyId.isEmpty())
        out << tr("Recorded as %1.").arg(report.historyId) << '\n';
    for (const QString& d : report.done)
        out << tr("Done: %1").arg(d) << '\n';
    if (!report.pending.isEmpty()) {
        out << tr("Still to do for the change to take effect:") << '\n';
        for (const QString& p : report.pending)
            out << QStringLiteral("  ") << p << '\n';
    }
    for (const auto& [step, ms] : report.stepMs)
        m_context.err() << tr("  %1: %2 ms").arg(step).arg(ms) << '\n';
    out.flush();
    m_context.err().flush();
}

} // namespace artgen::cli
