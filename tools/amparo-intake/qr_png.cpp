#include "qr_png.h"

#include <qrencode.h>
#include <zlib.h>

#include <memory>

namespace amparo::tools {

namespace {

void put_u32be(Bytes& out, std::uint32_t v) {
  for (int i = 3; i >= 0; --i) out.push_back(static_cast<std::uint8_t>(v >> (8 * i)));
}

void chunk(Bytes& out, const char type[5], const Bytes& data) {
  put_u32be(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = out.size();
  out.insert(out.end(), type, type + 4);
  out.insert(out.end(), data.begin(), data.end());
  const uLong crc = crc32(0L, out.data() + start, static_cast<uInt>(out.size() - start));
  put_u32be(out, static_cast<std::uint32_t>(crc));
}

}  // namespace

Bytes encode_png_gray(const Bytes& pixels, std::uint32_t width, std::uint32_t height) {
  Bytes out = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  Bytes ihdr;
  put_u32be(ihdr, width);
  put_u32be(ihdr, height);
  ihdr.insert(ihdr.end(), {8, 0, 0, 0, 0});  // 8-bit, grayscale, deflate, no filter, no interlace
  chunk(out, "IHDR", ihdr);
  Bytes raw;
  raw.reserve(static_cast<std::size_t>(height) * (width + 1));
  for (std::uint32_t y = 0; y < height; ++y) {
    raw.push_back(0);  // filter: none
    raw.insert(raw.end(), pixels.begin() + static_cast<std::ptrdiff_t>(y) * width,
               pixels.begin() + static_cast<std::ptrdiff_t>(y + 1) * width);
  }
  uLongf len = compressBound(static_cast<uLong>(raw.size()));
  Bytes z(len);
  compress2(z.data(), &len, raw.data(), static_cast<uLong>(raw.size()), 9);
  z.resize(len);
  chunk(out, "IDAT", z);
  chunk(out, "IEND", {});
  return out;
}

std::optional<QrImage> qr_image(std::string_view text, int scale) {
  const std::string s(text);
  std::unique_ptr<QRcode, decltype(&QRcode_free)> qr(
      QRcode_encodeData(static_cast<int>(s.size()), reinterpret_cast<const unsigned char*>(s.data()), 0,
                        QR_ECLEVEL_M),
      &QRcode_free);
  if (!qr) return std::nullopt;
  const int quiet = 4;
  const int modules = qr->width + 2 * quiet;
  const auto size = static_cast<std::uint32_t>(modules * scale);
  Bytes pixels(static_cast<std::size_t>(size) * size, 0xff);
  for (int y = 0; y < qr->width; ++y) {
    for (int x = 0; x < qr->width; ++x) {
      if (!(qr->data[y * qr->width + x] & 1)) continue;
      for (int dy = 0; dy < scale; ++dy) {
        const std::size_t row = static_cast<std::size_t>((y + quiet) * scale + dy) * size;
        for (int dx = 0; dx < scale; ++dx)
          pixels[row + static_cast<std::size_t>((x + quiet) * scale + dx)] = 0;
      }
    }
  }
  return QrImage{std::move(pixels), size};
}

std::optional<Bytes> qr_png(std::string_view text, int scale) {
  auto image = qr_image(text, scale);
  if (!image) return std::nullopt;
  return encode_png_gray(image->pixels, image->size, image->size);
}

}  // namespace amparo::tools
