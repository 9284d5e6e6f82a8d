#pragma once

#include "loadtest/loadtestoptions.h"
#include "loadtest/profileloadtarget.h"

#include <optional>

namespace artgen::gui {

// What the Load test page runs: the options of the core job, the API endpoint they aim at (none:
// options.url as typed), and whether the profile's API token goes with the requests (read off the
// UI thread when the run starts, never shown). Another page presets the Load test page with one.
struct LoadTestSetup
{
    std::optional<core::ProfileLoadTarget::Endpoint> endpoint =
        core::ProfileLoadTarget::Endpoint::Health;
    core::LoadTestOptions options;
    bool useToken = false;

    // The endpoint as the API expects it: its method, body and token.
    static LoadTestSetup forEndpoint(core::ProfileLoadTarget::Endpoint endpoint)
    {
        LoadTestSetup s;
        s.endpoint = endpoint;
        s.options.method = core::ProfileLoadTarget::method(endpoint);
        s.options.body = core::ProfileLoadTarget::body(endpoint);
        s.useToken = core::ProfileLoadTarget::needsToken(endpoint);
        return s;
    }
};

} // namespace artgen::gui
