#include "passphrasetools.h"

#include <QByteArray>
#include <algorithm>
#include <cmath>

#include "crypto/random.h"

#ifdef AMPARO_HAVE_ZXCVBN
#include <zxcvbn.h>
#endif

namespace amparo::ui {

int PassphraseTools::length(const QString& passphrase) const {
  return static_cast<int>(passphrase.toUcs4().size());
}

bool PassphraseTools::acceptable(const QString& passphrase) const {
  return length(passphrase) >= kMinimumLength;
}

int PassphraseTools::strength(const QString& passphrase) const {
  if (!acceptable(passphrase)) return 0;
  QByteArray utf8 = passphrase.toUtf8();
  double bits = 0;
#ifdef AMPARO_HAVE_ZXCVBN
  bits = ZxcvbnMatch(utf8.constData(), nullptr, nullptr);
#else
  // Fallback: character-class entropy estimate, discounted for repeats.
  bool lower = false, upper = false, digit = false, other = false;
  for (const QChar c : passphrase) {
    lower |= c.isLower();
    upper |= c.isUpper();
    digit |= c.isDigit();
    other |= !c.isLetterOrNumber();
  }
  const int pool = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
  bits = std::log2(std::max(pool, 2)) * length(passphrase) * 0.7;
#endif
  utf8.fill('\0');
  if (bits < 30) return 1;
  if (bits < 50) return 2;
  if (bits < 70) return 3;
  return 4;
}

QString PassphraseTools::generate() const {
  static constexpr char kAlphabet[] = "abcdefghijkmnpqrstuvwxyz23456789";  // no l, o, 0, 1
  static_assert(sizeof(kAlphabet) - 1 == 32, "32 symbols: a byte masked to 5 bits stays uniform");
  const Bytes noise = crypto::random_bytes(24);
  QString out;
  for (std::size_t i = 0; i < noise.size(); ++i) {
    if (i > 0 && i % 4 == 0) out += QLatin1Char('-');
    out += QLatin1Char(kAlphabet[noise[i] & 31u]);
  }
  return out;
}

}  // namespace amparo::ui
