// QR code of an organization card's text form, as a PNG (libqrencode + a minimal zlib PNG writer).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "common/bytes.h"

namespace amparo::tools {

struct QrImage {
  Bytes pixels;  // 8-bit gray, 0 = dark module, row-major
  std::uint32_t size = 0;
};
// The QR code as pixels (scale pixels per module, 4-module quiet zone, error correction M).
[[nodiscard]] std::optional<QrImage> qr_image(std::string_view text, int scale = 6);
// Grayscale 8-bit PNG, `scale` pixels per module, 4-module quiet zone, error correction level M.
[[nodiscard]] std::optional<Bytes> qr_png(std::string_view text, int scale = 6);
// Minimal PNG encoder for an 8-bit grayscale image (row-major, width*height bytes).
[[nodiscard]] Bytes encode_png_gray(const Bytes& pixels, std::uint32_t width, std::uint32_t height);

}  // namespace amparo::tools
