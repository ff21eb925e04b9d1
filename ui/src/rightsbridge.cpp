#include "rightsbridge.h"

#include <QDate>
#include <QLocale>
#include <algorithm>

#include "displaydate.h"
#include "languagecontroller.h"

#ifdef AMPARO_RIGHTS_AVAILABLE
#include "rights/pack.h"
#include "rights/say_card.h"
#endif

namespace amparo::ui {
namespace {
QString q(const std::string& s) {
  return QString::fromStdString(s);
}
// A pack date (YYYY-MM-DD) as people read it in their language; anything else as given.
QString dateText(const QString& iso) {
  const QDate date = QDate::fromString(iso, Qt::ISODate);
  return date.isValid() ? displayDate(date) : iso;
}
QString dateText(const std::string& iso) {
  return dateText(q(iso));
}
bool containsId(const std::vector<std::string>& ids, const QString& id) {
  return std::any_of(ids.begin(), ids.end(), [&](const std::string& s) { return q(s) == id; });
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
    case SayLinesRole:
      return r.sayLines;
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
    case ReviewRole:
      return r.review;
    case FallbackRole:
      return r.fallback;
    case ShowHotlinesRole:
      return r.showHotlines;
    case ForStatusesRole:
      return r.forStatuses;
    default:
      return {};
  }
}
QHash<int, QByteArray> CardsModel::roleNames() const {
  return {{IdRole, "cardId"},
          {TitleRole, "title"},
          {SayLinesRole, "sayLines"},
          {ExplanationRole, "explanation"},
          {CaveatRole, "caveat"},
          {DoRole, "doList"},
          {DontRole, "dontList"},
          {SourcesRole, "sources"},
          {SettledRole, "settled"},
          {CertaintyRole, "certainty"},
          {ReviewRole, "review"},
          {FallbackRole, "fallback"},
          {ShowHotlinesRole, "showHotlines"},
          {ForStatusesRole, "forStatuses"}};
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
QString sourceLine(const rights::SourceView& s) {
  QString line = q(s.title);
  if (!s.publisher.empty()) line += QStringLiteral(" — ") + q(s.publisher);
  if (!s.date.empty()) {
    line += QStringLiteral(" (") + q(s.date) + QLatin1Char(')');
  } else if (!s.accessed.empty()) {
    line += QStringLiteral(" (") + RightsBridge::tr("undated; read on %1").arg(dateText(s.accessed)) +
            QLatin1Char(')');
  }
  return line;
}
QString statusNames(const rights::Pack& pack, const std::vector<std::string>& ids, const std::string& lang) {
  QStringList names;
  for (const auto& id : ids) {
    const auto st = pack.status(id, lang);
    names << (st ? q(st.value().title) : q(id));
  }
  return names.join(QStringLiteral(", "));
}
CardRow toRow(const rights::Pack& pack, const rights::CardView& c, bool labelLines) {
  CardRow r;
  r.id = q(c.id);
  r.title = q(c.title);
  if (labelLines && !c.statuses.empty()) r.forStatuses = statusNames(pack, c.statuses, c.lang);
  for (const auto& l : c.say_lines) {
    // Without a chosen status a line narrower than its card names whom it is for.
    const bool narrower = labelLines && !l.statuses.empty() && l.statuses != c.statuses;
    r.sayLines << QVariantMap{
        {QStringLiteral("say"), q(l.say)},
        {QStringLiteral("sayEnglish"), q(l.say_en)},
        {QStringLiteral("forStatuses"), narrower ? statusNames(pack, l.statuses, c.lang) : QString()}};
  }
  r.explanation = q(c.explanation);
  r.caveat = q(c.caveat);
  r.doList = list(c.do_list);
  r.dontList = list(c.dont_list);
  for (const auto& s : c.sources) r.sources << sourceLine(s);
  r.settled = c.certainty == rights::Certainty::Settled;
  r.certainty = certaintyText(c.certainty);
  // "Reviewed" only when a lawyer is on record; otherwise the card says it is a draft.
  r.review = c.review
                 ? RightsBridge::tr("Reviewed by %1 on %2").arg(q(c.review->by), dateText(c.review->date))
                 : RightsBridge::tr("Draft, not yet reviewed by a lawyer");
  r.fallback = c.fallback;
  r.showHotlines = c.show_hotlines;
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
  return dateText(packPublished());
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
    out << sourceLine(rights::SourceView{s.id, s.title, s.publisher, s.url, s.date, s.accessed});
  }
#endif
  return out;
}

bool RightsBridge::hasSituation(const QString& id) const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  return pack() && containsId(pack_->manifest().situations, id);
#else
  Q_UNUSED(id);
  return false;
#endif
}

bool RightsBridge::hasStatus(const QString& id) const {
#ifdef AMPARO_RIGHTS_AVAILABLE
  return pack() && containsId(pack_->manifest().statuses, id);
#else
  Q_UNUSED(id);
  return false;
#endif
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
  prepareEncounter(encounterSituation_, encounterStatus_);
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
  for (const auto& c : cards.value()) rows.push_back(toRow(*pack_, c, status.isEmpty()));
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

void RightsBridge::clearCards() {
  shownSituation_.clear();
  shownStatus_.clear();
  cards_.reset({});
}

bool RightsBridge::chooseEncounter(const QString& situation, const QString& status) {
  if (!pack()) return false;
  const bool ok = prepareEncounter(situation, status);
  emit encounterChanged();
  return ok;
}

QVariantList RightsBridge::hotlines() const {
  QVariantList out;
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (!pack()) return out;
  for (const auto& h : pack_->hotlines(lang())) {
    QStringList sources;
    for (const auto& s : h.sources) sources << sourceLine(s);
    out << QVariantMap{{QStringLiteral("name"), q(h.name)},
                       {QStringLiteral("number"), q(h.number)},
                       {QStringLiteral("region"), q(h.region)},
                       {QStringLiteral("purpose"), q(h.purpose)},
                       {QStringLiteral("hours"), q(h.hours)},
                       {QStringLiteral("fallback"), h.fallback},
                       {QStringLiteral("unconfirmed"), h.certainty != rights::Certainty::Settled},
                       {QStringLiteral("sources"), sources}};
  }
#endif
  return out;
}

bool RightsBridge::prepareEncounter(const QString& situation, const QString& status) {
#ifdef AMPARO_RIGHTS_AVAILABLE
  if (!pack_) return false;
  // The rule lives in core (rights/say_card): with no status only lines true for everyone.
  auto card = rights::compose_say_card(*pack_, situation.toStdString(), status.toStdString(), lang());
  bool ok = card.has_value();
  if (!ok) card = rights::compose_say_card(*pack_, {}, {}, lang());  // unknown ids: the emergency card
  QStringList lines, english;
  if (card) {
    for (const auto& l : card->lines) {
      lines << q(l.say);
      english << q(l.say_en);
    }
  }
  encounterSituation_ = ok ? situation : QString();
  encounterStatus_ = ok ? status : QString();
  encounterStatusTitle_.clear();
  if (ok && !status.isEmpty()) {
    if (const auto st = pack_->status(status.toStdString(), lang()))
      encounterStatusTitle_ = q(st.value().title);
  }
  encounterTitle_ = card ? q(card->title) : QString();
  encounterLines_ = lines;
  encounterLinesEnglish_ = english;
  encounterFallback_ = card && card->fallback;
  encounterShowHotlines_ = card && card->show_hotlines;
  encounterDo_ = card ? list(card->do_list) : QStringList();
  encounterDont_ = card ? list(card->dont_list) : QStringList();
  return ok;
#else
  Q_UNUSED(situation);
  Q_UNUSED(status);
  return false;
#endif
}

}  // namespace amparo::ui
