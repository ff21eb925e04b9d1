// Thin adapters over the unlocked vault: the notes list, one note with its revision history, and
// the draft the guided form fills. All are emptied when the vault locks (SR-10, SR-13).
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QObject>
#include <QStringList>
#include <vector>

namespace amparo::ui {

struct NoteRow {
  QString id;
  QString title;
  qint64 updatedAt = 0;
  int revisions = 0;
  int attachments = 0;
  bool capturedWhileLocked = false;
};

class NotesModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by Vault")
  Q_PROPERTY(int count READ count NOTIFY countChanged)

 public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    TitleRole,
    UpdatedRole,
    RevisionsRole,
    AttachmentsRole,
    CapturedWhileLockedRole,
  };
  Q_ENUM(Role)
  using QAbstractListModel::QAbstractListModel;

  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }

  void reset(std::vector<NoteRow> rows);
  void clear() { reset({}); }

 signals:
  void countChanged();

 private:
  std::vector<NoteRow> rows_;
};

// What the guided incident form collects; every field optional (the vault needs a title or a
// narrative, so the form makes a title from the date when none is given).
class NoteDraft : public QObject {
  Q_OBJECT
  QML_ELEMENT
  Q_PROPERTY(QString title MEMBER title NOTIFY changed)
  Q_PROPERTY(QString when MEMBER when NOTIFY changed)
  Q_PROPERTY(QString where MEMBER where NOTIFY changed)
  Q_PROPERTY(int agency MEMBER agency NOTIFY changed)  // -1 not answered, else vault::Agency
  Q_PROPERTY(QString agencyOther MEMBER agencyOther NOTIFY changed)
  Q_PROPERTY(QString officers MEMBER officers NOTIFY changed)  // names / badges, one per line
  Q_PROPERTY(int biometricSteps MEMBER biometricSteps NOTIFY changed)
  Q_PROPERTY(QString officerDevice MEMBER officerDevice NOTIFY changed)
  Q_PROPERTY(int consentAsked MEMBER consentAsked NOTIFY changed)  // vault::Answer
  Q_PROPERTY(int statusAsked MEMBER statusAsked NOTIFY changed)
  Q_PROPERTY(QString referenceNumber MEMBER referenceNumber NOTIFY changed)
  Q_PROPERTY(QString heldDuration MEMBER heldDuration NOTIFY changed)
  Q_PROPERTY(QString whatWasSaid MEMBER whatWasSaid NOTIFY changed)
  Q_PROPERTY(QString whatWasTaken MEMBER whatWasTaken NOTIFY changed)
  Q_PROPERTY(QString witnesses MEMBER witnesses NOTIFY changed)
  Q_PROPERTY(QString injuries MEMBER injuries NOTIFY changed)
  Q_PROPERTY(QString narrative MEMBER narrative NOTIFY changed)
  Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)

 public:
  using QObject::QObject;
  Q_INVOKABLE void clear();
  // True when nothing at all was entered.
  Q_INVOKABLE bool isEmpty() const;

  QString title, when, where, agencyOther, officers, officerDevice, referenceNumber, heldDuration,
      whatWasSaid, whatWasTaken, witnesses, injuries, narrative;
  int agency = -1;
  int biometricSteps = 0;
  int consentAsked = 0;
  int statusAsked = 0;

 signals:
  void changed();
};

// One note as shown in the detail view (plain text only, SR-27).
class NoteDetail : public QObject {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by Vault")
  Q_PROPERTY(QString noteId READ noteId NOTIFY changed)
  Q_PROPERTY(QString title READ title NOTIFY changed)
  Q_PROPERTY(QStringList lines READ lines NOTIFY changed)  // "Label: value" lines, in order
  Q_PROPERTY(QString narrative READ narrative NOTIFY changed)
  Q_PROPERTY(int revisions READ revisions NOTIFY changed)
  Q_PROPERTY(bool chainIntact READ chainIntact NOTIFY changed)
  Q_PROPERTY(bool capturedWhileLocked READ capturedWhileLocked NOTIFY changed)
  Q_PROPERTY(QStringList attachments READ attachments NOTIFY changed)
  Q_PROPERTY(QStringList history READ history NOTIFY changed)  // one line per revision

 public:
  using QObject::QObject;
  [[nodiscard]] QString noteId() const { return noteId_; }
  [[nodiscard]] QString title() const { return title_; }
  [[nodiscard]] QStringList lines() const { return lines_; }
  [[nodiscard]] QString narrative() const { return narrative_; }
  [[nodiscard]] int revisions() const { return revisions_; }
  [[nodiscard]] bool chainIntact() const { return chainIntact_; }
  [[nodiscard]] bool capturedWhileLocked() const { return capturedWhileLocked_; }
  [[nodiscard]] QStringList attachments() const { return attachments_; }
  [[nodiscard]] QStringList history() const { return history_; }

  void clear();

  QString noteId_, title_, narrative_;
  QStringList lines_, attachments_, history_;
  int revisions_ = 0;
  bool chainIntact_ = false;
  bool capturedWhileLocked_ = false;
  void notify() { emit changed(); }

 signals:
  void changed();
};

}  // namespace amparo::ui
