// amparo-pack: content pack tool. Shape kept stable for scripts:
//   amparo-pack keygen --out DIR
//   amparo-pack build SRC_DIR --key SECRET --out PACK
//   amparo-pack verify PACK --pubkey PUB [--newer-than VERSION]
//   amparo-pack lint SRC_DIR
//   amparo-pack embed SRC_DIR --out-cpp FILE --out-pack PACK --out-pub PUB   (build system only)
// Exit status: 0 success, 1 a pack/key/lint error (one line "amparo-pack: <Code>: <detail>"), 2 usage.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "crypto/init.h"
#include "crypto/secret_buffer.h"
#include "crypto/signature.h"
#include "rights/container.h"
#include "rights/error.h"
#include "rights/keyfile.h"
#include "rights/lint.h"
#include "rights/pack.h"
#include "rights/source.h"

namespace fs = std::filesystem;
using namespace amparo;
using namespace amparo::rights;

namespace {

constexpr int kExitError = 1;
constexpr int kExitUsage = 2;

int usage() {
  std::cerr << "usage:\n"
               "  amparo-pack keygen --out DIR\n"
               "  amparo-pack build SRC_DIR --key SECRET --out PACK\n"
               "  amparo-pack verify PACK --pubkey PUB [--newer-than VERSION]\n"
               "  amparo-pack lint SRC_DIR\n";
  return kExitUsage;
}

int fail(const RightsFailure& f) {
  std::cerr << "amparo-pack: " << code_name(f.code) << ": "
            << (f.detail.empty() ? describe(f.code) : f.detail) << "\n";
  return kExitError;
}

// One positional argument and --name value options.
struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;
};

std::optional<Args> parse_args(int argc, char** argv, int first,
                               std::initializer_list<std::string_view> known) {
  Args a;
  for (int i = first; i < argc; ++i) {
    std::string_view s = argv[i];
    if (s.rfind("--", 0) == 0) {
      if (std::find(known.begin(), known.end(), s) == known.end() || i + 1 >= argc) {
        std::cerr << "amparo-pack: unknown option or missing value: " << s << "\n";
        return std::nullopt;
      }
      a.options[std::string(s)] = argv[++i];
    } else {
      a.positional.emplace_back(s);
    }
  }
  return a;
}

RightsResult<Bytes> read_file(const fs::path& p, std::size_t max) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return make_error(RightsError::Io, p.string() + ": cannot read");
  in.seekg(0, std::ios::end);
  const auto size = static_cast<std::size_t>(in.tellg());
  if (size > max)
    return make_error(RightsError::TooLarge, p.string() + ": " + std::to_string(size) + " bytes");
  in.seekg(0);
  Bytes data(size);
  in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(size));
  if (!in) return make_error(RightsError::Io, p.string() + ": read failed");
  return data;
}

// Reads a secret file straight into guarded memory.
RightsResult<crypto::SecretBuffer> read_secret_file(const fs::path& p) {
  const int fd = ::open(p.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return make_error(RightsError::Io, p.string() + ": cannot read");
  struct stat st {};
  if (::fstat(fd, &st) != 0 || st.st_size <= 0 || st.st_size > 4096) {
    ::close(fd);
    return make_error(RightsError::BadKey, p.string() + ": not a key file");
  }
  crypto::SecretBuffer buf(static_cast<std::size_t>(st.st_size));
  std::size_t done = 0;
  while (done < buf.size()) {
    const ssize_t n = ::read(fd, buf.data() + done, buf.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  ::close(fd);
  if (done != buf.size()) return make_error(RightsError::Io, p.string() + ": read failed");
  return buf;
}

// Writes with O_EXCL (never overwrites) and the given mode.
RightsResult<void> write_new_file(const fs::path& p, ByteView data, mode_t mode, bool exclusive) {
  const int flags = O_WRONLY | O_CREAT | O_CLOEXEC | (exclusive ? O_EXCL : O_TRUNC);
  const int fd = ::open(p.c_str(), flags, mode);
  if (fd < 0) {
    return make_error(RightsError::Io,
                      p.string() + (errno == EEXIST ? ": already exists" : ": cannot create"));
  }
  std::size_t done = 0;
  while (done < data.size()) {
    const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    done += static_cast<std::size_t>(n);
  }
  const bool ok = done == data.size() && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) return make_error(RightsError::Io, p.string() + ": write failed");
  return {};
}

void print_lint(const LintReport& r) {
  for (const auto& w : r.warnings) std::cout << "warning: " << w << "\n";
  for (const auto& e : r.errors) std::cout << "error: " << e << "\n";
  for (const auto& s : r.summary) std::cout << s << "\n";
}

int cmd_keygen(int argc, char** argv) {
  const auto a = parse_args(argc, argv, 2, {"--out"});
  if (!a || !a->positional.empty() || !a->options.count("--out")) return usage();
  const fs::path dir = a->options.at("--out");
  std::error_code ec;
  if (!fs::exists(dir, ec)) {
    fs::create_directories(dir, ec);
    if (ec) return fail(make_error(RightsError::Io, dir.string() + ": cannot create"));
    fs::permissions(dir, fs::perms::owner_all, ec);  // 0700: it will hold the secret key
  }
  const auto kp = crypto::SigningKeyPair::generate();
  const auto secret = format_secret_key_file(kp);
  if (auto r = write_new_file(dir / "publisher.secret", secret.view(), 0600, true); !r)
    return fail(r.error());
  const std::string pub = format_public_key_file(kp.public_key);
  if (auto r = write_new_file(dir / "publisher.pub", as_bytes(pub), 0644, true); !r) return fail(r.error());
  std::cout << "wrote " << (dir / "publisher.secret").string() << " (secret, mode 0600: keep it offline)\n"
            << "wrote " << (dir / "publisher.pub").string() << "\n"
            << "fingerprint: " << publisher_fingerprint(kp.public_key) << "\n";
  return 0;
}

RightsResult<std::string> checked_payload(const fs::path& src) {
  AMPARO_TRY(const auto source, read_source_folder(src));
  const LintReport report = lint_payload(source.payload);
  if (!report.ok()) {
    print_lint(report);
    return make_error(RightsError::LintFailed,
                      std::to_string(report.errors.size()) + " lint error(s) in " + src.string());
  }
  return source.payload;
}

int cmd_build(int argc, char** argv) {
  const auto a = parse_args(argc, argv, 2, {"--key", "--out"});
  if (!a || a->positional.size() != 1 || !a->options.count("--key") || !a->options.count("--out"))
    return usage();
  auto secret_text = read_secret_file(a->options.at("--key"));
  if (!secret_text) return fail(secret_text.error());
  auto kp = parse_secret_key_file(*secret_text);
  if (!kp) return fail(kp.error());
  auto payload = checked_payload(a->positional[0]);
  if (!payload) return fail(payload.error());
  auto pack = parse_pack_payload(*payload, kp->public_key);
  if (!pack) return fail(pack.error());
  auto sealed = seal_pack(*payload, kp->secret_key);
  if (!sealed) return fail(sealed.error());
  if (auto r = write_new_file(a->options.at("--out"), *sealed, 0644, false); !r) return fail(r.error());
  std::cout << "built " << a->options.at("--out") << ": " << pack->id() << " version " << pack->version()
            << ", " << sealed->size() << " bytes, fingerprint " << publisher_fingerprint(kp->public_key)
            << "\n";
  return 0;
}

int cmd_verify(int argc, char** argv) {
  const auto a = parse_args(argc, argv, 2, {"--pubkey", "--newer-than"});
  if (!a || a->positional.size() != 1 || !a->options.count("--pubkey")) return usage();
  std::optional<std::uint64_t> newer_than;
  if (a->options.count("--newer-than")) {
    const std::string& v = a->options.at("--newer-than");
    if (v.empty() || v.size() > 15 || v.find_first_not_of("0123456789") != std::string::npos) return usage();
    newer_than = std::stoull(v);
  }
  auto pub_text = read_file(a->options.at("--pubkey"), 4096);
  if (!pub_text) return fail(pub_text.error());
  auto pub = parse_public_key_file(as_chars(*pub_text));
  if (!pub) return fail(pub.error());
  auto file = read_file(a->positional[0], PackLimits::kMaxPackBytes);
  if (!file) return fail(file.error());
  auto pack = open_pack(*file, {Publisher{"publisher", *pub}});
  if (!pack) return fail(pack.error());
  if (newer_than && pack->version() <= *newer_than) {
    return fail(make_error(RightsError::Rollback, "version " + std::to_string(pack->version()) +
                                                      " is not newer than " + std::to_string(*newer_than)));
  }
  const Manifest& m = pack->manifest();
  std::cout << "id: " << m.id << "\njurisdiction: " << m.jurisdiction << "\nversion: " << m.version
            << "\npublished: " << m.published
            << (pack->older_than_12_months(Date::today_utc()) ? " (older than 12 months)" : "")
            << "\npublisher: " << m.publisher << "\nlanguages:";
  for (std::size_t i = 0; i < m.languages.size(); ++i) {
    std::cout << (i ? ", " : " ") << m.languages[i].code << " (" << to_string(m.languages[i].state) << ")";
  }
  std::cout << "\ncards: " << m.cards.size() << "\nfingerprint: " << pack->fingerprint()
            << "\nsignature: OK\n";
  return 0;
}

int cmd_lint(int argc, char** argv) {
  const auto a = parse_args(argc, argv, 2, {});
  if (!a || a->positional.size() != 1) return usage();
  const LintReport r = lint_source_folder(a->positional[0]);
  print_lint(r);
  if (!r.ok()) {
    std::cerr << "amparo-pack: LintFailed: " << r.errors.size() << " error(s) in " << a->positional[0]
              << "\n";
    return kExitError;
  }
  return 0;
}

// Build-system only: sign with a key that exists only in this process, write the pack, its public
// key and a .cpp embedding both.
int cmd_embed(int argc, char** argv) {
  const auto a = parse_args(argc, argv, 2, {"--out-cpp", "--out-pack", "--out-pub"});
  if (!a || a->positional.size() != 1 || a->options.size() != 3) return usage();
  auto payload = checked_payload(a->positional[0]);
  if (!payload) return fail(payload.error());
  const auto kp = crypto::SigningKeyPair::generate();
  auto sealed = seal_pack(*payload, kp.secret_key);
  if (!sealed) return fail(sealed.error());
  auto check = open_pack(*sealed, {Publisher{"build", kp.public_key}});
  if (!check) return fail(check.error());
  std::ostringstream cpp;
  cpp << "// Generated by amparo-pack embed from " << fs::path(a->positional[0]).filename().string()
      << ". Do not edit.\n#include <cstddef>\n\nnamespace amparo::rights::generated {\n\n"
      << "extern const unsigned char kBuiltinPublicKey[32];\nconst unsigned char kBuiltinPublicKey[32] = {";
  for (std::size_t i = 0; i < kp.public_key.size(); ++i) cpp << (i ? "," : "") << unsigned{kp.public_key[i]};
  cpp << "};\n\nextern const std::size_t kBuiltinPackSize;\nconst std::size_t kBuiltinPackSize = "
      << sealed->size()
      << ";\n\nextern const unsigned char kBuiltinPack[];\nconst unsigned char kBuiltinPack[] = {\n";
  for (std::size_t i = 0; i < sealed->size(); ++i) {
    cpp << unsigned{(*sealed)[i]} << ",";
    if (i % 24 == 23) cpp << "\n";
  }
  cpp << "\n};\n\n}  // namespace amparo::rights::generated\n";
  const std::string text = cpp.str();
  if (auto r = write_new_file(a->options.at("--out-cpp"), as_bytes(text), 0644, false); !r)
    return fail(r.error());
  if (auto r = write_new_file(a->options.at("--out-pack"), *sealed, 0644, false); !r) return fail(r.error());
  const std::string pub = format_public_key_file(kp.public_key);
  if (auto r = write_new_file(a->options.at("--out-pub"), as_bytes(pub), 0644, false); !r)
    return fail(r.error());
  std::cout << "embedded " << check->id() << " version " << check->version() << " (" << sealed->size()
            << " bytes), build key " << publisher_fingerprint(kp.public_key) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (!crypto::initialize()) {
    std::cerr << "amparo-pack: crypto self-test failed\n";
    return kExitError;
  }
  if (argc < 2) return usage();
  const std::string_view cmd = argv[1];
  if (cmd == "keygen") return cmd_keygen(argc, argv);
  if (cmd == "build") return cmd_build(argc, argv);
  if (cmd == "verify") return cmd_verify(argc, argv);
  if (cmd == "lint") return cmd_lint(argc, argv);
  if (cmd == "embed") return cmd_embed(argc, argv);
  return usage();
}
