// SR-36: the QML engine can reach no network. Every request made through QML (Image sources,
// XMLHttpRequest, remote QML) gets an immediate error reply; no socket is ever opened.
#pragma once

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QQmlNetworkAccessManagerFactory>
#include <atomic>

namespace amparo::ui {

class RefusedReply final : public QNetworkReply {
  Q_OBJECT
 public:
  RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request, QObject* parent);
  void abort() override {}
  [[nodiscard]] qint64 bytesAvailable() const override { return 0; }
  [[nodiscard]] bool isSequential() const override { return true; }

 protected:
  qint64 readData(char* /*data*/, qint64 /*maxSize*/) override { return -1; }
};

class RefusingNetworkAccessManager final : public QNetworkAccessManager {
  Q_OBJECT
 public:
  using QNetworkAccessManager::QNetworkAccessManager;
  // Requests refused so far by every instance (each QML loader thread has its own manager).
  [[nodiscard]] static int refusedCount() { return s_refused.load(); }

 protected:
  QNetworkReply* createRequest(Operation op, const QNetworkRequest& request,
                               QIODevice* outgoingData) override;

 private:
  static inline std::atomic<int> s_refused{0};
};

class RefusingNetworkFactory final : public QQmlNetworkAccessManagerFactory {
 public:
  QNetworkAccessManager* create(QObject* parent) override;
};

}  // namespace amparo::ui
