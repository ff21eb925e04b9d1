// The intake side's register of vault signing keys seen in opened bundles (SR-24 continuity):
// a text file in the organization's key folder ("senders.txt"), one line per sender:
//   <sender public key, 64 hex> <first bundle id, 32 hex> <first seen, Unix seconds> <bundles opened>
#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "common/bytes.h"
#include "exchange/error.h"

namespace amparo::exchange {

struct SenderEntry {
  Bytes public_key;       // 32 bytes
  Bytes first_bundle_id;  // 16 bytes
  std::uint64_t first_seen = 0;
  std::uint64_t count = 0;
};

class SenderRegister {
 public:
  static constexpr std::size_t kMaxBytes = 1 << 20;
  static constexpr std::size_t kMaxEntries = 10000;
  [[nodiscard]] static ExchangeResult<SenderRegister> load(
      const std::filesystem::path& file);  // missing = empty
  [[nodiscard]] std::optional<SenderEntry> find(ByteView public_key) const;
  // Records a successfully opened bundle (no-op for a bundle id already recorded as first).
  void record(ByteView public_key, ByteView bundle_id, std::uint64_t now);
  // Atomic replace (temporary file + rename), mode 0600.
  [[nodiscard]] ExchangeResult<void> save() const;
  // "same sender as bundle <id> (N earlier bundles)" or "new sender".
  [[nodiscard]] std::string describe_sender(ByteView public_key) const;
  [[nodiscard]] const std::vector<SenderEntry>& entries() const noexcept { return entries_; }

 private:
  std::filesystem::path file_;
  std::vector<SenderEntry> entries_;
};

}  // namespace amparo::exchange
