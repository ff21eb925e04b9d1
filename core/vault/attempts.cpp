#include "vault/attempts.h"

#include <algorithm>
#include <cstring>

#include "common/bytes.h"
#include "vault/fs.h"

namespace amparo::vault::attempts {

namespace {

constexpr char kMagic[4] = {'A', 'M', 'P', 'A'};
constexpr const char* kFileName = "attempts";

struct State {
  std::uint32_t failures = 0;
  std::int64_t last_ms = 0;
};

std::int64_t now_ms() {
  return std::chrono::duration_cast<std::chrono::milliseconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

State load(const std::filesystem::path& dir) {
  auto bytes = fs::read_file(dir / kFileName, kFileSize, VaultError::Io, "attempts");
  if (!bytes || bytes->size() != kFileSize || std::memcmp(bytes->data(), kMagic, 4) != 0) return {};
  return {read_u32le(bytes->data() + 4), static_cast<std::int64_t>(read_u64le(bytes->data() + 8))};
}

}  // namespace

std::chrono::milliseconds delay_for(std::uint32_t failures) {
  if (failures <= 1) return std::chrono::milliseconds(0);
  const std::uint32_t exp = std::min<std::uint32_t>(failures - 2, 5);  // 1,2,4,8,16,32→30
  const std::int64_t seconds = std::min<std::int64_t>(std::int64_t{1} << exp, 30);
  return std::chrono::milliseconds(seconds * 1000);
}

std::chrono::milliseconds required_delay(const std::filesystem::path& dir) {
  const State s = load(dir);
  if (s.failures == 0) return std::chrono::milliseconds(0);
  const std::int64_t until = s.last_ms + delay_for(s.failures).count();
  const std::int64_t now = now_ms();
  // A clock set backwards must not lock the person out for long: cap at the nominal delay.
  const std::int64_t left = std::clamp<std::int64_t>(until - now, 0, delay_for(s.failures).count());
  return std::chrono::milliseconds(left);
}

VaultResult<void> record_failure(const std::filesystem::path& dir) {
  State s = load(dir);
  if (s.failures < 1000000) ++s.failures;
  s.last_ms = now_ms();
  Bytes out(kMagic, kMagic + 4);
  append_u32le(out, s.failures);
  append_u64le(out, static_cast<std::uint64_t>(s.last_ms));
  return fs::write_file_atomic(dir / kFileName, out, "attempts");
}

VaultResult<void> reset(const std::filesystem::path& dir) {
  if (!fs::exists(dir / kFileName)) return {};
  std::error_code ec;
  std::filesystem::remove(dir / kFileName, ec);
  if (ec) return make_error(VaultError::Io, "attempts: " + ec.message());
  return {};
}

}  // namespace amparo::vault::attempts
