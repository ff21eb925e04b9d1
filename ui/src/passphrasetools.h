// SR-11: passphrase rules for the UI: at least 10 characters, a strength hint (libzxcvbn when
// available) and a generator. The passphrase reaches C++ only to be measured or turned into a
// SecretBuffer; it is never stored, logged or put in a property.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>

namespace amparo::ui {

class PassphraseTools : public QObject {
  Q_OBJECT
  QML_NAMED_ELEMENT(Passphrase)
  QML_SINGLETON
  Q_PROPERTY(int minimumLength READ minimumLength CONSTANT)

 public:
  static constexpr int kMinimumLength = 10;
  using QObject::QObject;

  [[nodiscard]] int minimumLength() const { return kMinimumLength; }
  // Length in characters as a person counts them (code points, not UTF-16 units).
  Q_INVOKABLE int length(const QString& passphrase) const;
  Q_INVOKABLE bool acceptable(const QString& passphrase) const;
  // 0 very weak … 4 strong. Passphrases under the minimum length are always 0.
  Q_INVOKABLE int strength(const QString& passphrase) const;
  // Six groups of four lowercase letters and digits (~124 bits) from libsodium's CSPRNG,
  // easy to read aloud and type on any keyboard.
  Q_INVOKABLE QString generate() const;
};

}  // namespace amparo::ui
