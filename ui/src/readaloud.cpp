#include "readaloud.h"

#include <QLocale>

#ifdef AMPARO_HAVE_TTS
#include <QTextToSpeech>
#endif

namespace amparo::ui {

ReadAloud::ReadAloud(QObject* parent) : QObject(parent) {
#ifdef AMPARO_HAVE_TTS
  available_ = !QTextToSpeech::availableEngines().isEmpty();
#endif
}

ReadAloud::~ReadAloud() = default;

void ReadAloud::say(const QString& text, const QString& languageCode) {
#ifdef AMPARO_HAVE_TTS
  if (!available_) return;
  if (!tts_) {
    tts_ = new QTextToSpeech(this);
    connect(tts_, &QTextToSpeech::stateChanged, this, [this](QTextToSpeech::State state) {
      const bool now = state == QTextToSpeech::Speaking;
      if (now != speaking_) {
        speaking_ = now;
        emit speakingChanged();
      }
    });
  }
  tts_->setLocale(QLocale(languageCode));
  tts_->say(text);
#else
  Q_UNUSED(text);
  Q_UNUSED(languageCode);
#endif
}

void ReadAloud::stop() {
#ifdef AMPARO_HAVE_TTS
  if (tts_) tts_->stop();
#endif
}

}  // namespace amparo::ui
