#include "configconfirmations.h"

#include "stackconfig/unifieddiff.h"

#include <QCheckBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace artgen::gui {

namespace {
QString diffOf(const core::ConfigApplyPlan& plan)
{
    QByteArray out;
    for (const auto& f : plan.files())
        out += core::UnifiedDiff::make(f.before, f.after, f.path);
    return QString::fromUtf8(out);
}
} // namespace

QString ConfigConfirmations::values(const core::ConfigApplyPlan& plan)
{
    QStringList lines;
    for (const auto& v : plan.values())
        lines << tr("%1: %2 → %3")
                     .arg(v.key, v.before.isEmpty() ? tr("(absent)") : v.before,
                          v.after.isEmpty() ? tr("(absent)") : v.after);
    return lines.join(u'\n');
}

QString ConfigConfirmations::effects(const core::ConfigApplyPlan& plan)
{
    QStringList lines;
    for (const QString& action : plan.pendingActions())
        lines << QStringLiteral("• ") + action;
    return lines.join(u'\n');
}

QMessageBox* ConfigConfirmations::box(const QString& title, const QString& text,
                                      const QString& details, QWidget* parent)
{
    auto* box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    box->setTextFormat(Qt::PlainText);
    box->setDetailedText(details);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    return box;
}

QMessageBox* ConfigConfirmations::apply(const core::ConfigApplyPlan& plan, const QString& profile,
                                        QWidget* parent, QAbstractButton** proceed)
{
    auto* b = box(
        tr("Apply the configuration change?"),
        tr("Apply %n setting(s) to profile %1?", nullptr, int(plan.values().size())).arg(profile),
        diffOf(plan), parent);
    b->setObjectName(QStringLiteral("confirmApply"));
    QString info = values(plan) + QStringLiteral("\n\n") +
                   tr("The new files are checked first (nginx -t, compose config, a Python "
                      "compile); if a check fails, nothing is written. Files to write (the "
                      "previous versions are kept): %1.")
                       .arg(plan.paths().join(QStringLiteral(", ")));
    if (const QString e = effects(plan); !e.isEmpty())
        info += QStringLiteral("\n\n") + tr("Then, for the stack to use them:") + u'\n' + e;
    b->setInformativeText(info);
    auto* now = new QCheckBox(tr("Reload and restart now"), b);
    now->setObjectName(QStringLiteral("takeEffect"));
    now->setChecked(true);
    now->setToolTip(tr("Unchecked, the files are written and recorded only; the page then says "
                       "what must still happen."));
    b->setCheckBox(now);
    *proceed = b->addButton(tr("Apply"), QMessageBox::AcceptRole);
    return b;
}

QMessageBox* ConfigConfirmations::rollback(const core::ConfigHistoryEntry& entry,
                                           const core::ConfigApplyPlan& plan,
                                           const QString& profile, QWidget* parent,
                                           QAbstractButton** proceed)
{
    auto* b =
        box(tr("Roll back the configuration?"),
            tr("Put the files of profile %1 back as they were before the change of %2 "
               "(%3)?")
                .arg(profile, QLocale().toString(entry.time.toLocalTime(), QLocale::ShortFormat),
                     entry.summary),
            diffOf(plan), parent);
    b->setObjectName(QStringLiteral("confirmRollback"));
    QString info = values(plan);
    if (const QString e = effects(plan); !e.isEmpty())
        info += QStringLiteral("\n\n") + tr("Then, for the stack to use them:") + u'\n' + e;
    b->setInformativeText(info);
    *proceed = b->addButton(tr("Roll back"), QMessageBox::AcceptRole);
    return b;
}

QMessageBox* ConfigConfirmations::git(const core::GitRollback::State& state,
                                      const core::ConfigApplyPlan& plan, const QString& profile,
                                      QWidget* parent, QAbstractButton** proceed)
{
    auto* b = box(tr("Back to git HEAD?"),
                  tr("The stack folder of profile %1 is kept in git (%2). git status of the "
                     "configuration files:\n%3\nRestore them as they are at HEAD?")
                      .arg(profile, state.topLevel, state.porcelain.join(u'\n')),
                  state.diff, parent);
    b->setObjectName(QStringLiteral("confirmGit"));
    QString info = values(plan);
    if (const QString e = effects(plan); !e.isEmpty())
        info += QStringLiteral("\n\n") + tr("Then, for the stack to use them:") + u'\n' + e;
    b->setInformativeText(info);
    *proceed = b->addButton(tr("Restore from HEAD"), QMessageBox::AcceptRole);
    return b;
}

} // namespace artgen::gui
