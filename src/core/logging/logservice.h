#pragma once

#include <QString>
#include <memory>

namespace spdlog {
class logger;
}

namespace artgen::core {

class SecretRedactor;

// Routes Qt's logging (qCDebug/qCInfo/qCWarning with artgen.* categories) to spdlog: a rotating
// file in the app data folder plus stderr, both behind the secret redactor. Created once by each
// composition root (GUI and CLI main); the Qt message handler is process-wide by nature.
class LogService
{
public:
    struct Options
    {
        QString directory; // empty: no file, stderr only
        QString fileName = QStringLiteral("artgen.log");
        bool toStderr = true;
        bool verbose = false; // stderr at debug level instead of warnings only
        std::size_t maxFileBytes = 5 * 1024 * 1024;
        std::size_t maxFiles = 3;
    };

    LogService(Options options, std::shared_ptr<const SecretRedactor> redactor);
    ~LogService();
    LogService(const LogService&) = delete;
    LogService& operator=(const LogService&) = delete;

    QString filePath() const { return m_filePath; }
    void flush();

    static QString defaultDirectory();

private:
    std::shared_ptr<spdlog::logger> m_logger;
    QString m_filePath;
};

} // namespace artgen::core
