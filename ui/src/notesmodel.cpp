#include "notesmodel.h"

#include <QDateTime>
#include <QLocale>

namespace amparo::ui {

int NotesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}

QVariant NotesModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= count()) return {};
  const NoteRow& row = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case IdRole:
      return row.id;
    case TitleRole:
      return row.title;
    case UpdatedRole:
      return QLocale().toString(QDateTime::fromSecsSinceEpoch(row.updatedAt), QLocale::ShortFormat);
    case RevisionsRole:
      return row.revisions;
    case AttachmentsRole:
      return row.attachments;
    case CapturedWhileLockedRole:
      return row.capturedWhileLocked;
    default:
      return {};
  }
}

QHash<int, QByteArray> NotesModel::roleNames() const {
  return {{IdRole, "noteId"},
          {TitleRole, "title"},
          {UpdatedRole, "updated"},
          {RevisionsRole, "revisions"},
          {AttachmentsRole, "attachments"},
          {CapturedWhileLockedRole, "capturedWhileLocked"}};
}

void NotesModel::reset(std::vector<NoteRow> rows) {
  const bool countChanges = rows.size() != rows_.size();
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
  if (countChanges) emit countChanged();
}

void NoteDraft::clear() {
  for (QString* s : {&title, &when, &where, &agencyOther, &officers, &officerDevice, &referenceNumber,
                     &heldDuration, &whatWasSaid, &whatWasTaken, &witnesses, &injuries, &narrative}) {
    s->fill(QChar(0));
    s->clear();
  }
  agency = -1;
  biometricSteps = 0;
  consentAsked = 0;
  statusAsked = 0;
  emit changed();
}

bool NoteDraft::isEmpty() const {
  for (const QString* s : {&title, &when, &where, &agencyOther, &officers, &officerDevice, &referenceNumber,
                           &heldDuration, &whatWasSaid, &whatWasTaken, &witnesses, &injuries, &narrative}) {
    if (!s->trimmed().isEmpty()) return false;
  }
  return agency < 0 && biometricSteps == 0 && consentAsked == 0 && statusAsked == 0;
}

void NoteDetail::clear() {
  for (QString* s : {&noteId_, &title_, &narrative_}) {
    s->fill(QChar(0));
    s->clear();
  }
  lines_.clear();
  attachments_.clear();
  history_.clear();
  revisions_ = 0;
  chainIntact_ = false;
  capturedWhileLocked_ = false;
  emit changed();
}

}  // namespace amparo::ui
