#include "qrdecode.h"

#include <QImage>

#ifdef AMPARO_HAVE_ZXING
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/ReadBarcode.h>
#endif

namespace amparo::ui::qr {

bool available() {
#ifdef AMPARO_HAVE_ZXING
  return true;
#else
  return false;
#endif
}

#ifdef AMPARO_HAVE_ZXING
namespace {

ZXing::ImageFormat zxFormat(Layout layout) {
  switch (layout) {
    case Layout::Luma:
      return ZXing::ImageFormat::Lum;
    case Layout::RGB:
      return ZXing::ImageFormat::RGB;
    case Layout::BGR:
      return ZXing::ImageFormat::BGR;
    case Layout::RGBX:
      return ZXing::ImageFormat::RGBX;
    case Layout::XRGB:
      return ZXing::ImageFormat::XRGB;
    case Layout::BGRX:
      return ZXing::ImageFormat::BGRX;
    case Layout::XBGR:
      return ZXing::ImageFormat::XBGR;
  }
  return ZXing::ImageFormat::None;
}

int naturalStride(Layout layout) {
  switch (layout) {
    case Layout::Luma:
      return 1;
    case Layout::RGB:
    case Layout::BGR:
      return 3;
    default:
      return 4;
  }
}

}  // namespace
#endif

QByteArray decode(const uchar* data, int width, int height, int bytesPerLine, Layout layout,
                  int pixelStride) {
#ifdef AMPARO_HAVE_ZXING
  if (data == nullptr || width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide) return {};
  const int stride = pixelStride > 0 ? pixelStride : naturalStride(layout);
  if (bytesPerLine < (width - 1) * stride + naturalStride(layout)) return {};
  const ZXing::ImageView view(data, width, height, zxFormat(layout), bytesPerLine, stride);
  const auto result = ZXing::ReadBarcode(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::QRCode));
  if (!result.isValid()) return {};
  const auto& bytes = result.bytes();
  return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
#else
  Q_UNUSED(data);
  Q_UNUSED(width);
  Q_UNUSED(height);
  Q_UNUSED(bytesPerLine);
  Q_UNUSED(layout);
  Q_UNUSED(pixelStride);
  return {};
#endif
}

QByteArray decodeImage(const QImage& image) {
  if (image.isNull() || image.width() > kMaxSide || image.height() > kMaxSide) return {};
  const QImage grey =
      image.format() == QImage::Format_Grayscale8 ? image : image.convertToFormat(QImage::Format_Grayscale8);
  return decode(grey.constBits(), grey.width(), grey.height(), static_cast<int>(grey.bytesPerLine()),
                Layout::Luma);
}

}  // namespace amparo::ui::qr
