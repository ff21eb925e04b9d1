// libFuzzer target: export bundle reader (SR-23, SR-24, SR-28). The first input byte picks the mode:
//   0: the rest is a whole .amparo file opened with a fixed organization key;
//   1: the rest is a plaintext record stream, sealed here to that key, so the fuzzer reaches the
//      record, manifest, signature and chain parsers behind the authenticated encryption.
// Seeds: corpus/bundle/ (made for the same fixed key: seeds "amparo fuzz org sign" / "... box").
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

#include "crypto/hash.h"
#include "crypto/init.h"
#include "crypto/random.h"
#include "crypto/sealed_box.h"
#include "crypto/stream.h"
#include "exchange/bundle.h"

using namespace amparo;

namespace {

const exchange::OrgKeys& keys() {
  static const exchange::OrgKeys k = [] {
    auto seed = crypto::SecretBuffer::copy_of(crypto::blake2b(as_bytes("amparo fuzz org sign")));
    auto box = crypto::SecretBuffer::copy_of(crypto::blake2b(as_bytes("amparo fuzz org box")));
    return exchange::OrgKeys{crypto::SigningKeyPair::from_seed(seed).value(),
                             crypto::BoxKeyPair::from_secret(std::move(box)).value()};
  }();
  return k;
}

std::string seal(ByteView plain) {
  auto key = crypto::random_secret(crypto::kStreamKeySize);
  Bytes header = {'A', 'M', 'P', 'A', 'R', 'O', 'B', '\n', 1, 0};
  append_bytes(header, keys().fingerprint());
  append_bytes(header, crypto::seal(keys().box.public_key, key.view()).value());
  auto enc = crypto::StreamEncryptor::start(key).value();
  append_bytes(header, enc.header());
  Bytes out = header;
  std::size_t off = 0;
  do {
    const std::size_t n = std::min(exchange::kBundleChunkSize, plain.size() - off);
    append_bytes(out, enc.push(plain.subspan(off, n), header, off + n == plain.size()));
    off += n;
  } while (off < plain.size());
  return std::string(out.begin(), out.end());
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const bool ready = crypto::initialize();
  if (!ready || size < 1 || size > (4u << 20)) return 0;
  const ByteView rest(data + 1, size - 1);
  std::istringstream in(data[0] == 1 ? seal(rest) : std::string(rest.begin(), rest.end()));
  auto opened = exchange::open_bundle(in, keys(), nullptr);
  (void)opened;
  return 0;
}
