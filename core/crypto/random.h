#pragma once

#include <cstddef>

#include "common/bytes.h"
#include "crypto/secret_buffer.h"

namespace amparo::crypto {

void random_fill(MutableByteView out) noexcept;
[[nodiscard]] Bytes random_bytes(std::size_t size);
[[nodiscard]] SecretBuffer random_secret(std::size_t size);
// Random lowercase hex id of `bytes` random bytes (file names, note ids).
[[nodiscard]] std::string random_id(std::size_t bytes = 16);

}  // namespace amparo::crypto
