// bench_rights: content pack figures for scripts/bench (issue 4):
//   - load + verify the built-in pack (signature check, canonical JSON parse, validation, search
//     index), target well under 50 ms; baseline: BLAKE2b over the same bytes;
//   - search latency over every card in every language, p50/p99 of many queries, target p99 < 10 ms;
//     baseline: one std::string::find over the raw pack bytes per query.
// Usage: bench_rights [--quick]
#include <time.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "bench_table.h"
#include "crypto/hash.h"
#include "crypto/init.h"
#include "rights/builtin.h"
#include "rights/pack.h"

using namespace amparo;
using Clock = std::chrono::steady_clock;

namespace {

using amparo::bench::fmt;
using amparo::bench::percentile;
using amparo::bench::print_table;
using amparo::bench::Row;

double ms_since(Clock::time_point t0) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

// CPU time of this thread: excludes time the scheduler gave to other processes, so p99 on a busy
// machine shows the work itself.
double thread_cpu_ms() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

// Queries drawn from the pack itself (words of titles and say lines in every language, some
// two-word queries, some 2-character substrings for scripts without spaces) plus misses.
std::vector<std::string> queries(const rights::Pack& pack) {
  std::vector<std::string> out;
  for (const auto& code : pack.language_codes()) {
    const auto* texts = pack.texts(code);
    for (const auto& [id, line] : texts->say_lines) {
      out.emplace_back(std::string(line.substr(0, std::min<std::size_t>(line.size(), 9))));
    }
    for (const auto& [id, card] : texts->cards) {
      std::string_view t = card.title;
      const auto sp = t.find(' ');
      out.emplace_back(t.substr(0, sp == std::string_view::npos ? std::min<std::size_t>(6, t.size()) : sp));
      const auto sp2 = t.find(' ', sp == std::string_view::npos ? t.size() : sp + 1);
      if (sp != std::string_view::npos && sp2 != std::string_view::npos) out.emplace_back(t.substr(0, sp2));
    }
  }
  for (const char* miss : {"zzqx", "xylophone", "сатурн", "宇宙飞船", "detengase", "SILENT lawyer"})
    out.emplace_back(miss);
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const bool quick = argc > 1 && std::string_view(argv[1]) == "--quick";
  if (!crypto::initialize()) return 1;
  const int loads = quick ? 20 : 200;
  const int rounds = quick ? 2 : 20;

  std::printf("## content packs (bench_rights)\n");
  const auto bytes = rights::builtin_pack_bytes();
  std::vector<double> load_ms, hash_ms;
  for (int i = 0; i < loads; ++i) {
    auto t0 = Clock::now();
    auto pack = rights::load_builtin_pack();
    load_ms.push_back(ms_since(t0));
    if (!pack) {
      std::fprintf(stderr, "bench_rights: built-in pack does not load: %s\n",
                   rights::to_string(pack.error()).c_str());
      return 1;
    }
    t0 = Clock::now();
    const auto h = crypto::blake2b(bytes);
    hash_ms.push_back(ms_since(t0));
    if (h.empty()) return 1;
  }
  auto pack = rights::load_builtin_pack();
  if (!pack) return 1;
  const auto qs = queries(*pack);
  const std::string raw(as_chars(bytes));
  std::vector<double> search_ms, search_cpu_ms, scan_ms;
  std::size_t hits = 0;
  for (int r = 0; r < rounds; ++r) {
    for (const auto& code : pack->language_codes()) {
      for (const auto& q : qs) {
        const double c0 = thread_cpu_ms();
        auto t0 = Clock::now();
        hits += pack->search(q, code).size();
        search_ms.push_back(ms_since(t0));
        search_cpu_ms.push_back(thread_cpu_ms() - c0);
        t0 = Clock::now();
        hits += raw.find(q) == std::string::npos ? 0 : 1;
        scan_ms.push_back(ms_since(t0));
      }
    }
  }
  std::size_t cards = pack->manifest().cards.size();
  std::vector<Row> rows;
  const double load50 = percentile(load_ms, 0.5), hash50 = percentile(hash_ms, 0.5);
  rows.push_back({"load + verify built-in pack, median of " + std::to_string(loads), fmt("%.2f ms", load50),
                  "BLAKE2b of its bytes: " + fmt("%.3f ms", hash50),
                  fmt("%.0fx", load50 / std::max(hash50, 1e-6)), "< 50 ms"});
  const double load99 = percentile(load_ms, 0.99);
  rows.push_back({"load + verify built-in pack, p99", fmt("%.2f ms", load99), "", "", "< 50 ms"});
  const double s50 = percentile(search_ms, 0.5), s99 = percentile(search_ms, 0.99);
  const double f50 = percentile(scan_ms, 0.5), f99 = percentile(scan_ms, 0.99);
  rows.push_back({"search p50 (" + std::to_string(search_ms.size()) + " queries)", fmt("%.3f ms", s50),
                  "find() in raw pack: " + fmt("%.3f ms", f50), fmt("%.0fx", s50 / std::max(f50, 1e-6)), ""});
  rows.push_back({"search p99", fmt("%.3f ms", s99), "find() in raw pack: " + fmt("%.3f ms", f99),
                  fmt("%.0fx", s99 / std::max(f99, 1e-6)), "< 10 ms"});
  const double c99 = percentile(search_cpu_ms, 0.99);
  rows.push_back({"search p99, thread CPU time", fmt("%.3f ms", c99), "", "", "< 10 ms"});
  std::printf("built-in pack: %zu bytes, %zu cards, %zu languages; %zu search results in all\n\n",
              bytes.size(), cards, pack->language_codes().size(), hits);
  print_table(rows);
  const bool ok = load50 < 50.0 && s99 < 10.0;
  std::printf("\n%s\n", ok ? "targets met" : "TARGET MISSED");
  return ok ? 0 : 1;
}
