// QR codes in pictures and camera frames (trusted organizations, issue 6). One ZXing call for
// both, so a photo of a card and a live camera frame are read the same way. Optional: built
// without libzxing-dev, available() is false and nothing is ever found.
// Static library amparo_qr (position independent): linked by amparo_ui and by the camera
// scanner module Amparo.Scan (ui/scan/), which is a separate shared library.
#pragma once

#include <QByteArray>
#include <QtGlobal>

class QImage;

namespace amparo::ui::qr {

// How the pixels of one plane are laid out, as far as the decoder cares.
enum class Layout {
  Luma,  // 8-bit brightness; pixelStride 1 (Y plane) or 2 (packed YUYV / UYVY)
  RGB,
  BGR,
  RGBX,  // 4 bytes per pixel, the 4th is ignored (alpha or padding)
  XRGB,
  BGRX,
  XBGR,
};

// Largest picture side accepted (bigger pictures are refused, not decoded).
inline constexpr int kMaxSide = 8000;

[[nodiscard]] bool available();

// The raw contents of the first QR code found, or empty. `data` points at the first pixel;
// `bytesPerLine` is the row stride; `pixelStride` the bytes from one pixel to the next
// (0: the natural size for `layout`).
[[nodiscard]] QByteArray decode(const uchar* data, int width, int height, int bytesPerLine, Layout layout,
                                int pixelStride = 0);

// Any QImage (converted to 8-bit grey first).
[[nodiscard]] QByteArray decodeImage(const QImage& image);

}  // namespace amparo::ui::qr
