#include "report_pdf.h"

#include <algorithm>

#include "pdf.h"

namespace amparo::tools {

namespace {

struct Label {
  const char* key;
  const char* text;
};
constexpr Label kLabels[] = {{"title", "Title"},
                             {"when_start", "When (start)"},
                             {"when_end", "When (end)"},
                             {"time_zone", "Time zone"},
                             {"where", "Where"},
                             {"agency", "Agency"},
                             {"agency_other", "Agency (other)"},
                             {"officer_names", "Officer names"},
                             {"badge_numbers", "Badge numbers"},
                             {"vehicles", "Vehicles"},
                             {"biometric_steps", "Biometric steps"},
                             {"officer_device", "Officer's device / app"},
                             {"consent_asked", "Consent asked"},
                             {"status_asked", "Status asked"},
                             {"status_stated", "Status stated"},
                             {"reference_number", "Reference number"},
                             {"held_duration", "Held for"},
                             {"what_was_said", "What was said"},
                             {"what_was_taken", "What was taken"},
                             {"witnesses", "Witnesses"},
                             {"injuries", "Injuries"},
                             {"narrative", "Narrative"}};

std::string text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_array()) {
    std::string out;
    for (const auto& item : v) out += (out.empty() ? "" : ", ") + text(item);
    return out;
  }
  if (v.is_null()) return {};
  return v.dump();
}

std::string str(const nlohmann::json& obj, const char* key) {
  return obj.is_object() && obj.contains(key) ? text(obj.at(key)) : std::string();
}

void fields(PdfWriter& pdf, const nlohmann::json& f, const nlohmann::json* previous, float indent) {
  bool any = false;
  for (const auto& l : kLabels) {
    if (!f.contains(l.key)) {
      if (previous && previous->contains(l.key)) {
        pdf.field(l.text, "(removed)", indent);
        any = true;
      }
      continue;
    }
    if (previous && previous->contains(l.key) && previous->at(l.key) == f.at(l.key)) continue;
    pdf.field(l.text, text(f.at(l.key)), indent);
    any = true;
  }
  if (!any) pdf.paragraph(previous ? "(no field changed)" : "(no fields)", 10, false, indent);
}

}  // namespace

Bytes report_pdf(const nlohmann::json& r) {
  const auto& bundle = r.at("bundle");
  PdfWriter pdf("Amparo intake report - bundle " + str(bundle, "id"));
  pdf.heading("Amparo intake report", 18);
  pdf.paragraph(str(r, "verdict"), 10, true);
  bool non_latin = false;
  (void)PdfWriter::to_winansi(r.dump(), non_latin);
  if (non_latin) {
    pdf.space(4);
    pdf.paragraph(
        "Note: this PDF uses the standard Helvetica font (Latin script only). Characters it cannot show "
        "are printed as \"?\". The complete text, in every script, is in report.json next to this file.",
        9, false);
  }
  pdf.space(6);
  pdf.field("Bundle id", str(bundle, "id"));
  pdf.field("Exported", str(bundle, "created") + " (app: " + str(bundle, "app_version") + ", format v" +
                            str(bundle, "format_version") + ")");
  pdf.field("Recipient fingerprint", str(r.at("recipient"), "fingerprint"));
  pdf.field("Sender number", str(r.at("sender"), "sender_number"));
  pdf.field("Sender continuity", str(r.at("sender"), "continuity"));
  const auto& integrity = r.at("integrity");
  pdf.field("Integrity", "signature " + str(integrity, "signature") + "; chains " + str(integrity, "chains") +
                             "; hashes " + str(integrity, "hashes") + "; attachments " +
                             str(integrity, "attachments"));
  const auto& notes = r.at("notes");
  pdf.field("Contents", std::to_string(notes.size()) + " note(s)");

  // Chronology: by incident start when given, else by first save.
  std::vector<const nlohmann::json*> order;
  for (const auto& n : notes) order.push_back(&n);
  auto key = [](const nlohmann::json* n) {
    const std::string when = str(n->at("fields"), "when_start");
    return when.empty() ? str(*n, "created") : when;
  };
  std::stable_sort(order.begin(), order.end(), [&](auto* a, auto* b) { return key(a) < key(b); });

  pdf.space(8);
  pdf.heading("Chronology", 14);
  for (std::size_t i = 0; i < order.size(); ++i) {
    const auto& n = *order[i];
    const std::string when = str(n.at("fields"), "when_start");
    pdf.paragraph(std::to_string(i + 1) + ". " +
                      (when.empty() ? "(no incident time; first saved " + str(n, "created") + ")" : when) +
                      " - " + str(n.at("fields"), "title"),
                  10, false, 10);
  }

  for (std::size_t i = 0; i < order.size(); ++i) {
    const auto& n = *order[i];
    pdf.space(10);
    pdf.rule();
    const std::string title = str(n.at("fields"), "title");
    pdf.heading("Note " + std::to_string(i + 1) + (title.empty() ? "" : ": " + title), 14);
    pdf.field("Note id", str(n, "id"));
    pdf.field("First saved", str(n, "created"));
    pdf.field("Last saved", str(n, "updated"));
    pdf.field("Origin", str(n, "origin"));
    pdf.field("Revision chain", str(n, "chain_status") + " - " + str(n, "revision_count") +
                                    " revision(s), head " + str(n, "chain_head"));
    pdf.space(4);
    pdf.paragraph("Fields (latest revision)", 11, true);
    fields(pdf, n.at("fields"), nullptr, 10);
    const auto& atts = n.at("attachments");
    if (!atts.empty()) {
      pdf.space(4);
      pdf.paragraph("Attachments", 11, true);
      for (const auto& a : atts) {
        pdf.field(str(a, "name"),
                  str(a, "mime") + ", " + str(a, "size") + " bytes, added " + str(a, "added_at") + "; file " +
                      str(a, "file") + "; digest " + str(a, "digest"),
                  10);
      }
    }
    pdf.space(4);
    pdf.paragraph("Revision history", 11, true);
    const nlohmann::json* previous = nullptr;
    for (const auto& rev : n.at("revisions")) {
      pdf.paragraph("Revision " + str(rev, "number") + " - saved " + str(rev, "saved_at") + " (" +
                        str(rev, "origin") + ")",
                    10, true, 10);
      pdf.paragraph("hash " + str(rev, "hash") + "; previous " + str(rev, "previous_hash"), 8, false, 20);
      fields(pdf, rev.at("fields"), previous ? &previous->at("fields") : nullptr, 20);
      previous = &rev;
    }
  }
  return pdf.finish();
}

}  // namespace amparo::tools
