// Shared helpers for the vault tests.
#pragma once

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <string_view>

#include "crypto/encoding.h"
#include "crypto/hash.h"
#include "crypto/secret_buffer.h"
#include "vault/vault.h"

namespace amparo::vault::test {

namespace stdfs = std::filesystem;

inline stdfs::path temp_root() {
  const char* t = std::getenv("TMPDIR");
  return t != nullptr && *t != '\0' ? stdfs::path(t) : stdfs::temp_directory_path();
}

// A fresh private folder, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string tmpl = (temp_root() / "amparo-vault-test-XXXXXX").string();
    char* made = ::mkdtemp(tmpl.data());
    if (made == nullptr) throw std::runtime_error("mkdtemp");
    path_ = made;
  }
  ~TempDir() {
    std::error_code ec;
    stdfs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  [[nodiscard]] const stdfs::path& path() const { return path_; }
  [[nodiscard]] stdfs::path operator/(std::string_view s) const { return path_ / s; }

 private:
  stdfs::path path_;
};

inline crypto::SecretBuffer pass(std::string_view s) {
  return crypto::SecretBuffer::copy_of(s);
}

inline CreateOptions fast_options(DeviceSecretStore* device = nullptr) {
  CreateOptions o;
  o.kdf = crypto::KdfParams::interactive();  // the floor: 2 passes, 64 MiB
  o.device = device;
  return o;
}

inline NoteFields simple_note(std::string_view title, std::string_view narrative = {}) {
  NoteFields f;
  f.title = to_text(title);
  f.narrative = to_text(narrative);
  return f;
}

inline NoteFields full_note(std::string_view marker) {
  NoteFields f;
  f.title = to_text(std::string("Stop at the bus station ") + std::string(marker));
  f.when_start = to_text("2026-03-01T14:30");
  f.when_end = to_text("2026-03-01T16:05");
  f.time_zone = to_text("America/Chicago");
  f.where = to_text("Estación de autobuses, andén 4");
  f.agency = Agency::LocalPolice287g;
  f.agency_other = to_text("");
  f.officer_names = {to_text("Officer A. Pérez"), to_text("Deputy J. Smith")};
  f.badge_numbers = {to_text("4471"), to_text("C-22")};
  f.vehicles = {to_text("white SUV, plate ABC-123")};
  f.biometric_steps = kBiometricFacePhoto | kBiometricFingerprints;
  f.officer_device = to_text("phone app that scanned my face");
  f.consent_asked = Answer::No;
  f.status_asked = Answer::Yes;
  f.status_stated = Answer::DontKnow;
  f.reference_number = to_text("REF-2026-0042");
  f.held_duration = to_text("about 2 hours");
  f.what_was_said = to_text("They asked where I was born.");
  f.what_was_taken = to_text("Nothing");
  f.witnesses = to_text("Two people at the stop");
  f.injuries = to_text("None");
  f.narrative = to_text(std::string("Long narrative ") + std::string(marker) + " ñandú 東京");
  return f;
}

inline std::string read_all(const stdfs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline void write_all(const stdfs::path& p, std::string_view data) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out.write(data.data(), static_cast<std::streamsize>(data.size()));
}

// Every regular file under `dir` (relative path → content hash), for "nothing changed" checks.
inline std::map<std::string, std::string> snapshot(const stdfs::path& dir, std::string_view except = {}) {
  std::map<std::string, std::string> out;
  for (const auto& e : stdfs::recursive_directory_iterator(dir)) {
    if (!e.is_regular_file()) continue;
    const auto rel = stdfs::relative(e.path(), dir).string();
    if (!except.empty() && rel == except) continue;
    const auto content = read_all(e.path());
    out[rel] = crypto::to_hex(crypto::blake2b(as_bytes(content)));
  }
  return out;
}

inline std::size_t count_files(const stdfs::path& dir) {
  std::size_t n = 0;
  std::error_code ec;
  if (!stdfs::exists(dir, ec)) return 0;
  for (const auto& e : stdfs::directory_iterator(dir)) n += e.is_regular_file() ? 1 : 0;
  return n;
}

inline unsigned mode_of(const stdfs::path& p) {
  struct stat st {};
  ::lstat(p.c_str(), &st);
  return st.st_mode & 07777;
}

}  // namespace amparo::vault::test

namespace amparo::vault::test {
inline CaptureInput text_only(std::string_view text) {
  return CaptureInput{text, nullptr, {}, {}};
}
}  // namespace amparo::vault::test
