#include "rightsbridge.h"

#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

#include "displaydate.h"
#include "languagecontroller.h"

#ifdef AMPARO_RIGHTS_AVAILABLE
#include "rights/pack.h"
#endif

namespace amparo::ui {
namespace {
QString q(const std::string& s) {
  return QString::fromStdString(s);
}
}  // namespace

// ---- NamesModel ----
int NamesModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}
QVariant NamesModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= count()) return {};
  const NameRow& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case IdRole:
      return r.id;
    case TitleRole:
      return r.title;
    case SummaryRole:
      return r.summary;
    case FallbackRole:
      return r.fallback;
    default:
      return {};
  }
}
QHash<int, QByteArray> NamesModel::roleNames() const {
  return {{IdRole, "itemId"}, {TitleRole, "title"}, {SummaryRole, "summary"}, {FallbackRole, "fallback"}};
}
bool NamesModel::anyFallback() const {
  return std::any_of(rows_.begin(), rows_.end(), [](const NameRow& r) { return r.fallback; });
}
QString NamesModel::titleOf(const QString& id) const {
  for (const NameRow& r : rows_)
    if (r.id == id) return r.title;
  return {};
}
void NamesModel::reset(std::vector<NameRow> rows) {
  const bool changed = rows.size() != rows_.size();
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
  if (changed) emit countChanged();
  emit contentReset();
}

// ---- CardsModel ----
int CardsModel::rowCount(const QModelIndex& parent) const {
  return parent.isValid() ? 0 : static_cast<int>(rows_.size());
}
QVariant CardsModel::data(const QModelIndex& index, int role) const {
  if (!index.isValid() || index.row() >= count()) return {};
  const CardRow& r = rows_[static_cast<std::size_t>(index.row())];
  switch (role) {
    case IdRole:
      return r.id;
    case TitleRole:
      return r.title;
    case SayRole:
      return r.say;
    case SayEnglishRole:
      return r.sayEnglish;
    case ExplanationRole:
      return r.explanation;
    case CaveatRole:
      return r.caveat;
    case DoRole:
      return r.doList;
    case DontRole:
      return r.dontList;
    case SourcesRole:
      return r.sources;
    case SettledRole:
      return r.settled;
    case CertaintyRole:
      return r.certainty;
    case ReviewedRole:
      return r.reviewed;
    case FallbackRole:
      return r.fallback;
    default:
      return {};
  }
}
QHash<int, QByteArray> CardsModel::roleNames() const {
  return {{IdRole, "cardId"},
          {TitleRole, "title"},
          {SayRole, "say"},
          {SayEnglishRole, "sayEnglish"},
          {ExplanationRole, "explanation"},
          {CaveatRole, "caveat"},
          {DoRole, "doList"},
          {DontRole, "dontList"},
          {SourcesRole, "sources"},
          {SettledRole, "settled"},
          {CertaintyRole, "certainty"},
          {ReviewedRole, "reviewed"},
          {FallbackRole, "fallback"}};
}
void CardsModel::reset(std::vector<CardRow> rows) {
  const bool changed = rows.size() != rows_.size();
  beginResetModel();
  rows_ = std::move(rows);
  endResetModel();
  if (changed) emit countChanged();
}

// ---- RightsBridge ----
RightsBridge::RightsBridge(PackSource source, LanguageController& language, QObject* parent)
    : QObject(parent),
      source_(std::move(source)),
      language_(language),
      situations_(this),
      statuses_(this),
      cards_(this) {
  connect(&language_, &LanguageController::codeChanged, this, &RightsBridge::reload);
}

RightsBridge::RightsBridge(const rights::Pack* pack, QString loadError, LanguageController& language,
                           QObject* parent)
    : RightsBridge(
          [pack, loadError](QString& error) {
            error = loadError;
            return pack;
          },
          language, parent) {}

const rights::Pack* RightsBridge::pack() const {
  if (!loaded_) {
    loaded_ = true;
    if (source_) pack_ = source_(loadError_);
    source_ = nullptr;
    // Nothing was read from the models or the card before this: fill them without signals.
    const_cast<RightsBridge*>(this)->fill(false);
  }
  return pack_;
}

RightsBridge::~RightsBridge() = default;

std::string RightsBridge::lang() const {
  return language_.code().toStdString();
}

#ifdef AMPARO_RIGHTS_AVAILABLE
namespace {
QString certaintyText(rights::Certainty c) {
  switch (c) {
    case rights::Certainty::Settled:
      return RightsBridge::tr("Settled law");
    case rights::Certainty::Uncertain:
      return RightsBridge::tr("Unsettled: courts have not decided this clearly");
    case rights::Certainty::Contested:
      return RightsBridge::tr("Unsettled: courts disagree about this");
    case rights::Certainty::Varies:
      return RightsBridge::tr("Unsettled: this depends on where you are");
  }
  return {};
}
QStringList list(const std::vector<std::string>& v) {
  QStringList out;
  for (const auto& s : v) out << q(s);
  return out;
}
CardRow toRow(const rights::CardView& c) {
  CardRow r;
  r.id = q(c.id);
  r.title = q(c.title);
  r.say = q(c.say);
  r.sayEnglish = q(c.say_en);
  r.explanation = q(c.explanation);
  r.caveat = q(c.caveat);
  r.doList = list(c.do_list);
  r.dontList = list(c.dont_list);
  for (const auto& s : c.sources) {
    QString line = q(s.title);
    if (!s.publisher.empty()) line += QStringLiteral(" — ") + q(s.publisher);
    if (!s.date.empty()) line += QStringLiteral(" (") + q(s.date) + QLatin1Char(')');
    r.sources << line;
  }
  r.settled = c.certainty == rights::Certainty::Settled;
  r.certainty = certaintyText(c.certainty);
  r.reviewed = q(c.reviewed);
  r.fallback = c.fallback;
  return r;
}
std::vector<NameRow> names(const std::vector<rights::NameView>& v) {
  std::vector<NameRow> out;
  for (const auto& n : v) out.push_back({q(n.id), q(n.title), q(n.summary), n.fallback});
  return out;
}
}  // namespace
#endif

QString RightsBridge::packId() const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (const auto* p = pack()) return q(p->id());
#endif
  return {};
}
QString RightsBridge::packVersion() const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (const auto* p = pack()) return QString::number(p->version());
#endif
  return {};
}
QString RightsBridge::packPublished() const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (const auto* p = pack()) return q(p->published());
#endif
  return {};
}
QString RightsBridge::packPublisher() const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (const auto* p = pack()) return q(p->manifest().publisher);
#endif
  return {};
}
QString RightsBridge::packRegion() const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (const auto* p = pack()) {
    const QString code = q(p->manifest().jurisdiction);
    if (code == QLatin1String("US")) return tr("the United States");
    return code;  // a pack for another place: its code until the app knows its name
  }
#endif
  return {};
}
QString RightsBridge::packDate() const {
  const QDate date = QDate::fromString(packPublished(), Qt::ISODate);
  return date.isValid() ? displayDate(date) : packPublished();
}
bool RightsBridge::packOld() const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (const auto* p = pack()) return p->older_than_12_months(rights::Date::today_utc());
#endif
  return false;
}

QStringList RightsBridge::sourceList() const {
  QStringList out;
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (!pack()) return out;
  for (const auto& s : pack_->manifest().sources) {
    QString line = q(s.title);
    if (!s.publisher.empty()) line += QStringLiteral(" — ") + q(s.publisher);
    if (!s.date.empty()) line += QStringLiteral(" (") + q(s.date) + QLatin1Char(')');
    out << line;
  }
#endif
  return out;
}

bool RightsBridge::hasSituation(const QString& id) const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (!pack()) return false;
  for (const auto& s : pack_->manifest().situations)
    if (q(s) == id) return true;
#else
  Q_UNUSED(id);
#endif
  return false;
}

void RightsBridge::reload() {
  if (loaded_) fill(true);  // before the first use there is nothing to redo: it reads the new language
}

void RightsBridge::fill(bool notify) {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (!pack_) return;
  situations_.reset(names(pack_->situations(lang())));
  statuses_.reset(names(pack_->statuses(lang())));
  if (!shownSituation_.isEmpty()) showCards(shownSituation_, shownStatus_);
  prepareEncounter(encounterSituation_);
  if (notify) {
    emit encounterChanged();
    emit contentChanged();
  }
#else
  Q_UNUSED(notify);
#endif
}

bool RightsBridge::showCards(const QString& situation, const QString& status) {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (!pack()) return false;
  const std::string st = status.toStdString();
  auto cards = pack_->cards_for(
      situation.toStdString(), status.isEmpty() ? std::nullopt : std::optional<std::string_view>(st), lang());
  if (!cards) return false;
  std::vector<CardRow> rows;
  for (const auto& c : cards.value()) rows.push_back(toRow(c));
  shownSituation_ = situation;
  shownStatus_ = status;
  cards_.reset(std::move(rows));
  return true;
#else
  Q_UNUSED(situation);
  Q_UNUSED(status);
  return false;
#endif
}

QStringList RightsBridge::sentences(const QString& text) {
  // Splits at ". ", "? ", "! " (and Arabic ؟ ۔) before a capital or non-Latin letter, but not
  // inside abbreviations such as "U.S." or "EE. UU.".
  QStringList out;
  QString current;
  qsizetype wordStart = 0;
  for (qsizetype i = 0; i < text.size(); ++i) {
    const QChar c = text[i];
    current += c;
    if (c.isSpace()) wordStart = current.size();
    const bool question = c == QLatin1Char('?') || c == QLatin1Char('!') || c == QChar(0x061F);
    const bool stop = c == QLatin1Char('.') || c == QChar(0x06D4);
    if (!question && !stop) continue;
    if (i + 1 < text.size() && !text[i + 1].isSpace()) continue;
    qsizetype j = i + 1;
    while (j < text.size() && text[j].isSpace()) ++j;
    const bool atEnd = j >= text.size();
    if (!atEnd && text[j].isLower()) continue;
    if (stop && !atEnd) {
      // "U.S." (a stop inside the word) or "EE. UU." (the next word is a short abbreviation).
      const QString word = current.mid(wordStart).chopped(1);
      if (word.contains(QLatin1Char('.'))) continue;
      qsizetype end = j;
      while (end < text.size() && !text[end].isSpace()) ++end;
      const QString next = text.mid(j, end - j);
      static const QRegularExpression kAbbreviation(QStringLiteral("^[A-Z]{1,3}\\.$"));
      if (word.size() <= 3 && kAbbreviation.match(next).hasMatch()) continue;
    }
    if (!current.trimmed().isEmpty()) out << current.trimmed();
    current.clear();
    wordStart = 0;
  }
  if (!current.trimmed().isEmpty()) out << current.trimmed();
  return out;
}

void RightsBridge::clearCards() {
  shownSituation_.clear();
  shownStatus_.clear();
  cards_.reset({});
}

bool RightsBridge::chooseEncounter(const QString& situation) {
  if (!pack()) return false;
  const bool ok = prepareEncounter(situation);
  emit encounterChanged();
  return ok;
}

bool RightsBridge::prepareEncounter(const QString& situation) {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (!pack_) return false;
  QStringList lines, english;
  QString title;
  bool fallback = false;
  // A line already on the card (in either language) is not said twice: cards of one situation
  // often repeat the basics ("I choose to remain silent.") among their own lines.
  auto addLine = [&](const QString& mine, const QString& en) {
    if (lines.contains(mine) || english.contains(en)) return false;
    lines << mine;
    english << en;
    return true;
  };
  auto addCard = [&](const rights::CardView& c) {
    if (c.say.empty()) return;
    // One sentence per line reads better at arm's length; pair them only when both languages
    // have the same number of sentences, otherwise keep the line whole.
    const QStringList mine = sentences(q(c.say));
    const QStringList en = sentences(q(c.say_en));
    bool added = false;
    if (mine.size() == en.size() && mine.size() > 1) {
      for (qsizetype i = 0; i < mine.size(); ++i) added = addLine(mine[i], en[i]) || added;
    } else {
      added = addLine(q(c.say), q(c.say_en));
    }
    fallback = fallback || (added && c.fallback);
  };
  bool ok = true;
  const rights::CardView basics = pack_->default_card(lang());
  if (!situation.isEmpty()) {
    auto cards = pack_->cards_for(situation.toStdString(), std::nullopt, lang());
    if (cards) {
      auto name = pack_->situation(situation.toStdString(), lang());
      title = name ? q(name.value().title) : QString();
      for (const auto& c : cards.value()) {
        if (lines.size() >= 6) break;
        addCard(c);
      }
    } else {
      ok = false;
    }
  }
  if (lines.isEmpty()) {
    title = q(basics.title);
    addCard(basics);
  }
  encounterSituation_ = ok ? situation : QString();
  encounterTitle_ = title;
  encounterLines_ = lines;
  encounterLinesEnglish_ = english;
  encounterFallback_ = fallback;
  encounterDo_ = list(basics.do_list);
  encounterDont_ = list(basics.dont_list);
  return ok;
#else
  Q_UNUSED(situation);
  return false;
#endif
}

}  // namespace amparo::ui
