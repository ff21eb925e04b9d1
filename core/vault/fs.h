// Small POSIX file helpers for the vault (internal): private modes (SR-1), atomic replace
// (write temp → fsync → rename → fsync dir), bounded reads (SR-28), best-effort shredding.
#pragma once

#include <filesystem>
#include <string_view>

#include "common/bytes.h"
#include "vault/error.h"

namespace amparo::vault::fs {

namespace stdfs = std::filesystem;

[[nodiscard]] VaultResult<void> make_private_dir(const stdfs::path& dir);  // mkdir 0700 (exists ok)
[[nodiscard]] VaultResult<void> fsync_dir(const stdfs::path& dir);
[[nodiscard]] VaultResult<void> fsync_file(const stdfs::path& file);
// Reads a whole file, refusing anything larger than `max_size` before allocating.
// Errors: NotFound when missing, `too_large` code when over the cap, Io otherwise.
[[nodiscard]] VaultResult<Bytes> read_file(const stdfs::path& file, std::size_t max_size,
                                           VaultError too_large, std::string_view what);
// Reads at most the first `n` bytes of a file (fewer if it is shorter).
[[nodiscard]] VaultResult<Bytes> read_prefix(const stdfs::path& file, std::size_t n, std::string_view what);
// Writes `data` to a fresh 0600 temp file in the same folder, fsyncs, renames over `file` and
// fsyncs the folder. A crash leaves either the old or the new file, never a mix.
[[nodiscard]] VaultResult<void> write_file_atomic(const stdfs::path& file, ByteView data,
                                                  std::string_view what);
// Creates a new, empty file with mode 0600 (fails if it exists).
[[nodiscard]] VaultResult<void> create_private_file(const stdfs::path& file, std::string_view what);
// Overwrites a file's bytes with random data (fsync), then unlinks it. Missing is fine.
[[nodiscard]] VaultResult<void> shred(const stdfs::path& file);
[[nodiscard]] bool exists(const stdfs::path& p);
[[nodiscard]] std::string errno_text(int err);

}  // namespace amparo::vault::fs
