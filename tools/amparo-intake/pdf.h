// A small, self-contained PDF 1.4 writer for printable intake reports: US Letter pages, the standard
// Helvetica / Helvetica-Bold fonts with WinAnsiEncoding (no embedded fonts, no Qt). Text is given as
// UTF-8; characters outside Windows-1252 are drawn as "?" and reported by replaced_non_latin(), so the
// report can say where the full text is (report.json).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/bytes.h"

namespace amparo::tools {

class PdfWriter {
 public:
  explicit PdfWriter(std::string running_header);
  void heading(std::string_view text, float size = 14);
  void paragraph(std::string_view text, float size = 10, bool bold = false, float indent = 0);
  // Bold label, then the value wrapped after it (multi-line values keep their line breaks).
  void field(std::string_view label, std::string_view value, float indent = 0);
  void rule();
  void space(float points);
  [[nodiscard]] Bytes finish();
  [[nodiscard]] bool replaced_non_latin() const noexcept { return replaced_; }

  // UTF-8 → Windows-1252 bytes; unmappable characters become '?' (sets `replaced`).
  [[nodiscard]] static std::string to_winansi(std::string_view utf8, bool& replaced);

 private:
  void ensure(float height);
  void new_page();
  void line(std::string_view winansi, float x, float size, bool bold);
  [[nodiscard]] static float width(std::string_view winansi, float size, bool bold);
  std::vector<std::string> wrap(const std::string& winansi, float max_width, float size, bool bold) const;

  std::string header_;
  std::vector<std::string> pages_;
  float y_ = 0;
  bool replaced_ = false;
};

}  // namespace amparo::tools
