// libFuzzer target: organization card parsers (SR-21, SR-28): the org.card file form, the
// AMPARO-ORG1: text / QR payload form, and the binary payload decoder. Seeds: corpus/org_card/.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "crypto/init.h"
#include "exchange/card.h"

using namespace amparo;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool ready = crypto::initialize();
  if (!ready) return 0;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  constexpr std::uint64_t kNow = 1795000000;
  auto file = exchange::read_card_file(text, kNow);
  auto qr = exchange::read_card_text(text, kNow);
  auto payload = exchange::decode_card(ByteView(data, size));
  if (payload) {
    // Whatever decodes must re-encode to the same bytes (one value, one encoding).
    const Bytes again = exchange::encode_card(payload.value());
    if (again != Bytes(data, data + size)) __builtin_trap();
    (void)exchange::verify_card(payload.value(), kNow);
    (void)exchange::safety_number(payload.value());
  }
  if (file) (void)exchange::card_file(file.value());
  (void)qr;
  return 0;
}
