// Shared by the bench_* programs: the result table every benchmark prints (measure, value,
// baseline from the same run, ratio, target) and small number helpers.
#pragma once

#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

namespace amparo::bench {

struct Row {
  std::string what, value, baseline, ratio, target;
};

// Percentile by nearest rank; `fraction` in [0, 1].
inline double percentile(std::vector<double> v, double fraction) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  const auto i = static_cast<std::size_t>(fraction * static_cast<double>(v.size() - 1) + 0.5);
  return v[std::min(i, v.size() - 1)];
}

inline std::string fmt(const char* f, double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, f, v);
  return buf;
}

// Display width: UTF-8 code points (×, ≤, ✔ are one column each).
inline std::size_t display_width(const std::string& s) {
  return static_cast<std::size_t>(
      std::count_if(s.begin(), s.end(), [](char ch) { return (ch & 0xC0) != 0x80; }));
}

inline std::string pad(const std::string& s, std::size_t w, bool right) {
  const std::string fill(w > display_width(s) ? w - display_width(s) : 0, ' ');
  return right ? fill + s : s + fill;
}

// A Markdown table, so the output can be pasted into docs/bench.md as it is.
inline void print_table(const std::vector<Row>& rows) {
  std::size_t w[5] = {7, 5, 21, 5, 6};
  for (const auto& r : rows) {
    w[0] = std::max(w[0], display_width(r.what));
    w[1] = std::max(w[1], display_width(r.value));
    w[2] = std::max(w[2], display_width(r.baseline));
    w[3] = std::max(w[3], display_width(r.ratio));
    w[4] = std::max(w[4], display_width(r.target));
  }
  auto line = [&](const std::string& a, const std::string& b, const std::string& c, const std::string& d,
                  const std::string& e) {
    std::printf("| %s | %s | %s | %s | %s |\n", pad(a, w[0], false).c_str(), pad(b, w[1], true).c_str(),
                pad(c, w[2], false).c_str(), pad(d, w[3], true).c_str(), pad(e, w[4], false).c_str());
  };
  line("measure", "value", "baseline (same run)", "ratio", "target");
  std::printf("|%s|%s|%s|%s|%s|\n", std::string(w[0] + 2, '-').c_str(), std::string(w[1] + 2, '-').c_str(),
              std::string(w[2] + 2, '-').c_str(), std::string(w[3] + 2, '-').c_str(),
              std::string(w[4] + 2, '-').c_str());
  for (const auto& r : rows) line(r.what, r.value, r.baseline, r.ratio, r.target);
}

}  // namespace amparo::bench
