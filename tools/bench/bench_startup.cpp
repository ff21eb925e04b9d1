// bench_startup: cold start of the app (ui/amparo) to the first frame of the encounter card, and the
// app's peak memory, each against an empty Qt Quick window started the same way
// (tools/bench/empty_window_baseline). See docs/bench.md "App start and memory".
//
// Every run is a new process with a fresh profile (HOME, XDG_* and TMPDIR in a new folder: no
// settings, no vault), QT_QPA_PLATFORM=offscreen and AMPARO_NO_KEYSTORE=1. Both programs end the
// same way: after their second swapped frame they grab the window and write it to a PNG file.
//   first frame: from just before posix_spawn to the moment the PNG file is created (inotify
//                IN_CREATE, seen by this process): exec, dynamic linking, Qt and QML start-up,
//                the app's services, the first complete frame and the grab.
//   exit:        from just before posix_spawn to the child's exit (adds the PNG encoding and the
//                teardown).
//   peak memory: ru_maxrss of the child, from wait4 (that process only).
// App and baseline runs alternate (the order flips every round) after one unmeasured warm-up each.
//
// Usage: bench_startup [--quick] [--runs N]   (run from a work folder on disk: scripts/bench)
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/inotify.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "bench_table.h"

extern char** environ;

namespace {

using amparo::bench::fmt;
using amparo::bench::percentile;
using amparo::bench::print_table;
using amparo::bench::Row;

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

struct Run {
  double first_frame_ms = -1;  // -1: no PNG created
  double exit_ms = 0;
  double max_rss_mb = 0;  // 10^6 bytes
  bool ok = false;
};

double ms_since(Clock::time_point t0, Clock::time_point t1) {
  return std::chrono::duration<double, std::milli>(t1 - t0).count();
}

// A fresh profile folder for one run: nothing from an earlier run (settings, vault) is visible.
std::vector<std::string> fresh_env(const fs::path& home) {
  for (const char* sub : {"config", "data", "cache", "run", "tmp"}) fs::create_directories(home / sub);
  fs::permissions(home / "run", fs::perms::owner_all, fs::perm_options::replace);
  const std::vector<std::pair<std::string, std::string>> set = {
      {"HOME", home.string()},
      {"AMPARO_TEST_HOME", home.string()},
      {"XDG_CONFIG_HOME", (home / "config").string()},
      {"XDG_DATA_HOME", (home / "data").string()},
      {"XDG_CACHE_HOME", (home / "cache").string()},
      {"XDG_RUNTIME_DIR", (home / "run").string()},
      {"TMPDIR", (home / "tmp").string()},
      {"QT_QPA_PLATFORM", "offscreen"},
      {"AMPARO_NO_KEYSTORE", "1"}};
  std::vector<std::string> env;
  for (char** e = environ; *e; ++e) {
    const std::string_view kv(*e);
    const auto name = kv.substr(0, kv.find('='));
    if (std::none_of(set.begin(), set.end(), [&](const auto& p) { return p.first == name; }))
      env.emplace_back(kv);
  }
  for (const auto& [k, v] : set) env.push_back(k + "=" + v);
  return env;
}

std::vector<char*> c_array(std::vector<std::string>& v) {
  std::vector<char*> out;
  for (auto& s : v) out.push_back(s.data());
  out.push_back(nullptr);
  return out;
}

// Runs `args` in a fresh profile under `dir`, watching `dir` for `png` to appear (an empty `png`:
// only the exit status counts).
Run run_once(const fs::path& dir, std::vector<std::string> args, const std::string& png) {
  Run r;
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto env = fresh_env(dir / "home-run");
  const std::string log = (dir / "output.log").string();
  const int in = inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
  if (in < 0 || inotify_add_watch(in, dir.c_str(), IN_CREATE) < 0) {
    std::perror("bench_startup: inotify");
    std::exit(1);
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
  posix_spawn_file_actions_adddup2(&actions, 1, 2);
  auto argv = c_array(args);
  auto envp = c_array(env);
  pid_t pid = 0;
  const auto t0 = Clock::now();
  const int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), envp.data());
  posix_spawn_file_actions_destroy(&actions);
  if (rc != 0) {
    std::fprintf(stderr, "bench_startup: cannot start %s: %s\n", argv[0], std::strerror(rc));
    std::exit(1);
  }
  // Through syscall(2): glibc 2.36's <sys/pidfd.h> lacks extern "C" for C++.
  const int pfd = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  if (pfd < 0) {
    std::perror("bench_startup: pidfd_open");
    std::exit(1);
  }
  bool exited = false;
  while (!exited) {
    pollfd fds[2] = {{in, POLLIN, 0}, {pfd, POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) continue;
    const auto now = Clock::now();
    if (fds[0].revents & POLLIN) {
      alignas(inotify_event) char buf[4096];
      ssize_t n = 0;
      while ((n = read(in, buf, sizeof buf)) > 0) {
        for (char* p = buf; p < buf + n;) {
          const auto* ev = reinterpret_cast<const inotify_event*>(p);
          if (ev->len > 0 && !png.empty() && png == ev->name && r.first_frame_ms < 0)
            r.first_frame_ms = ms_since(t0, now);
          p += sizeof(inotify_event) + ev->len;
        }
      }
    }
    if (fds[1].revents & POLLIN) exited = true;
  }
  int status = 0;
  rusage ru{};
  wait4(pid, &status, 0, &ru);
  r.exit_ms = ms_since(t0, Clock::now());
  close(pfd);
  close(in);
  r.max_rss_mb = static_cast<double>(ru.ru_maxrss) * 1024.0 / 1e6;  // ru_maxrss is in KiB
  r.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0 && (png.empty() || r.first_frame_ms >= 0);
  if (!r.ok) {
    std::fprintf(stderr, "bench_startup: %s failed (status %d); its output (%s):\n", argv[0], status,
                 log.c_str());
    if (FILE* f = std::fopen(log.c_str(), "r")) {
      char line[512];
      while (std::fgets(line, sizeof line, f)) std::fputs(line, stderr);
      std::fclose(f);
    }
  }
  return r;
}

std::vector<double> field(const std::vector<Run>& runs, double Run::*f) {
  std::vector<double> out;
  for (const auto& r : runs) out.push_back(r.*f);
  return out;
}

fs::path locate(const char* env, const fs::path& relative) {
  if (const char* v = std::getenv(env); v && *v) return v;
  return fs::path(AMPARO_BENCH_BUILD_DIR) / relative;
}

}  // namespace

int main(int argc, char** argv) {
  int runs = 15;
  int journeys = 3;
  for (int i = 1; i < argc; ++i) {
    const std::string_view a(argv[i]);
    if (a == "--quick") {
      runs = 3;
      journeys = 1;
    } else if (a == "--runs" && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    }
  }
  const fs::path app = locate("AMPARO_BENCH_APP", "ui/amparo");
  const fs::path baseline = locate("AMPARO_BENCH_BASELINE", "tools/bench/empty_window_baseline");
  const fs::path e2e = locate("AMPARO_BENCH_E2E", "tests/e2e/test_e2e");
  for (const auto& p : {app, baseline}) {
    if (!fs::exists(p)) {
      std::fprintf(stderr, "bench_startup: %s is missing (build it with AMPARO_BUILD_UI=ON)\n", p.c_str());
      return 1;
    }
  }
  const fs::path work = fs::absolute("startup");
  fs::create_directories(work);

  std::printf("## app start and memory (bench_startup)\n");
  const auto app_run = [&] {
    return run_once(work / "app",
                    {app.string(), "--screen", "encounter", "--lang", "en", "--screenshot",
                     (work / "app" / "frame.png").string()},
                    "frame.png");
  };
  const auto controls_run = [&] {
    return run_once(work / "controls",
                    {baseline.string(), "--controls", (work / "controls" / "frame.png").string()},
                    "frame.png");
  };
  const auto text_run = [&] {
    return run_once(work / "text", {baseline.string(), "--text", (work / "text" / "frame.png").string()},
                    "frame.png");
  };
  const auto base_run = [&] {
    return run_once(work / "base", {baseline.string(), (work / "base" / "frame.png").string()}, "frame.png");
  };
  // warm-up (page cache), not counted
  bool ok = app_run().ok && base_run().ok && controls_run().ok && text_run().ok;
  std::vector<Run> a, b, c, t;
  for (int i = 0; i < runs && ok; ++i) {
    if (i % 2 == 0) {
      a.push_back(app_run());
      b.push_back(base_run());
    } else {
      b.push_back(base_run());
      a.push_back(app_run());
    }
    c.push_back(controls_run());
    t.push_back(text_run());
    ok = a.back().ok && b.back().ok && c.back().ok && t.back().ok;
  }
  if (!ok) return 1;

  // Peak memory on each screen the app can open straight away (fresh profile, no vault).
  double screen_peak = 0;
  std::string screen_peak_name;
  for (const char* screen : {"home", "encounter", "guide", "notes", "settings"}) {
    const Run r = run_once(work / "screen",
                           {app.string(), "--screen", screen, "--lang", "en", "--screenshot",
                            (work / "screen" / "frame.png").string()},
                           "frame.png");
    if (!r.ok) return 1;
    if (r.max_rss_mb > screen_peak) {
      screen_peak = r.max_rss_mb;
      screen_peak_name = screen;
    }
  }

  // Peak memory on the main journey: the e2e test (tests/e2e), which runs the real app (same
  // AppBootstrap) in one process from first start to history, in English.
  std::optional<double> journey_peak;
  double journey_ms = 0;
  if (fs::exists(e2e)) {
    for (int i = 0; i < journeys; ++i) {
      // test_e2e empties and refills AMPARO_TEST_HOME (work/journey/home-run) itself.
      const fs::path dir = work / "journey";
      const Run r = run_once(dir, {e2e.string(), "en", (dir / "shots").string()}, "");
      if (!r.ok) return 1;
      journey_peak = std::max(journey_peak.value_or(0), r.max_rss_mb);
      journey_ms = std::max(journey_ms, r.exit_ms);
    }
  } else {
    std::printf("(%s not built: journey row skipped; configure with AMPARO_BUILD_TESTS=ON)\n", e2e.c_str());
  }

  const double a50 = percentile(field(a, &Run::first_frame_ms), 0.5);
  const double b50 = percentile(field(b, &Run::first_frame_ms), 0.5);
  const double a90 = percentile(field(a, &Run::first_frame_ms), 0.9);
  const double b90 = percentile(field(b, &Run::first_frame_ms), 0.9);
  const double c50 = percentile(field(c, &Run::first_frame_ms), 0.5);
  const double t50 = percentile(field(t, &Run::first_frame_ms), 0.5);
  const double ax = percentile(field(a, &Run::exit_ms), 0.5);
  const double bx = percentile(field(b, &Run::exit_ms), 0.5);
  const double am = percentile(field(a, &Run::max_rss_mb), 0.5);
  const double bm = percentile(field(b, &Run::max_rss_mb), 0.5);
  const auto n = std::to_string(runs);
  const bool start_ok = a50 / b50 <= 1.5;
  const bool mem_ok = am < 150 && screen_peak < 150 && journey_peak.value_or(0) < 150;
  std::vector<Row> rows = {
      {"cold start to first frame, encounter card, median of " + n, fmt("%.0f ms", a50),
       "empty Qt Quick window " + fmt("%.0f ms", b50), fmt("%.2f×", a50 / b50),
       std::string("≤ 1.5× ") + (start_ok ? "✔" : "✘")},
      {"cold start to first frame, p90 of " + n, fmt("%.0f ms", a90),
       "empty Qt Quick window " + fmt("%.0f ms", b90), fmt("%.2f×", a90 / b90), "—"},
      {"(context) cold start to first frame, median", fmt("%.0f ms", a50),
       "empty Controls (Material) window " + fmt("%.0f ms", c50), fmt("%.2f×", a50 / c50), "—"},
      {"(context) cold start to first frame, median", fmt("%.0f ms", a50),
       "empty window + one line of text " + fmt("%.0f ms", t50), fmt("%.2f×", a50 / t50), "—"},
      {"(context) one line of text alone, median", fmt("%.0f ms", t50),
       "empty Qt Quick window " + fmt("%.0f ms", b50), fmt("%.2f×", t50 / b50), "—"},
      {"(context) start to exit (adds PNG write, teardown), median", fmt("%.0f ms", ax),
       "empty Qt Quick window " + fmt("%.0f ms", bx), fmt("%.2f×", ax / bx), "—"},
      {"peak memory (max RSS), encounter card, median of " + n, fmt("%.1f MB", am),
       "empty Qt Quick window " + fmt("%.1f MB", bm), fmt("%.2f×", am / bm),
       std::string("< 150 MB ") + (am < 150 ? "✔" : "✘")},
      {"peak memory, worst single screen (" + screen_peak_name + ")", fmt("%.1f MB", screen_peak),
       "empty Qt Quick window " + fmt("%.1f MB", bm), fmt("%.2f×", screen_peak / bm),
       std::string("< 150 MB ") + (screen_peak < 150 ? "✔" : "✘")}};
  if (journey_peak) {
    rows.push_back({"peak memory, main journey (e2e, en, max of " + std::to_string(journeys) + ")",
                    fmt("%.1f MB", *journey_peak), "empty Qt Quick window " + fmt("%.1f MB", bm),
                    fmt("%.2f×", *journey_peak / bm),
                    std::string("< 150 MB ") + (*journey_peak < 150 ? "✔" : "✘")});
  }
  print_table(rows);
  std::printf("\napp: %s --screen encounter --lang en; journey: %s en (%.1f s); MB = 10^6 bytes\n",
              app.c_str(), e2e.c_str(), journey_ms / 1000.0);
  std::printf("\n%s\n", start_ok && mem_ok ? "targets met" : "TARGET MISSED");
  return 0;
}
