#pragma once

#include "error.h"

#include <tl/expected.hpp>

namespace artgen::core {

// Errors as values: a function that can fail returns Result<T>, never bool + out-parameter.
template <typename T> using Result = tl::expected<T, Error>;

using Status = tl::expected<void, Error>;

inline tl::unexpected<Error> fail(Error error)
{
    return tl::unexpected<Error>(std::move(error));
}

} // namespace artgen::core
