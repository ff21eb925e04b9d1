#include "rights/builtin.h"

#include <cstddef>

namespace amparo::rights {

namespace generated {
// Defined in the generated builtin_pack_data.cpp (amparo-pack embed).
extern const unsigned char kBuiltinPack[];
extern const std::size_t kBuiltinPackSize;
extern const unsigned char kBuiltinPublicKey[32];
}  // namespace generated

ByteView builtin_pack_bytes() noexcept {
  return {generated::kBuiltinPack, generated::kBuiltinPackSize};
}
ByteView builtin_public_key() noexcept {
  return {generated::kBuiltinPublicKey, 32};
}

Publisher builtin_publisher() {
  const auto key = builtin_public_key();
  return Publisher{"Amparo (built in)", Bytes(key.begin(), key.end())};
}

RightsResult<Pack> load_builtin_pack() {
  return open_pack(builtin_pack_bytes(), {builtin_publisher()});
}

RightsResult<Pack> builtin_pack() {
  static const RightsResult<Pack> cached = load_builtin_pack();
  return cached;
}

}  // namespace amparo::rights
