// Which pack is in use: the built-in one (trusted with the binary) or a newer one installed at
// run time from a publisher the person pinned (SR-25), never an older one (SR-26).
// Persistence is pluggable: the app keeps the entries inside the vault / its settings; tools and
// tests use a directory or memory. Not thread-safe: one owner (the app's content service).
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"
#include "rights/container.h"
#include "rights/error.h"
#include "rights/pack.h"

namespace amparo::rights {

// Byte entries by key. Keys used: "state" (JSON: pins, rollback floors, installed ids) and
// "pack.<id>" (the signed pack file as received).
class PackStorage {
 public:
  virtual ~PackStorage() = default;
  [[nodiscard]] virtual RightsResult<std::optional<Bytes>> read(std::string_view key) = 0;
  // Replaces the entry atomically (all or nothing).
  [[nodiscard]] virtual RightsResult<void> write(std::string_view key, ByteView value) = 0;
  // Removing an absent entry succeeds.
  [[nodiscard]] virtual RightsResult<void> erase(std::string_view key) = 0;
};

class MemoryPackStorage final : public PackStorage {
 public:
  RightsResult<std::optional<Bytes>> read(std::string_view key) override;
  RightsResult<void> write(std::string_view key, ByteView value) override;
  RightsResult<void> erase(std::string_view key) override;
  bool fail_writes = false;  // tests: every write fails
  std::map<std::string, Bytes, std::less<>> entries;
};

// One file per key in `dir` (created 0700), written to a temporary file, fsynced and renamed.
class DirectoryPackStorage final : public PackStorage {
 public:
  explicit DirectoryPackStorage(std::filesystem::path dir) : dir_(std::move(dir)) {}
  RightsResult<std::optional<Bytes>> read(std::string_view key) override;
  RightsResult<void> write(std::string_view key, ByteView value) override;
  RightsResult<void> erase(std::string_view key) override;

 private:
  std::filesystem::path dir_;
};

enum class PackOrigin { BuiltIn, Installed };

class PackStore {
 public:
  // Loads pins, rollback floors and installed packs. A stored pack that no longer verifies
  // (damaged, publisher unpinned) or is older than the built-in is not used and listed in
  // dropped(). Errors: Storage (unreadable or malformed state: the caller falls back to the
  // built-in pack alone and must not install anything).
  [[nodiscard]] static RightsResult<PackStore> open(Pack builtin, PackStorage& storage);

  // The pack to show for the built-in pack's id (its jurisdiction), and where it came from.
  [[nodiscard]] const Pack& active() const;
  [[nodiscard]] PackOrigin active_origin() const;
  [[nodiscard]] const Pack& builtin() const noexcept { return builtin_; }
  // An installed pack of any id (other jurisdictions), if any.
  [[nodiscard]] const Pack* installed(std::string_view id) const;
  // Highest version ever accepted for `id` (0 if none); install needs a greater one.
  [[nodiscard]] std::uint64_t rollback_floor(std::string_view id) const;
  [[nodiscard]] const std::vector<RightsFailure>& dropped() const noexcept { return dropped_; }

  // Publishers the person trusts, after comparing the safety number (publisher_fingerprint).
  [[nodiscard]] const std::vector<Publisher>& publishers() const noexcept { return publishers_; }
  [[nodiscard]] RightsResult<void> pin_publisher(Publisher publisher);
  // Also stops using (and deletes) packs that publisher signed; rollback floors stay.
  [[nodiscard]] RightsResult<void> unpin_publisher(ByteView public_key);

  // SR-25: signature from a pinned publisher, checked before parsing. SR-26: version must be
  // greater than the rollback floor, the installed and the built-in version of the same id.
  // Persists, then switches. On any error nothing changes: the previous pack stays in use.
  [[nodiscard]] RightsResult<Pack> install(ByteView pack_file);
  // SR-26's one exception: stop using the installed pack for `id` (default: the built-in's id)
  // and show the built-in pack again. The rollback floor stays.
  [[nodiscard]] RightsResult<void> return_to_builtin(std::string_view id = {});

 private:
  PackStore(Pack builtin, PackStorage& storage) : builtin_(std::move(builtin)), storage_(&storage) {}
  [[nodiscard]] RightsResult<void> save_state(const std::vector<Publisher>& publishers,
                                              const std::map<std::string, std::uint64_t, std::less<>>& floors,
                                              const std::map<std::string, Pack, std::less<>>& installed);

  Pack builtin_;
  PackStorage* storage_;
  std::vector<Publisher> publishers_;
  std::map<std::string, std::uint64_t, std::less<>> floors_;
  std::map<std::string, Pack, std::less<>> installed_;
  std::vector<RightsFailure> dropped_;
};

}  // namespace amparo::rights
