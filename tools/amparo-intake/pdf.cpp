#include "pdf.h"

#include <cstdio>

namespace amparo::tools {

namespace {

constexpr float kPageW = 612, kPageH = 792, kMargin = 54, kTop = 738, kBottom = 60;

// Helvetica advance widths (AFM, 1/1000 em) for 32..126; others use 556.
constexpr short kWidths[95] = {
    278,  278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  // space../
    556,  556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  // 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  // @..O
    667,  778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  // P.._
    333,  556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  // `..o
    556,  556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584};      // p..~

std::string escape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    if (c == '(' || c == ')' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 32 || c > 126) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\%03o", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

struct Map {
  unsigned cp;
  unsigned char b;
};
constexpr Map kCp1252[] = {{0x20AC, 0x80}, {0x201A, 0x82}, {0x0192, 0x83}, {0x201E, 0x84}, {0x2026, 0x85},
                           {0x2020, 0x86}, {0x2021, 0x87}, {0x02C6, 0x88}, {0x2030, 0x89}, {0x0160, 0x8A},
                           {0x2039, 0x8B}, {0x0152, 0x8C}, {0x017D, 0x8E}, {0x2018, 0x91}, {0x2019, 0x92},
                           {0x201C, 0x93}, {0x201D, 0x94}, {0x2022, 0x95}, {0x2013, 0x96}, {0x2014, 0x97},
                           {0x02DC, 0x98}, {0x2122, 0x99}, {0x0161, 0x9A}, {0x203A, 0x9B}, {0x0153, 0x9C},
                           {0x017E, 0x9E}, {0x0178, 0x9F}};

}  // namespace

PdfWriter::PdfWriter(std::string running_header) : header_(std::move(running_header)) {
  new_page();
}

std::string PdfWriter::to_winansi(std::string_view s, bool& replaced) {
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    const auto c = static_cast<unsigned char>(s[i]);
    unsigned cp = 0;
    std::size_t len = 1;
    if (c < 0x80)
      cp = c;
    else if ((c & 0xE0) == 0xC0) {
      cp = c & 0x1Fu;
      len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      cp = c & 0x0Fu;
      len = 3;
    } else if ((c & 0xF8) == 0xF0) {
      cp = c & 0x07u;
      len = 4;
    } else {
      cp = 0xFFFD;
    }
    if (i + len > s.size()) {
      cp = 0xFFFD;
      len = s.size() - i;
    }
    for (std::size_t k = 1; k < len && cp != 0xFFFD; ++k) {
      const auto cc = static_cast<unsigned char>(s[i + k]);
      if ((cc & 0xC0) != 0x80) {
        cp = 0xFFFD;
        len = k;
        break;
      }
      cp = (cp << 6) | (cc & 0x3Fu);
    }
    i += len;
    if (cp == '\t') {
      out += ' ';
      continue;
    }
    if (cp == '\n') {
      out += '\n';
      continue;
    }
    if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) continue;  // controls dropped
    if (cp < 0x7F || (cp >= 0xA0 && cp <= 0xFF)) {
      out += static_cast<char>(cp);
      continue;
    }
    bool mapped = false;
    for (const auto& m : kCp1252) {
      if (m.cp == cp) {
        out += static_cast<char>(m.b);
        mapped = true;
        break;
      }
    }
    if (!mapped) {
      // Invisible formatting characters (bidi marks, isolates, zero-width) are dropped silently.
      if ((cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
          (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF) {
        continue;
      }
      out += '?';
      replaced = true;
    }
  }
  return out;
}

float PdfWriter::width(std::string_view s, float size, bool bold) {
  float w = 0;
  for (unsigned char c : s) w += (c >= 32 && c <= 126) ? kWidths[c - 32] : 556;
  return w * size / 1000.0f * (bold ? 1.08f : 1.0f);
}

std::vector<std::string> PdfWriter::wrap(const std::string& text, float max_width, float size,
                                         bool bold) const {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= text.size()) {
    const std::size_t nl = text.find('\n', start);
    const std::string para = text.substr(start, nl == std::string::npos ? std::string::npos : nl - start);
    std::string current;
    std::size_t i = 0;
    while (i < para.size()) {
      std::size_t j = para.find(' ', i);
      std::string word = para.substr(i, j == std::string::npos ? std::string::npos : j - i);
      i = j == std::string::npos ? para.size() : j + 1;
      std::string candidate = current.empty() ? word : current + " " + word;
      if (width(candidate, size, bold) <= max_width) {
        current = std::move(candidate);
        continue;
      }
      if (!current.empty()) lines.push_back(current);
      current.clear();
      // Break words longer than a line (hashes, URLs).
      while (width(word, size, bold) > max_width) {
        std::size_t k = 1;
        while (k < word.size() && width(word.substr(0, k + 1), size, bold) <= max_width) ++k;
        lines.push_back(word.substr(0, k));
        word.erase(0, k);
      }
      current = word;
    }
    lines.push_back(current);
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
  return lines;
}

void PdfWriter::new_page() {
  pages_.emplace_back();
  y_ = kTop;
}

void PdfWriter::ensure(float height) {
  if (y_ - height < kBottom) new_page();
}

void PdfWriter::line(std::string_view s, float x, float size, bool bold) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "BT /%s %.1f Tf %.2f %.2f Td (", bold ? "F2" : "F1",
                static_cast<double>(size), static_cast<double>(x), static_cast<double>(y_));
  pages_.back() += buf;
  pages_.back() += escape(s);
  pages_.back() += ") Tj ET\n";
}

void PdfWriter::heading(std::string_view text, float size) {
  const std::string t = to_winansi(text, replaced_);
  const auto lines = wrap(t, kPageW - 2 * kMargin, size, true);
  ensure(size * 1.3f * static_cast<float>(lines.size()) + size + 24);  // keep with what follows
  y_ -= size * 0.4f;
  for (const auto& l : lines) {
    y_ -= size * 1.25f;
    line(l, kMargin, size, true);
  }
  y_ -= size * 0.3f;
}

void PdfWriter::paragraph(std::string_view text, float size, bool bold, float indent) {
  const std::string t = to_winansi(text, replaced_);
  for (const auto& l : wrap(t, kPageW - 2 * kMargin - indent, size, bold)) {
    ensure(size * 1.3f);
    y_ -= size * 1.3f;
    line(l, kMargin + indent, size, bold);
  }
}

void PdfWriter::field(std::string_view label, std::string_view value, float indent) {
  const float size = 10;
  const std::string l = to_winansi(label, replaced_) + ": ";
  const float lw = width(l, size, true);
  const std::string v = to_winansi(value, replaced_);
  const float col = lw > 150 ? 150 : lw;
  const auto lines = wrap(v, kPageW - 2 * kMargin - indent - col, size, false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    ensure(size * 1.3f);
    y_ -= size * 1.3f;
    if (i == 0) line(l, kMargin + indent, size, true);
    line(lines[i], kMargin + indent + col, size, false);
  }
}

void PdfWriter::rule() {
  ensure(12);
  y_ -= 6;
  char buf[96];
  std::snprintf(buf, sizeof buf, "0.6 G 0.5 w %.2f %.2f m %.2f %.2f l S 0 G\n", static_cast<double>(kMargin),
                static_cast<double>(y_), static_cast<double>(kPageW - kMargin), static_cast<double>(y_));
  pages_.back() += buf;
  y_ -= 6;
}

void PdfWriter::space(float points) {
  if (y_ - points < kBottom)
    new_page();
  else
    y_ -= points;
}

Bytes PdfWriter::finish() {
  // Running header and page numbers.
  bool dummy = false;
  const std::string header = to_winansi(header_, dummy);
  const std::size_t total = pages_.size();
  for (std::size_t i = 0; i < total; ++i) {
    char buf[160];
    std::snprintf(buf, sizeof buf, "0.4 g BT /F1 8 Tf %.2f %.2f Td (", static_cast<double>(kMargin), 760.0);
    pages_[i] += buf;
    pages_[i] += escape(header);
    pages_[i] += ") Tj ET\n";
    std::snprintf(buf, sizeof buf, "BT /F1 8 Tf %.2f %.2f Td (Page %zu of %zu) Tj ET 0 g\n",
                  static_cast<double>(kPageW - kMargin - 60), 36.0, i + 1, total);
    pages_[i] += buf;
  }
  std::string pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
  std::vector<std::size_t> offsets;
  auto object = [&](const std::string& body) {
    offsets.push_back(pdf.size());
    pdf += std::to_string(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
  };
  // 1 catalog, 2 pages, 3 F1, 4 F2, then (page, content) pairs.
  object("<< /Type /Catalog /Pages 2 0 R >>");
  std::string kids;
  for (std::size_t i = 0; i < total; ++i) kids += std::to_string(5 + 2 * i) + " 0 R ";
  object("<< /Type /Pages /Kids [" + kids + "] /Count " + std::to_string(total) + " >>");
  object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>");
  for (std::size_t i = 0; i < total; ++i) {
    object(
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> "
        ">> "
        "/Contents " +
        std::to_string(6 + 2 * i) + " 0 R >>");
    object("<< /Length " + std::to_string(pages_[i].size()) + " >>\nstream\n" + pages_[i] + "endstream");
  }
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 " + std::to_string(offsets.size() + 1) + "\n0000000000 65535 f \n";
  for (auto off : offsets) {
    char buf[24];
    std::snprintf(buf, sizeof buf, "%010zu 00000 n \n", off);
    pdf += buf;
  }
  pdf += "trailer\n<< /Size " + std::to_string(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return Bytes(pdf.begin(), pdf.end());
}

}  // namespace amparo::tools
