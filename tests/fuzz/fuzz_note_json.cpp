// libFuzzer target: the CLI's JSON note parser (core/vault/note_json.cpp, SR-28). Anything that
// parses must also serialise and parse back to the same fields.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "vault/note_json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace amparo::vault;
  auto fields = note_from_json(amparo::ByteView(data, size));
  if (!fields) return 0;
  const auto json = note_to_json(*fields);
  auto again = note_from_json(amparo::as_bytes(view(json)));
  if (!again || !(*again == *fields)) std::abort();
  return 0;
}
