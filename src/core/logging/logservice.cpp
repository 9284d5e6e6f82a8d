#include "logservice.h"

#include "redactingsink.h"

#include <QDir>
#include <QStandardPaths>
#include <atomic>
#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace artgen::core {

namespace {

// qInstallMessageHandler takes a plain function: the active logger is the one global it needs.
std::atomic<spdlog::logger*> g_logger{nullptr};
QtMessageHandler g_previousHandler = nullptr;

spdlog::level::level_enum levelFor(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return spdlog::level::debug;
    case QtInfoMsg:
        return spdlog::level::info;
    case QtWarningMsg:
        return spdlog::level::warn;
    case QtCriticalMsg:
        return spdlog::level::err;
    case QtFatalMsg:
        return spdlog::level::critical;
    }
    return spdlog::level::info;
}

void handleQtMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    spdlog::logger* logger = g_logger.load();
    if (!logger) {
        if (g_previousHandler)
            g_previousHandler(type, context, message);
        return;
    }
    const char* category = context.category ? context.category : "default";
    logger->log(levelFor(type), "[{}] {}", category, message.toStdString());
    if (type == QtFatalMsg)
        logger->flush();
}

} // namespace

LogService::LogService(Options options, std::shared_ptr<const SecretRedactor> redactor)
{
    std::vector<spdlog::sink_ptr> sinks;
    if (!options.directory.isEmpty() && QDir().mkpath(options.directory)) {
        m_filePath = QDir(options.directory).filePath(options.fileName);
        try {
            auto file = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                m_filePath.toStdString(), options.maxFileBytes, options.maxFiles);
            file->set_level(spdlog::level::debug);
            sinks.push_back(file);
        } catch (const spdlog::spdlog_ex&) {
            // An unwritable log folder must not stop the app; stderr still works.
            m_filePath.clear();
        }
    }
    if (options.toStderr) {
        auto err = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
        err->set_level(options.verbose ? spdlog::level::debug : spdlog::level::warn);
        sinks.push_back(err);
    }
    auto front = std::make_shared<RedactingSink>(std::move(redactor), std::move(sinks));
    m_logger = std::make_shared<spdlog::logger>("artgen", front);
    m_logger->set_level(spdlog::level::debug);
    m_logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e %^%l%$ %v");
    m_logger->flush_on(spdlog::level::warn);
    g_logger = m_logger.get();
    g_previousHandler = qInstallMessageHandler(handleQtMessage);
}

LogService::~LogService()
{
    qInstallMessageHandler(g_previousHandler);
    g_logger = nullptr;
    m_logger->flush();
}

void LogService::flush()
{
    m_logger->flush();
}

QString LogService::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/logs");
}

} // namespace artgen::core
