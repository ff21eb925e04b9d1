// SR-1 marker scan, data-key half: the real amparo-cli binary runs the journey (init, add with flags
// and JSON, capture while locked, attach, list/merge, show, verify, passwd) with TMPDIR set to a fresh
// folder; then every byte of the vault folder and of TMPDIR is searched for the marker and for the
// vault's data key (raw, hex and base64), obtained through the vault's test hook. After wipe, the
// marker and the key appear nowhere. (The plaintext-only scan in bash is marker_scan.sh.)
#include <fcntl.h>
#include <sodium.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "crypto/encoding.h"
#include "crypto/random.h"
#include "vault/testing.h"
#include "vault/vault.h"

using namespace amparo;
namespace fs = std::filesystem;

namespace {

struct Run {
  int rc = -1;
  std::string out;
  std::string err;
};

std::string slurp(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  return {std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>()};
}

// Runs amparo-cli with `args`; `fd3` goes to descriptor 3, `in` to standard input; stdout and stderr
// are captured through files in `io` (outside the scanned folders); TMPDIR is `tmpdir`.
Run run_cli(const std::vector<std::string>& args, const std::string& fd3, const std::string& in,
            const fs::path& io, const fs::path& tmpdir) {
  int p3[2], p0[2];
  REQUIRE(::pipe(p3) == 0);
  REQUIRE(::pipe(p0) == 0);
  const fs::path out = io / "stdout", err = io / "stderr";
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    ::dup2(p3[0], 3);
    ::dup2(p0[0], 0);
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(o, 1);
    ::dup2(e, 2);
    for (int fd : {p3[0], p3[1], p0[0], p0[1], o, e}) {
      if (fd > 3) ::close(fd);
    }
    ::setenv("TMPDIR", tmpdir.c_str(), 1);
    ::unsetenv("AMPARO_VAULT");
    std::vector<char*> argv;
    std::string exe = AMPARO_CLI_PATH;
    argv.push_back(exe.data());
    std::vector<std::string> copy = args;
    for (auto& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(exe.c_str(), argv.data());
    ::_exit(127);
  }
  ::close(p3[0]);
  ::close(p0[0]);
  // Small inputs: they fit the pipe buffers, so writing before waiting cannot block.
  REQUIRE(::write(p3[1], fd3.data(), fd3.size()) == static_cast<ssize_t>(fd3.size()));
  REQUIRE(::write(p0[1], in.data(), in.size()) == static_cast<ssize_t>(in.size()));
  ::close(p3[1]);
  ::close(p0[1]);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  Run r;
  r.rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  r.out = slurp(out);
  r.err = slurp(err);
  return r;
}

// Every occurrence of any needle in any file under `dirs`: "file: what".
std::vector<std::string> scan(const std::vector<fs::path>& dirs,
                              const std::vector<std::pair<std::string, std::string>>& needles) {
  std::vector<std::string> hits;
  for (const auto& d : dirs) {
    if (!fs::exists(d)) continue;
    for (const auto& e : fs::recursive_directory_iterator(d)) {
      if (!e.is_regular_file()) continue;
      const std::string data = slurp(e.path());
      for (const auto& [what, needle] : needles) {
        if (!needle.empty() && data.find(needle) != std::string::npos)
          hits.push_back(e.path().string() + ": " + what);
      }
    }
  }
  return hits;
}

}  // namespace

TEST_CASE("SR-1 marker scan after the CLI journey: no marker and no data key in the vault or TMPDIR") {
  char tmpl[] = "/tmp/amparo-sr1-XXXXXX";
  REQUIRE(::mkdtemp(tmpl) != nullptr);
  const fs::path base(tmpl);
  const fs::path tmpdir = base / "tmp", io = base / "io", in = base / "in", vault_dir = base / "vault";
  for (const auto& d : {tmpdir, io, in}) fs::create_directories(d);
  const std::string marker = "AMPAROSR1" + crypto::random_id(8);
  const std::string pass = "marker scan passphrase 1\n", pass2 = "marker scan passphrase 2\n";
  const std::string v = vault_dir.string();

  REQUIRE(
      run_cli({"init", "--vault", v, "--passphrase-fd", "3", "--kdf", "interactive"}, pass, "", io, tmpdir)
          .rc == 0);
  auto add = run_cli({"add", "--vault", v, "--passphrase-fd", "3", "--title", "t " + marker, "--narrative",
                      std::string(5000, 'n') + marker, "--witnesses", marker},
                     pass, "", io, tmpdir);
  REQUIRE(add.rc == 0);
  const std::string id = add.out.substr(0, 32);
  const std::string json = R"({"title":")" + marker + R"(","what_was_said":")" + marker + R"("})";
  REQUIRE(run_cli({"add", "--vault", v, "--passphrase-fd", "3", "--json", "-"}, pass, json, io, tmpdir).rc ==
          0);
  {
    std::ofstream f(in / "doc.txt", std::ios::binary);
    f << std::string(100000, 'x') << marker << std::string(100000, 'y');
  }
  REQUIRE(
      run_cli({"capture", "--vault", v, "--text", "captured " + marker, "--file", (in / "doc.txt").string()},
              "", "", io, tmpdir)
          .rc == 0);
  REQUIRE(run_cli({"attach", "--vault", v, "--passphrase-fd", "3", id, (in / "doc.txt").string()}, pass, "",
                  io, tmpdir)
              .rc == 0);
  auto list = run_cli({"list", "--vault", v, "--passphrase-fd", "3"}, pass, "", io, tmpdir);
  REQUIRE(list.rc == 0);
  CHECK(list.out.find(marker) != std::string::npos);  // the journey really stored it
  REQUIRE(run_cli({"show", "--vault", v, "--passphrase-fd", "3", "--json", id}, pass, "", io, tmpdir).rc ==
          0);
  REQUIRE(run_cli({"verify", "--vault", v, "--passphrase-fd", "3"}, pass, "", io, tmpdir).rc == 0);
  REQUIRE(run_cli({"passwd", "--vault", v, "--passphrase-fd", "3"}, pass + pass2, "", io, tmpdir).rc == 0);

  // The data key, through the vault's test hook (this process; nothing written).
  std::string key_raw;
  {
    REQUIRE(vault::initialize_sqlite());
    auto opened = vault::Vault::unlock(
        vault_dir, crypto::SecretBuffer::copy_of(std::string_view(pass2).substr(0, pass2.size() - 1)));
    REQUIRE(opened);
    const auto& key = vault::VaultTestAccess::data_key(*opened);
    REQUIRE(key.size() == 32);
    key_raw.assign(reinterpret_cast<const char*>(key.data()), key.size());
  }
  auto hex = crypto::to_hex(as_bytes(key_raw));
  auto upper = hex;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  const std::vector<std::pair<std::string, std::string>> needles = {
      {"marker", marker},
      {"data key (raw)", key_raw},
      {"data key (hex)", hex},
      {"data key (HEX)", upper},
      {"data key (base64)", crypto::to_base64(as_bytes(key_raw)).substr(0, 40)},
  };
  // Sanity: the scanner finds what it looks for.
  {
    std::ofstream probe(io / "probe", std::ios::binary);
    probe << "xx" << key_raw << "yy" << marker;
  }
  CHECK(scan({io}, needles).size() == 2);
  fs::remove(io / "probe");

  auto hits = scan({vault_dir, tmpdir}, needles);
  INFO("found on disk:\n"
       << [&] {
            std::string s;
            for (const auto& h : hits) s += h + "\n";
            return s;
          }());
  CHECK(hits.empty());
  CHECK(fs::is_empty(tmpdir));

  auto wipe = run_cli({"wipe", "--vault", v, "--passphrase-fd", "3", "--yes"}, pass2, "", io, tmpdir);
  REQUIRE(wipe.rc == 0);
  CHECK_FALSE(fs::exists(vault_dir));
  CHECK(scan({base / "vault", tmpdir}, needles).empty());
  CHECK(fs::is_empty(tmpdir));
  sodium_memzero(key_raw.data(), key_raw.size());
  fs::remove_all(base);
}
