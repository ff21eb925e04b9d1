// Moves text typed into QML (passphrases, card text) into guarded memory.
#pragma once

#include <QByteArray>
#include <QString>
#include <string_view>

#include "crypto/secret_buffer.h"

namespace amparo::ui {

// The UTF-8 staging copy is overwritten before it is released. The QString itself belongs to QML
// and cannot be wiped from here (SR-10 is best effort on the Qt side).
[[nodiscard]] inline crypto::SecretBuffer toSecret(const QString& text) {
  QByteArray utf8 = text.toUtf8();
  auto secret = crypto::SecretBuffer::copy_of(
      std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
  utf8.fill('\0');
  return secret;
}

}  // namespace amparo::ui
