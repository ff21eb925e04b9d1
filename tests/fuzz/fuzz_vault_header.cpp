// libFuzzer target: the vault header parser (SR-3, SR-28) and the canonical note decoder that
// every revision (and every export bundle's revision) goes through.
#include <cstddef>
#include <cstdint>
#include <cstdlib>

#include "vault/header.h"
#include "vault/note.h"

using namespace amparo;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const ByteView in(data, size);
  if (auto h = vault::parse_header(in)) {
    // Whatever parses must serialise back to the same bytes and stay in the accepted window.
    const Bytes again = h->serialize();
    if (again.size() != size || !std::equal(again.begin(), again.end(), data)) std::abort();
    if (!h->kdf.in_range()) std::abort();
  }
  if (auto r = vault::decode_revision(in)) {
    // Decoded revisions re-encode to exactly the input (one value, one encoding).
    auto enc = vault::encode_revision(*r);
    if (!enc || enc->size() != size || !std::equal(enc->begin(), enc->end(), data)) std::abort();
  }
  return 0;
}
