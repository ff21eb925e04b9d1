#include "vault/zeroizing.h"

#include <sodium.h>

namespace amparo::vault {

void secure_wipe(void* p, std::size_t n) noexcept {
  if (p != nullptr && n != 0) sodium_memzero(p, n);
}

}  // namespace amparo::vault
