#include "redactingsink.h"

namespace artgen::core {

RedactingSink::RedactingSink(std::shared_ptr<const SecretRedactor> redactor,
                             std::vector<spdlog::sink_ptr> sinks)
    : m_redactor(std::move(redactor)), m_sinks(std::move(sinks))
{}

void RedactingSink::sink_it_(const spdlog::details::log_msg& msg)
{
    const std::string clean =
        m_redactor->redact(std::string(msg.payload.data(), msg.payload.size()));
    spdlog::details::log_msg copy(msg);
    copy.payload = spdlog::string_view_t(clean.data(), clean.size());
    for (const auto& sink : m_sinks)
        if (sink->should_log(copy.level))
            sink->log(copy);
}

void RedactingSink::flush_()
{
    for (const auto& sink : m_sinks)
        sink->flush();
}

} // namespace artgen::core
