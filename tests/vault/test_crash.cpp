// Crash safety: a writer killed with SIGKILL at random points never loses a committed note and
// never corrupts the vault (DESIGN.md §6). The full 200-kill loop runs in the CLI/e2e suite; this
// is the in-process version over the core API.
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <chrono>
#include <random>
#include <set>
#include <thread>

#include "crypto/random.h"
#include "helpers.h"

using namespace amparo;
using namespace amparo::vault;
using namespace amparo::vault::test;

namespace {

[[noreturn]] void writer(const stdfs::path& dir, int fd) {
  auto v = Vault::unlock(dir, pass("passphrase one"));
  if (!v) ::_exit(3);
  if (::write(fd, "R\n", 2) != 2) ::_exit(4);
  for (int i = 0;; ++i) {
    auto id = v->add_note(full_note("crash " + std::to_string(i)));
    if (!id) ::_exit(5);
    if (!v->update_note(*id, full_note("crash updated " + std::to_string(i)))) ::_exit(6);
    std::istringstream in(std::string(70000, 'c'));
    if (!v->add_attachment(*id, in, "c.bin", "application/octet-stream")) ::_exit(7);
    const std::string line = *id + "\n";  // reported only after all three commits returned
    if (::write(fd, line.data(), line.size()) != static_cast<ssize_t>(line.size())) ::_exit(8);
  }
}

}  // namespace

TEST_CASE("crash safety: a killed writer never loses a committed note or corrupts the vault", "[crash]") {
  TempDir tmp;
  const auto dir = tmp / "v";
  REQUIRE(Vault::create(dir, pass("passphrase one"), fast_options()));
  std::mt19937 rng(12345);
  std::set<std::string> committed;
  constexpr int kRounds = 10;
  for (int round = 0; round < kRounds; ++round) {
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
      ::close(fds[0]);
      writer(dir, fds[1]);
    }
    ::close(fds[1]);
    // Wait for "ready", then let it write for a random while and kill it mid-flight.
    std::string buf;
    char c = 0;
    while (buf != "R\n" && ::read(fds[0], &c, 1) == 1) buf += c;
    std::this_thread::sleep_for(
        std::chrono::microseconds(std::uniform_int_distribution<int>(0, 300000)(rng)));
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    CHECK((WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL));
    // Collect every id the writer reported as committed.
    buf.clear();
    while (::read(fds[0], &c, 1) == 1) {
      if (c == '\n') {
        if (buf.size() == 32) committed.insert(buf);
        buf.clear();
      } else {
        buf += c;
      }
    }
    ::close(fds[0]);
  }
  auto v = Vault::unlock(dir, pass("passphrase one"));
  REQUIRE(v);
  auto list = v->list_notes();
  REQUIRE(list);
  std::set<std::string> present;
  for (const auto& s : *list) present.insert(s.id);
  for (const auto& id : committed) {
    INFO(id);
    CHECK(present.count(id) == 1);
    auto n = v->get_note(id);
    REQUIRE(n);
    CHECK(n->revision_count == 2);
  }
  auto rep = v->verify();
  REQUIRE(rep);
  CHECK(rep->ok());
  INFO("committed " << committed.size() << " notes, present " << present.size());
  CHECK_FALSE(committed.empty());
  CHECK(present.size() >= committed.size());
}
