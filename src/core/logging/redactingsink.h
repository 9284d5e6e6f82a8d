#pragma once

#include "secretredactor.h"

#include <memory>
#include <mutex>
#include <spdlog/sinks/base_sink.h>
#include <vector>

namespace artgen::core {

// An spdlog sink that masks registered secrets in each message and hands it on to the real
// sinks (rotating file, stderr). Sitting in front of all of them, it is the one place where
// redaction happens, whoever logs.
class RedactingSink : public spdlog::sinks::base_sink<std::mutex>
{
public:
    RedactingSink(std::shared_ptr<const SecretRedactor> redactor,
                  std::vector<spdlog::sink_ptr> sinks);

protected:
    void sink_it_(const spdlog::details::log_msg& msg) override;
    void flush_() override;

private:
    std::shared_ptr<const SecretRedactor> m_redactor;
    std::vector<spdlog::sink_ptr> m_sinks;
};

} // namespace artgen::core
