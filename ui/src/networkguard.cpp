#include "networkguard.h"

#include <QNetworkProxy>
#include <QTimer>

namespace amparo::ui {

RefusedReply::RefusedReply(QNetworkAccessManager::Operation op, const QNetworkRequest& request,
                           QObject* parent)
    : QNetworkReply(parent) {
  setRequest(request);
  setUrl(request.url());
  setOperation(op);
  open(QIODevice::ReadOnly | QIODevice::Unbuffered);
  setError(QNetworkReply::ContentAccessDenied, QStringLiteral("Amparo makes no network requests"));
  setFinished(true);
  QTimer::singleShot(0, this, [this] {
    emit errorOccurred(QNetworkReply::ContentAccessDenied);
    emit finished();
  });
}

QNetworkReply* RefusingNetworkAccessManager::createRequest(Operation op, const QNetworkRequest& request,
                                                           QIODevice* /*outgoingData*/) {
  ++s_refused;
  return new RefusedReply(op, request, this);
}

QNetworkAccessManager* RefusingNetworkFactory::create(QObject* parent) {
  auto* manager = new RefusingNetworkAccessManager(parent);
  // No proxy lookups, no auto-configuration: nothing that could touch the network either.
  manager->setProxy(QNetworkProxy::NoProxy);
  return manager;
}

}  // namespace amparo::ui
