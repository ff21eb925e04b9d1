// Trusted legal-aid organizations and "Send to…" (issue 6) as QML sees them: Vault.orgs.
// Cards are read with core/exchange (SR-21), shown with their safety number (SR-22), and trusted
// only after the person confirms they compared it and types the passphrase again (SR-14). A new
// key for a known organization is stored unconfirmed and blocks export until confirmed (SR-22).
// Records live inside the vault (table trusted_orgs). Errors are translated codes.
//
// The passphrase checks (trust, confirm, send) run Argon2id on the vault's worker thread
// (lentvault.h), like Vault.unlock: the call returns true when the check started (`busy`, then
// trustFinished / exportFinished on the GUI thread), false when refused at once (errorMessage says
// why, or quietly while a check already runs). A lock meanwhile cancels it: nothing is trusted,
// no bundle is left behind.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <QVariantMap>
#include <functional>

#include "lentvault.h"

namespace amparo::vault {
class Vault;
}
namespace amparo::exchange {
struct TrustedOrg;
}

namespace amparo::ui {

class OrgsBridge : public QObject {
  Q_OBJECT
  QML_ANONYMOUS
  Q_PROPERTY(QVariantList list READ list NOTIFY listChanged)
  Q_PROPERTY(QVariantMap pending READ pending NOTIFY pendingChanged)
  Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
  // A passphrase check (and for "Send to…" the bundle writing) is running on the worker.
  Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
  Q_PROPERTY(QString lastExportFile READ lastExportFile NOTIFY exported)
  Q_PROPERTY(QString lastExportOrg READ lastExportOrg NOTIFY exported)
  // Full path of the last bundle written (for the share sheet / "Show in folder"). In memory only.
  Q_PROPERTY(QString lastExportPath READ lastExportPath NOTIFY exported)
  Q_PROPERTY(QString defaultFolder READ defaultFolder CONSTANT)
  Q_PROPERTY(bool imageScanAvailable READ imageScanAvailable CONSTANT)
  // Built with the camera scanner (Amparo.Scan, Qt Multimedia); whether a camera exists is
  // asked only on the trusted-organizations page (CameraCheck.qml).
  Q_PROPERTY(bool cameraScanBuilt READ cameraScanBuilt CONSTANT)

 public:
  using VaultGetter = std::function<vault::Vault*()>;
  OrgsBridge(VaultGetter vault, VaultLender lend, QObject* parent = nullptr);

  [[nodiscard]] QVariantList list() const { return list_; }
  [[nodiscard]] QVariantMap pending() const { return pendingView_; }
  [[nodiscard]] QString errorMessage() const { return errorMessage_; }
  [[nodiscard]] bool busy() const { return busy_; }
  [[nodiscard]] QString lastExportFile() const { return lastExportFile_; }
  [[nodiscard]] QString lastExportOrg() const { return lastExportOrg_; }
  [[nodiscard]] QString lastExportPath() const { return lastExportPath_; }
  [[nodiscard]] QString defaultFolder() const;
  [[nodiscard]] bool imageScanAvailable() const;
  [[nodiscard]] bool cameraScanBuilt() const;
  // Cheap check, before anything loads Qt Multimedia: can this device have a camera at all? (Desktop
  // Linux: a /dev/video* node exists; phones: yes.) Without one, the camera check is never loaded.
  Q_INVOKABLE bool cameraNodesPresent() const;

  // Reloads the trusted organizations from the vault (empty when locked).
  Q_INVOKABLE void reload();
  // Forgets everything shown (on lock).
  Q_INVOKABLE void clear();
  Q_INVOKABLE void clearError();

  // Reads a card into `pending` for review. `path` is a local path or file URL.
  Q_INVOKABLE bool loadCardText(const QString& text);
  Q_INVOKABLE bool loadCardFile(const QString& path);
  // Decodes the QR code in an image file (ZXing), then reads it like loadCardText.
  Q_INVOKABLE bool loadCardImage(const QString& path);
  Q_INVOKABLE void discardPending();
  // Keeps the pending card without confirming it (a changed key stays blocked until confirmed).
  Q_INVOKABLE bool savePending();
  // SR-22 + SR-14: the person confirmed the safety number aloud and typed the passphrase again.
  // Asynchronous (see the top of this file): the result comes as trustFinished.
  Q_INVOKABLE bool trustPending(const QString& passphrase, bool comparedAloud);
  // Same for an organization already stored but not confirmed (new card, or changed key).
  Q_INVOKABLE bool confirmOrg(const QString& id, const QString& passphrase, bool comparedAloud);
  Q_INVOKABLE bool removeOrg(const QString& id);
  Q_INVOKABLE QVariantMap org(const QString& id) const;

  // SR-14: passphrase again, then the bundle for `noteIds` (all when empty) is written into
  // `folder` (path or file URL; default Documents). Sets lastExportFile / lastExportOrg.
  // Asynchronous (see the top of this file): the result comes as exportFinished.
  Q_INVOKABLE bool exportTo(const QString& id, const QStringList& noteIds, const QString& folder,
                            const QString& passphrase);

 signals:
  void listChanged();
  void pendingChanged();
  void errorMessageChanged();
  void exported();
  void busyChanged();
  // Results of the asynchronous calls. `ok` false: errorMessage says why (or the vault locked).
  void trustFinished(bool ok);
  void exportFinished(bool ok);

 private:
  using Finished = void (OrgsBridge::*)(bool);
  bool setError(const QString& message);
  bool loadCard(const std::string& contents, bool file);
  bool trust(const QString& id, const QString& passphrase, bool comparedAloud);
  bool commit(const QString& id, const exchange::TrustedOrg& record);
  bool check(const QString& passphrase, LentWork work, std::function<bool(LendResult)> then,
             Finished finished);

  VaultGetter vault_;
  VaultLender lend_;
  bool busy_ = false;
  QVariantList list_;
  QVariantMap pendingView_;
  std::string pendingCard_;  // serialized record of the pending card (exchange::TrustedOrg)
  QString errorMessage_;
  QString lastExportFile_;
  QString lastExportOrg_;
  QString lastExportPath_;
};

}  // namespace amparo::ui
