#pragma once

#include "command.h"

#include <QCoreApplication>

namespace artgen::cli {

// `artgenctl workers [--json]`: gunicorn master/worker counts and the Celery pool size against
// the values the containers were started with. Exit 0 when both match, 3 when not, 2 when
// Docker cannot be reached. Replaces `ps aux | grep gunicorn` and `celery inspect`.
class WorkersCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(artgen::cli::WorkersCommand)

public:
    QString name() const override { return QStringLiteral("workers"); }
    QString summary() const override;
    void addOptions(QCommandLineParser& parser) const override;
    bool takesPositionalArguments() const override { return false; }
    int run(CommandContext& context, const QCommandLineParser& parser) override;
};

} // namespace artgen::cli
