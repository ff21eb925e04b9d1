// The rights content (core/rights) as QML sees it: situations, statuses, guide cards and the
// encounter card, in the current language with the pack's own English fallback flagged. All
// text is plain (SR-27). The status a person picks lives only in the QML page that asked for it.
#pragma once

#include <QtQml/qqmlregistration.h>

#include <QAbstractListModel>
#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <functional>
#include <memory>
#include <vector>

#include "singleton.h"

namespace amparo::rights {
class Pack;
}

namespace amparo::ui {

class LanguageController;

struct NameRow {
  QString id, title, summary;
  bool fallback = false;
};

class NamesModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by Rights")
  Q_PROPERTY(int count READ count NOTIFY countChanged)
  // Some names are the pack's English, shown because the language lacks them (the guide says so).
  Q_PROPERTY(bool anyFallback READ anyFallback NOTIFY contentReset)
 public:
  enum Role { IdRole = Qt::UserRole + 1, TitleRole, SummaryRole, FallbackRole };
  using QAbstractListModel::QAbstractListModel;
  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }
  [[nodiscard]] bool anyFallback() const;
  Q_INVOKABLE QString titleOf(const QString& id) const;
  void reset(std::vector<NameRow> rows);
 signals:
  void countChanged();
  void contentReset();

 private:
  std::vector<NameRow> rows_;
};

struct CardRow {
  QString id, title, explanation, caveat, review, certainty;
  QString forStatuses;  // without a chosen status: whom a status-specific card is for ("" = everyone)
  // Each: {say, sayEnglish, forStatuses} — forStatuses names whom a line is for when it is not
  // for everyone the card is shown to ("" otherwise), so nobody says what is not theirs.
  QVariantList sayLines;
  QStringList doList, dontList, sources;
  bool settled = true;
  bool fallback = false;
  bool showHotlines = false;
};

class CardsModel : public QAbstractListModel {
  Q_OBJECT
  QML_ELEMENT
  QML_UNCREATABLE("Owned by Rights")
  Q_PROPERTY(int count READ count NOTIFY countChanged)
 public:
  enum Role {
    IdRole = Qt::UserRole + 1,
    TitleRole,
    SayLinesRole,
    ExplanationRole,
    CaveatRole,
    DoRole,
    DontRole,
    SourcesRole,
    SettledRole,
    CertaintyRole,
    ReviewRole,
    FallbackRole,
    ShowHotlinesRole,
    ForStatusesRole
  };
  using QAbstractListModel::QAbstractListModel;
  [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
  [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
  [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
  [[nodiscard]] int count() const { return static_cast<int>(rows_.size()); }
  void reset(std::vector<CardRow> rows);
 signals:
  void countChanged();

 private:
  std::vector<CardRow> rows_;
};

class RightsBridge : public QObject, public BootstrapSingleton<RightsBridge> {
  Q_OBJECT
  QML_NAMED_ELEMENT(Rights)
  QML_SINGLETON
  Q_PROPERTY(bool available READ available CONSTANT)
  Q_PROPERTY(QString packId READ packId CONSTANT)
  Q_PROPERTY(QString packVersion READ packVersion CONSTANT)
  Q_PROPERTY(QString packPublished READ packPublished CONSTANT)
  Q_PROPERTY(QString packPublisher READ packPublisher CONSTANT)
  Q_PROPERTY(bool packOld READ packOld CONSTANT)
  // For people, not for support: where the content applies ("the United States") and when it was
  // published, as a date in the person's language.
  Q_PROPERTY(QString packRegion READ packRegion NOTIFY contentChanged)
  Q_PROPERTY(QString packDate READ packDate NOTIFY contentChanged)
  Q_PROPERTY(QString loadError READ loadError CONSTANT)
  Q_PROPERTY(NamesModel* situations READ situations CONSTANT)
  Q_PROPERTY(NamesModel* statuses READ statuses CONSTANT)
  Q_PROPERTY(CardsModel* cards READ cards CONSTANT)
  Q_PROPERTY(QStringList sourceList READ sourceList NOTIFY contentChanged)
  // The encounter card for encounterSituation ("" = the pack's default card) and encounterStatus
  // ("" = none chosen: only lines true for every status). Composed in core (rights/say_card).
  Q_PROPERTY(QString encounterSituation READ encounterSituation NOTIFY encounterChanged)
  Q_PROPERTY(QString encounterStatus READ encounterStatus NOTIFY encounterChanged)
  Q_PROPERTY(QString encounterStatusTitle READ encounterStatusTitle NOTIFY encounterChanged)
  Q_PROPERTY(bool encounterShowHotlines READ encounterShowHotlines NOTIFY encounterChanged)
  Q_PROPERTY(QString encounterTitle READ encounterTitle NOTIFY encounterChanged)
  Q_PROPERTY(QStringList encounterLines READ encounterLines NOTIFY encounterChanged)
  Q_PROPERTY(QStringList encounterLinesEnglish READ encounterLinesEnglish NOTIFY encounterChanged)
  Q_PROPERTY(bool encounterFallback READ encounterFallback NOTIFY encounterChanged)
  // The basics for the person (not the officer): do / don't of the pack's default card.
  Q_PROPERTY(QStringList encounterDo READ encounterDo NOTIFY encounterChanged)
  Q_PROPERTY(QStringList encounterDont READ encounterDont NOTIFY encounterChanged)
  // The pack's phone numbers: {name, number, region, purpose, hours, unconfirmed, sources}.
  Q_PROPERTY(QVariantList hotlines READ hotlines NOTIFY contentChanged)

 public:
  // Gives the pack (null if none could be loaded, with `error` saying why); not owned. Called once,
  // when QML first needs the content: the app loads and verifies the pack on another thread
  // meanwhile (AppBootstrap), so start-up does not wait for it.
  using PackSource = std::function<const rights::Pack*(QString& error)>;
  RightsBridge(PackSource source, LanguageController& language, QObject* parent = nullptr);
  // `pack` may be null (no content could be loaded: loadError says why); not owned.
  RightsBridge(const rights::Pack* pack, QString loadError, LanguageController& language,
               QObject* parent = nullptr);
  ~RightsBridge() override;
  using BootstrapSingleton<RightsBridge>::create;

  [[nodiscard]] bool available() const { return pack() != nullptr; }
  [[nodiscard]] QString packId() const;
  [[nodiscard]] QString packVersion() const;
  [[nodiscard]] QString packPublished() const;
  [[nodiscard]] QString packPublisher() const;
  [[nodiscard]] bool packOld() const;
  [[nodiscard]] QString packRegion() const;
  [[nodiscard]] QString packDate() const;
  [[nodiscard]] QString loadError() const {
    (void)pack();
    return loadError_;
  }
  [[nodiscard]] NamesModel* situations() {
    (void)pack();
    return &situations_;
  }
  [[nodiscard]] NamesModel* statuses() {
    (void)pack();
    return &statuses_;
  }
  [[nodiscard]] CardsModel* cards() { return &cards_; }
  [[nodiscard]] QStringList sourceList() const;
  // The encounter card last chosen (the default card until chooseEncounter()).
  [[nodiscard]] QString encounterSituation() const { return (void)pack(), encounterSituation_; }
  [[nodiscard]] QString encounterTitle() const { return (void)pack(), encounterTitle_; }
  [[nodiscard]] QString encounterStatus() const { return (void)pack(), encounterStatus_; }
  [[nodiscard]] QString encounterStatusTitle() const { return (void)pack(), encounterStatusTitle_; }
  [[nodiscard]] bool encounterShowHotlines() const { return (void)pack(), encounterShowHotlines_; }
  [[nodiscard]] QVariantList hotlines() const;
  [[nodiscard]] QStringList encounterLines() const { return (void)pack(), encounterLines_; }
  [[nodiscard]] QStringList encounterLinesEnglish() const { return (void)pack(), encounterLinesEnglish_; }
  [[nodiscard]] bool encounterFallback() const { return (void)pack(), encounterFallback_; }
  [[nodiscard]] QStringList encounterDo() const { return (void)pack(), encounterDo_; }
  [[nodiscard]] QStringList encounterDont() const { return (void)pack(), encounterDont_; }

  Q_INVOKABLE bool hasSituation(const QString& id) const;
  Q_INVOKABLE bool hasStatus(const QString& id) const;
  // Fills `cards` for a situation and (optionally, "" = any) a status.
  Q_INVOKABLE bool showCards(const QString& situation, const QString& status);
  Q_INVOKABLE void clearCards();
  // `status` "" = none chosen. Kept in memory only, like the guide's choice.
  Q_INVOKABLE bool chooseEncounter(const QString& situation, const QString& status = QString());

 signals:
  void contentChanged();
  void encounterChanged();

 private:
  void reload();
  // Fills the models and the encounter card from the pack; `notify`: emit the change signals.
  void fill(bool notify);
  bool prepareEncounter(const QString& situation, const QString& status);
  [[nodiscard]] std::string lang() const;
  // The pack, asked from the source on first use (const: a getter may be the first use).
  const rights::Pack* pack() const;

  mutable PackSource source_;
  mutable const rights::Pack* pack_ = nullptr;
  mutable bool loaded_ = false;
  mutable QString loadError_;
  LanguageController& language_;
  NamesModel situations_;
  NamesModel statuses_;
  CardsModel cards_;
  QString shownSituation_, shownStatus_;
  QString encounterSituation_, encounterStatus_, encounterStatusTitle_, encounterTitle_;
  bool encounterShowHotlines_ = false;
  QStringList encounterLines_, encounterLinesEnglish_, encounterDo_, encounterDont_;
  bool encounterFallback_ = false;
};

}  // namespace amparo::ui
