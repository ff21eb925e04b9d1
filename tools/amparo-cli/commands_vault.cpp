#include "commands_vault.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include "crypto/encoding.h"
#include "crypto/random.h"
#include "passphrase.h"
#include "vault/note_json.h"
#include "vault/vault.h"

namespace amparo::cli {

namespace fs = std::filesystem;
using vault::NoteFields;
using vault::Text;
using vault::Vault;
using vault::VaultError;

namespace {

// ---------------------------------------------------------------------------------------------
// Shared pieces

constexpr std::string_view kLegalWarning =
    "WARNING: destroying data during or after a lawful search, or when you expect one, can be a\n"
    "federal crime in the United States (18 U.S.C. \xc2\xa7 2232, \xc2\xa7 1519), even if the data\n"
    "would have helped you. Talk to a lawyer first, and export your notes to your legal-aid\n"
    "organization before erasing anything. Erasing cannot be undone.\n";

constexpr std::string_view kDelayLabel =
    "(this delay only slows down this program; anyone with a copy of the vault files is held back\n"
    " only by the passphrase's strength and Argon2id)";

std::string seconds_text(std::chrono::milliseconds ms) {
  const auto s = (ms.count() + 999) / 1000;
  return std::to_string(s) + (s == 1 ? " second" : " seconds");
}

void print_delay(std::chrono::milliseconds ms) {
  print_error("wait " + seconds_text(ms) + " before the next attempt");
  std::fprintf(stderr, "%.*s\n", static_cast<int>(kDelayLabel.size()), kDelayLabel.data());
}

int input_failure(const InputFailure& f) {
  print_error(f.message);
  return code(f.exit);
}

// Options every vault command takes.
OptionSpec opt_vault() {
  return {"vault", true};
}
OptionSpec opt_pass() {
  return {"passphrase-fd", true};
}

// Checks the SR-12 delay before asking for a passphrase, reads it, unlocks.
std::optional<Vault> open_vault(const Args& args, const fs::path& dir, int& exit_code) {
  auto source = PassphraseSource::from_option(args.value("passphrase-fd"));
  if (!source) {
    exit_code = input_failure(source.error());
    return std::nullopt;
  }
  if (!Vault::exists(dir)) {
    exit_code = report(make_error(VaultError::NotAVault));
    return std::nullopt;
  }
  if (const auto delay = Vault::required_delay(dir); delay.count() > 0) {
    print_error("too many failed attempts");
    print_delay(delay);
    exit_code = code(Exit::Delay);
    return std::nullopt;
  }
  auto passphrase = source->existing("Passphrase: ");
  if (!passphrase) {
    exit_code = input_failure(passphrase.error());
    return std::nullopt;
  }
  auto v = Vault::unlock(dir, *passphrase, nullptr);
  passphrase->reset();
  if (!v) {
    exit_code = report(v.error());
    if (v.error().code == VaultError::WrongPassphrase) {
      if (const auto delay = Vault::required_delay(dir); delay.count() > 0) print_delay(delay);
    }
    return std::nullopt;
  }
  const auto& r = v->unlock_report();
  if (r.public_key_mismatch) {
    print_error(
        "warning: the capture key file in this folder does not match the vault header; notes "
        "captured while locked may have gone to someone else's key (SR-16)");
  }
  if (r.captures_merged > 0) {
    print_error("merged " + std::to_string(r.captures_merged) + " note(s) captured while locked");
  }
  if (r.captures_quarantined > 0) {
    print_error("set aside " + std::to_string(r.captures_quarantined) +
                " malformed captured entr(ies); they were not merged");
  }
  return std::move(*v);
}

// Reads at most `cap` bytes of a file ("-" = stdin) into zeroizing memory.
struct ReadResult {
  vault::SecureBytes data;
  bool too_large = false;
  bool not_found = false;
  bool io_error = false;
};
ReadResult read_bounded(std::string_view path, std::size_t cap) {
  ReadResult r;
  int fd = 0;
  if (path != "-") {
    fd = ::open(std::string(path).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      (errno == ENOENT ? r.not_found : r.io_error) = true;
      return r;
    }
  }
  r.data.reserve(64 * 1024);
  unsigned char buf[16 * 1024];
  for (;;) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0) {
      if (errno == EINTR) continue;
      r.io_error = true;
      break;
    }
    if (n == 0) break;
    if (r.data.size() + static_cast<std::size_t>(n) > cap) {
      r.too_large = true;
      break;
    }
    r.data.insert(r.data.end(), buf, buf + n);
  }
  vault::secure_wipe(buf, sizeof buf);
  if (fd != 0) ::close(fd);
  return r;
}

std::optional<crypto::KdfParams> kdf_from_args(const Args& args, int& exit_code) {
  const auto preset = args.value("kdf");
  const auto ops = args.value("kdf-ops");
  const auto mem = args.value("kdf-mem-mib");
  if (preset && (ops || mem)) {
    exit_code = usage_error(args.command(), "--kdf cannot be combined with --kdf-ops / --kdf-mem-mib");
    return std::nullopt;
  }
  // Calibrate (the default) only when nothing else was asked for.
  crypto::KdfParams p{};
  const bool calibrate = (!preset && !ops && !mem) || (preset && *preset == "calibrate");
  if (calibrate) {
    std::fputs("tuning Argon2id to take about 0.5 s on this machine...\n", stderr);
    p = default_kdf();
  } else if (!preset) {
    p = crypto::KdfParams{3, 256ULL << 20};  // explicit --kdf-ops / --kdf-mem-mib start from moderate
  }
  if (preset) {
    if (*preset == "interactive") {
      p = crypto::KdfParams::interactive();
    } else if (*preset == "moderate") {
      p = crypto::KdfParams{3, 256ULL << 20};
    } else if (*preset != "calibrate") {
      exit_code = usage_error(args.command(), "--kdf must be calibrate, interactive or moderate");
      return std::nullopt;
    }
  }
  if (ops) {
    const auto v = parse_uint(*ops);
    if (!v) {
      exit_code = usage_error(args.command(), "--kdf-ops needs a number");
      return std::nullopt;
    }
    p.opslimit = *v;
  }
  if (mem) {
    const auto v = parse_uint(*mem);
    if (!v || *v > (1ULL << 20)) {
      exit_code = usage_error(args.command(), "--kdf-mem-mib needs a number");
      return std::nullopt;
    }
    p.memlimit = *v << 20;
  }
  if (!p.in_range()) {
    print_error("Argon2id parameters out of range: 2..16 passes, 64..1024 MiB");
    exit_code = code(Exit::InvalidInput);
    return std::nullopt;
  }
  return p;
}

std::string describe_kdf(const crypto::KdfParams& p) {
  return "Argon2id, " + std::to_string(p.opslimit) + " passes, " + std::to_string(p.memlimit >> 20) + " MiB";
}

// Flag names use '-', the JSON schema '_': "dont-know" == "dont_know".
std::string normalise(std::string_view s) {
  std::string out(s);
  for (auto& c : out) {
    if (c == '-') c = '_';
  }
  return out;
}

std::string_view mime_for(const fs::path& p) {
  auto ext = p.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (ext == ".jpg" || ext == ".jpeg") return "image/jpeg";
  if (ext == ".png") return "image/png";
  if (ext == ".heic") return "image/heic";
  if (ext == ".mp4") return "video/mp4";
  if (ext == ".mov") return "video/quicktime";
  if (ext == ".m4a") return "audio/mp4";
  if (ext == ".mp3") return "audio/mpeg";
  if (ext == ".ogg" || ext == ".opus") return "audio/ogg";
  if (ext == ".wav") return "audio/wav";
  if (ext == ".pdf") return "application/pdf";
  if (ext == ".txt") return "text/plain";
  return "application/octet-stream";
}

// ---------------------------------------------------------------------------------------------
// init

int run_init(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  int rc = 0;
  const auto kdf = kdf_from_args(args, rc);
  if (!kdf) return rc;
  auto source = PassphraseSource::from_option(args.value("passphrase-fd"));
  if (!source) return input_failure(source.error());
  if (Vault::exists(*dir)) return report(make_error(VaultError::AlreadyExists));
  auto passphrase = source->fresh("New passphrase: ");
  if (!passphrase) return input_failure(passphrase.error());
  vault::CreateOptions options;
  options.kdf = *kdf;
  auto v = Vault::create(*dir, *passphrase, options);
  passphrase->reset();
  if (!v) return report(v.error());
  out("vault " + v->id() + " created (" + describe_kdf(*kdf) + ")\n");
  std::fputs(
      "Note: amparo-cli keeps no device secret, so this vault is protected by the passphrase alone.\n"
      "Anyone with a copy of the folder can try passphrases offline, and this program cannot stop\n"
      "other programs you run from reading the screen or memory. There is no recovery if you\n"
      "forget the passphrase.\n",
      stderr);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// add

struct TextFlag {
  std::string_view flag;
  Text NoteFields::*member;
};
const std::vector<TextFlag>& text_flags() {
  static const std::vector<TextFlag> flags = {
      {"title", &NoteFields::title},
      {"narrative", &NoteFields::narrative},
      {"when-start", &NoteFields::when_start},
      {"when-end", &NoteFields::when_end},
      {"time-zone", &NoteFields::time_zone},
      {"where", &NoteFields::where},
      {"agency-other", &NoteFields::agency_other},
      {"officer-device", &NoteFields::officer_device},
      {"reference-number", &NoteFields::reference_number},
      {"held-duration", &NoteFields::held_duration},
      {"said", &NoteFields::what_was_said},
      {"taken", &NoteFields::what_was_taken},
      {"witnesses", &NoteFields::witnesses},
      {"injuries", &NoteFields::injuries},
  };
  return flags;
}
struct ListFlag {
  std::string_view flag;
  std::vector<Text> NoteFields::*member;
};
const std::vector<ListFlag>& list_flags() {
  static const std::vector<ListFlag> flags = {
      {"officer-name", &NoteFields::officer_names},
      {"badge", &NoteFields::badge_numbers},
      {"vehicle", &NoteFields::vehicles},
  };
  return flags;
}
struct AnswerFlag {
  std::string_view flag;
  vault::Answer NoteFields::*member;
};
const std::vector<AnswerFlag>& answer_flags() {
  static const std::vector<AnswerFlag> flags = {
      {"consent-asked", &NoteFields::consent_asked},
      {"status-asked", &NoteFields::status_asked},
      {"status-stated", &NoteFields::status_stated},
  };
  return flags;
}

std::vector<OptionSpec> add_options() {
  std::vector<OptionSpec> o = {
      opt_vault(), opt_pass(), {"json", true}, {"agency", true}, {"biometric", true, true}};
  for (const auto& f : text_flags()) o.push_back({f.flag, true});
  for (const auto& f : list_flags()) o.push_back({f.flag, true, true});
  for (const auto& f : answer_flags()) o.push_back({f.flag, true});
  return o;
}

bool any_field_flag(const Args& args) {
  if (args.has("agency") || args.has("biometric")) return true;
  for (const auto& f : text_flags()) {
    if (args.has(f.flag)) return true;
  }
  for (const auto& f : list_flags()) {
    if (args.has(f.flag)) return true;
  }
  for (const auto& f : answer_flags()) {
    if (args.has(f.flag)) return true;
  }
  return false;
}

std::optional<NoteFields> fields_from_flags(const Args& args, int& exit_code) {
  NoteFields f;
  for (const auto& t : text_flags()) {
    if (auto v = args.value(t.flag)) f.*(t.member) = vault::to_text(*v);
  }
  for (const auto& l : list_flags()) {
    for (auto v : args.values(l.flag)) (f.*(l.member)).push_back(vault::to_text(v));
  }
  for (const auto& a : answer_flags()) {
    if (auto v = args.value(a.flag)) {
      auto answer = vault::answer_from_name(normalise(*v));
      if (!answer) {
        exit_code =
            usage_error("add", "--" + std::string(a.flag) + " must be yes, no, dont-know or not-answered");
        return std::nullopt;
      }
      f.*(a.member) = *answer;
    }
  }
  if (auto v = args.value("agency")) {
    auto agency = vault::agency_from_name(normalise(*v));
    if (!agency) {
      exit_code = usage_error("add", "--agency must be ice, cbp, local-police-287g, tsa, other or unknown");
      return std::nullopt;
    }
    f.agency = *agency;
  }
  for (auto v : args.values("biometric")) {
    auto step = vault::biometric_from_name(normalise(v));
    if (!step) {
      exit_code = usage_error("add", "--biometric must be face-photo, fingerprints, iris or phone-unlock");
      return std::nullopt;
    }
    f.biometric_steps = static_cast<std::uint8_t>(f.biometric_steps | *step);
  }
  return f;
}

int run_add(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  NoteFields fields;
  // Parse and check the note before unlocking: a bad note costs no Argon2id run.
  if (auto json_path = args.value("json")) {
    if (any_field_flag(args)) return usage_error("add", "--json cannot be combined with field options");
    if (*json_path == "-" && args.value("passphrase-fd") == "0") {
      return usage_error("add", "--json - and --passphrase-fd 0 both read standard input");
    }
    auto input = read_bounded(*json_path, vault::NoteJsonLimits::kMaxBytes);
    if (input.not_found) {
      print_error("cannot open the JSON file");
      return code(Exit::NotFound);
    }
    if (input.io_error) {
      print_error("cannot read the JSON file");
      return code(Exit::Io);
    }
    if (input.too_large) {
      print_error("the JSON file is larger than " + std::to_string(vault::NoteJsonLimits::kMaxBytes) +
                  " bytes");
      return code(Exit::InvalidInput);
    }
    auto parsed = vault::note_from_json(vault::view(input.data));
    if (!parsed) return report(parsed.error());
    fields = std::move(*parsed);
  } else {
    int rc = 0;
    auto f = fields_from_flags(args, rc);
    if (!f) return rc;
    fields = std::move(*f);
    if (auto ok = vault::validate(fields); !ok) return report(ok.error());
  }
  int rc = 0;
  auto v = open_vault(args, *dir, rc);
  if (!v) return rc;
  auto id = v->add_note(fields);
  if (!id) return report(id.error());
  out(*id + "\n");
  std::fflush(stdout);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// capture

int run_capture(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  const auto text_arg = args.value("text");
  const auto file_arg = args.value("file");
  if (!text_arg && !file_arg) return usage_error("capture", "give --text, --file or both");
  ReadResult text_input;
  std::string_view text;
  if (text_arg && *text_arg == "-") {
    text_input = read_bounded("-", vault::CaptureLimits::kMaxText);
    if (text_input.io_error) {
      print_error("cannot read standard input");
      return code(Exit::Io);
    }
    if (text_input.too_large) {
      print_error("the text is longer than " + std::to_string(vault::CaptureLimits::kMaxText) + " bytes");
      return code(Exit::InvalidInput);
    }
    text = amparo::as_chars(vault::view(text_input.data));
  } else if (text_arg) {
    text = *text_arg;
  }
  std::ifstream file;
  vault::CaptureInput input;
  input.text = text;
  std::string name;
  if (file_arg) {
    file.open(std::string(*file_arg), std::ios::binary);
    if (!file) {
      print_error("cannot open the file to attach");
      return code(Exit::NotFound);
    }
    const fs::path p(*file_arg);
    name = args.value("name") ? std::string(*args.value("name")) : p.filename().string();
    input.attachment = &file;
    input.attachment_name = name;
    input.attachment_mime = args.value("mime") ? *args.value("mime") : mime_for(p);
  }
  if (!Vault::exists(*dir)) return report(make_error(VaultError::NotAVault));
  auto r = Vault::capture(*dir, input);
  if (!r) return report(r.error());
  std::fputs("captured; the note is sealed and will be merged the next time the vault is unlocked\n", stderr);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// list, show, history

int run_list(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  int rc = 0;
  auto v = open_vault(args, *dir, rc);
  if (!v) return rc;
  auto notes = v->list_notes();
  if (!notes) return report(notes.error());
  for (const auto& n : *notes) {
    out(n.id + "  " + format_time(n.updated_at) + "  ");
    if (n.origin == vault::Origin::CapturedWhileLocked) out("[captured while locked] ");
    if (n.title.empty()) {
      out("(no title)");
    } else {
      out_sanitized(vault::view(n.title));
    }
    if (n.attachment_count > 0) out("  (" + std::to_string(n.attachment_count) + " attachment(s))");
    out("\n");
  }
  return 0;
}

void append_kv(Text& out_text, std::string_view key, std::string_view value, bool quote = true) {
  out_text.push_back(',');
  vault::append_json_string(out_text, key);
  out_text.push_back(':');
  if (quote) {
    vault::append_json_string(out_text, value);
  } else {
    out_text.append(value);
  }
}

void print_field(std::string_view label, std::string_view value) {
  if (value.empty()) return;
  out(label);
  out(": ");
  out_sanitized(value, /*keep_newlines=*/true);
  out("\n");
}

void print_list(std::string_view label, const std::vector<Text>& items) {
  if (items.empty()) return;
  out(label);
  out(":");
  bool first = true;
  for (const auto& i : items) {
    out(first ? " " : "; ");
    first = false;
    out_sanitized(vault::view(i));
  }
  out("\n");
}

int run_show(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  const std::string_view id = args.positionals().at(0);
  int rc = 0;
  auto v = open_vault(args, *dir, rc);
  if (!v) return rc;
  auto note = v->get_note(id);
  if (!note) return report(note.error());
  auto atts = v->attachments(id);
  if (!atts) return report(atts.error());
  const NoteFields& f = note->fields;

  if (args.has("json")) {
    Text j;
    j.append("{\"id\":");
    vault::append_json_string(j, note->id);
    append_kv(j, "origin", vault::origin_name(note->origin));
    append_kv(j, "created_at", format_time(note->created_at));
    append_kv(j, "updated_at", format_time(note->updated_at));
    append_kv(j, "revision_count", std::to_string(note->revision_count), false);
    j.append(",\"note\":");
    j.append(vault::note_to_json(f));
    j.append(",\"attachments\":[");
    bool first = true;
    for (const auto& a : *atts) {
      if (!first) j.push_back(',');
      first = false;
      j.append("{\"id\":");
      vault::append_json_string(j, a.id);
      append_kv(j, "name", vault::view(a.name));
      append_kv(j, "mime", a.mime);
      append_kv(j, "size", std::to_string(a.size), false);
      append_kv(j, "digest", crypto::to_hex(a.digest));
      append_kv(j, "digest_scheme", vault::digest_scheme(a.digest_kind));
      append_kv(j, "added_at", format_time(a.added_at));
      j.push_back('}');
    }
    j.append("]}\n");
    out(vault::view(j));
    vault::wipe(j);
    return 0;
  }

  out("id: " + note->id + "\n");
  out("created: " + format_time(note->created_at) + "\nupdated: " + format_time(note->updated_at) + "\n");
  out("revisions: " + std::to_string(note->revision_count) + "\n");
  if (note->origin == vault::Origin::CapturedWhileLocked) out("origin: captured while locked\n");
  if (note->origin == vault::Origin::Imported) out("origin: imported\n");
  print_field("title", vault::view(f.title));
  print_field("started", vault::view(f.when_start));
  print_field("ended", vault::view(f.when_end));
  print_field("time zone", vault::view(f.time_zone));
  print_field("where", vault::view(f.where));
  if (f.agency) print_field("agency", vault::agency_name(*f.agency));
  print_field("agency (other)", vault::view(f.agency_other));
  print_list("officer names", f.officer_names);
  print_list("badge numbers", f.badge_numbers);
  print_list("vehicles", f.vehicles);
  if (f.biometric_steps != 0) {
    out("biometric steps:");
    for (unsigned bit = 0; bit < 8; ++bit) {
      const auto step = static_cast<vault::BiometricStep>(1u << bit);
      if ((f.biometric_steps & step) != 0) out(" " + std::string(vault::biometric_name(step)));
    }
    out("\n");
  }
  print_field("officer device", vault::view(f.officer_device));
  if (f.consent_asked != vault::Answer::NotAnswered)
    print_field("consent asked", vault::answer_name(f.consent_asked));
  if (f.status_asked != vault::Answer::NotAnswered)
    print_field("status asked", vault::answer_name(f.status_asked));
  if (f.status_stated != vault::Answer::NotAnswered)
    print_field("status stated", vault::answer_name(f.status_stated));
  print_field("reference number", vault::view(f.reference_number));
  print_field("held for", vault::view(f.held_duration));
  print_field("what was said", vault::view(f.what_was_said));
  print_field("what was taken", vault::view(f.what_was_taken));
  print_field("witnesses", vault::view(f.witnesses));
  print_field("injuries", vault::view(f.injuries));
  print_field("narrative", vault::view(f.narrative));
  for (const auto& a : *atts) {
    out("attachment: " + a.id + "  " + std::to_string(a.size) + " bytes  " + a.mime + "  ");
    out_sanitized(vault::view(a.name));
    out("\n");
  }
  return 0;
}

int run_history(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  const std::string_view id = args.positionals().at(0);
  int rc = 0;
  auto v = open_vault(args, *dir, rc);
  if (!v) return rc;
  auto revs = v->history(id);
  if (!revs) return report(revs.error());
  for (const auto& r : *revs) {
    out("revision " + std::to_string(r.content.number) + "  " + format_time(r.content.saved_at) + "  hash " +
        crypto::to_hex(r.hash) + "  previous " + crypto::to_hex(r.previous_hash) + "  ");
    if (r.content.fields.title.empty()) {
      out("(no title)");
    } else {
      out_sanitized(vault::view(r.content.fields.title));
    }
    out("\n");
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// verify

int run_verify(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  int rc = 0;
  auto v = open_vault(args, *dir, rc);
  if (!v) return rc;
  auto report_v = v->verify();
  if (!report_v) return report(report_v.error());
  const auto& r = *report_v;
  out(std::string("database: ") + (r.database_ok ? "ok" : "DAMAGED") + "\n");
  if (!r.database_ok && !r.database_detail.empty()) out("database detail: " + r.database_detail + "\n");
  out("notes: " + std::to_string(r.notes) + "  revisions: " + std::to_string(r.revisions) +
      "  attachments: " + std::to_string(r.attachments) + "\n");
  if (r.first_broken_link) {
    const auto& b = *r.first_broken_link;
    out("chains: BROKEN\nfirst broken link: note " + b.note_id + " revision " + std::to_string(b.revision) +
        " (" + b.reason + ")\n");
  } else {
    out("chains: ok\n");
  }
  for (const auto& a : r.damaged_attachments) out("damaged attachment: " + a + "\n");
  out(std::string("verdict: ") + (r.ok() ? "ok" : "DAMAGED") + "\n");
  std::fflush(stdout);
  if (!r.ok()) {
    if (r.first_broken_link) {
      print_error("vault damaged: first broken link is note " + r.first_broken_link->note_id + " revision " +
                  std::to_string(r.first_broken_link->revision));
    } else {
      print_error("vault damaged");
    }
    return code(Exit::Damaged);
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// attach, export-attachment

int run_attach(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  const std::string_view note_id = args.positionals().at(0);
  const fs::path file_path(args.positionals().at(1));
  std::ifstream in(file_path, std::ios::binary);
  if (!in) {
    print_error("cannot open the file to attach");
    return code(Exit::NotFound);
  }
  const std::string name =
      args.value("name") ? std::string(*args.value("name")) : file_path.filename().string();
  const std::string mime =
      args.value("mime") ? std::string(*args.value("mime")) : std::string(mime_for(file_path));
  int rc = 0;
  auto v = open_vault(args, *dir, rc);
  if (!v) return rc;
  auto info = v->add_attachment(note_id, in, name, mime);
  if (!info) return report(info.error());
  out(info->id + "\n");
  return 0;
}

int run_export_attachment(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  const std::string_view attachment_id = args.positionals().at(0);
  const auto out_arg = args.value("out");
  if (!out_arg || out_arg->empty() || *out_arg == "-") {
    return usage_error("export-attachment", "give --out FILE (a new file; not standard output)");
  }
  const fs::path target(*out_arg);
  std::error_code ec;
  if (fs::exists(fs::symlink_status(target, ec))) {
    print_error("the output file already exists; choose a new name");
    return code(Exit::InvalidInput);
  }
  int rc = 0;
  auto v = open_vault(args, *dir, rc);
  if (!v) return rc;
  // Plaintext goes to a new 0600 file beside the target (never to TMPDIR) and is renamed into place
  // only after the whole attachment authenticated; on any failure it is removed.
  const fs::path parent = target.has_parent_path() ? target.parent_path() : fs::path(".");
  const fs::path partial = parent / ("." + target.filename().string() + ".partial-" + crypto::random_id(8));
  const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0) {
    print_error("cannot create the output file");
    return code(Exit::Io);
  }
  bool write_ok = true;
  auto n = v->read_attachment(attachment_id, [&](ByteView chunk) {
    std::size_t done = 0;
    while (done < chunk.size()) {
      const ssize_t w = ::write(fd, chunk.data() + done, chunk.size() - done);
      if (w < 0) {
        if (errno == EINTR) continue;
        write_ok = false;
        return false;
      }
      done += static_cast<std::size_t>(w);
    }
    return true;
  });
  const bool synced = ::fsync(fd) == 0;
  ::close(fd);
  if (!n || !write_ok || !synced) {
    ::unlink(partial.c_str());
    if (!n && write_ok) return report(n.error());
    print_error("cannot write the output file");
    return code(Exit::Io);
  }
  if (::renameat2(AT_FDCWD, partial.c_str(), AT_FDCWD, target.c_str(), RENAME_NOREPLACE) != 0) {
    ::unlink(partial.c_str());
    print_error(errno == EEXIST ? "the output file already exists; choose a new name"
                                : "cannot move the output file into place");
    return code(errno == EEXIST ? Exit::InvalidInput : Exit::Io);
  }
  std::fprintf(stderr, "wrote %llu bytes\n", static_cast<unsigned long long>(*n));
  return 0;
}

// ---------------------------------------------------------------------------------------------
// passwd, wipe

int run_passwd(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  int rc = 0;
  std::optional<crypto::KdfParams> new_kdf;
  if (args.has("kdf") || args.has("kdf-ops") || args.has("kdf-mem-mib")) {
    new_kdf = kdf_from_args(args, rc);
    if (!new_kdf) return rc;
  }
  auto new_source = PassphraseSource::from_option(args.value("new-passphrase-fd"));
  if (!new_source) return input_failure(new_source.error());
  auto old_source = PassphraseSource::from_option(args.value("passphrase-fd"));
  if (!old_source) return input_failure(old_source.error());
  if (!Vault::exists(*dir)) return report(make_error(VaultError::NotAVault));
  if (const auto delay = Vault::required_delay(*dir); delay.count() > 0) {
    print_error("too many failed attempts");
    print_delay(delay);
    return code(Exit::Delay);
  }
  // Both passphrases are read before any work, so a script's second line is consumed either way.
  auto old_pass = old_source->existing("Current passphrase: ");
  if (!old_pass) return input_failure(old_pass.error());
  // --new-passphrase-fd, else the next line of --passphrase-fd, else the terminal.
  const PassphraseSource& source_for_new = new_source->from_fd() ? *new_source : *old_source;
  auto new_pass = source_for_new.fresh("New passphrase: ");
  if (!new_pass) return input_failure(new_pass.error());
  auto v = Vault::unlock(*dir, *old_pass, nullptr);
  if (!v) {
    rc = report(v.error());
    if (v.error().code == VaultError::WrongPassphrase) {
      if (const auto delay = Vault::required_delay(*dir); delay.count() > 0) print_delay(delay);
    }
    return rc;
  }
  auto changed = v->change_passphrase(*old_pass, *new_pass, new_kdf);
  old_pass->reset();
  new_pass->reset();
  if (!changed) return report(changed.error());
  std::fputs("passphrase changed\n", stderr);
  return 0;
}

int run_wipe(const Args& args) {
  const auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);
  std::fwrite(kLegalWarning.data(), 1, kLegalWarning.size(), stderr);
  auto source = PassphraseSource::from_option(args.value("passphrase-fd"));
  if (!source) return input_failure(source.error());
  if (!Vault::exists(*dir)) return report(make_error(VaultError::NotAVault));
  if (!args.has("yes")) {
    const int tty = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (tty < 0) {
      print_error("not confirmed: add --yes to erase the vault");
      return code(Exit::NotConfirmed);
    }
    constexpr std::string_view prompt = "Type ERASE to erase this vault for good: ";
    (void)!::write(tty, prompt.data(), prompt.size());
    char answer[16] = {};
    const ssize_t n = ::read(tty, answer, sizeof answer - 1);
    ::close(tty);
    std::string_view typed(answer, n > 0 ? static_cast<std::size_t>(n) : 0);
    while (!typed.empty() && (typed.back() == '\n' || typed.back() == '\r')) typed.remove_suffix(1);
    if (typed != "ERASE") {
      print_error("not confirmed; nothing was erased");
      return code(Exit::NotConfirmed);
    }
  }
  if (const auto delay = Vault::required_delay(*dir); delay.count() > 0) {
    print_error("too many failed attempts");
    print_delay(delay);
    return code(Exit::Delay);
  }
  auto passphrase = source->existing("Passphrase: ");
  if (!passphrase) return input_failure(passphrase.error());
  auto r = Vault::wipe(*dir, *passphrase, nullptr);
  passphrase->reset();
  if (!r) {
    const int rc = report(r.error());
    if (r.error().code == VaultError::WrongPassphrase) {
      if (const auto delay = Vault::required_delay(*dir); delay.count() > 0) print_delay(delay);
    }
    return rc;
  }
  std::fputs("the vault was erased\n", stderr);
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Help texts

constexpr std::string_view kVaultHelp =
    "  --vault DIR          the vault folder (default: $AMPARO_VAULT)\n"
    "  --passphrase-fd N    read the passphrase from descriptor N, up to a newline or end of input\n"
    "                       (default: ask on the terminal without echo)\n";

constexpr std::string_view kKdfHelp =
    "  --kdf PRESET         calibrate (the default: about 0.5 s on this machine, at most 256 MiB),\n"
    "                       interactive (2 passes, 64 MiB) or moderate (3 passes, 256 MiB)\n"
    "  --kdf-ops N          Argon2id passes (2..16)\n"
    "  --kdf-mem-mib M      Argon2id memory in MiB (64..1024)\n";

std::string help(std::string_view head, std::string_view options_extra, bool kdf = false) {
  std::string h(head);
  h += "\nOptions:\n";
  h += kVaultHelp;
  if (kdf) h += kKdfHelp;
  h += options_extra;
  h += "  -h, --help           this text\n";
  return h;
}

const std::vector<Command>& table() {
  static const std::string init_help = help(
      "Usage: amparo-cli init [--vault DIR] [--passphrase-fd N] [--kdf PRESET | --kdf-ops N --kdf-mem-mib "
      "M]\n"
      "Creates a new encrypted vault in DIR (a new or empty folder). The passphrase must have at\n"
      "least 10 characters; on a terminal it is asked twice. Prints the vault id.\n",
      "", true);
  static const std::string add_help = help(
      "Usage: amparo-cli add [--vault DIR] [--passphrase-fd N] --title T --narrative N [field options]\n"
      "       amparo-cli add [--vault DIR] [--passphrase-fd N] --json FILE\n"
      "Adds an incident note (a title or a narrative is required) and prints its id.\n"
      "Text given as options is visible to other local users in the process list: prefer --json FILE\n"
      "(or --json - to read standard input). JSON format: docs/formats.md, \"CLI note JSON\".\n",
      "  --json FILE          the note as a JSON object (\"-\": standard input; at most 2 MiB)\n"
      "  --title T, --narrative T, --when-start T, --when-end T, --time-zone T, --where T,\n"
      "  --agency ice|cbp|local-police-287g|tsa|other|unknown, --agency-other T,\n"
      "  --officer-name T, --badge T, --vehicle T (each repeatable),\n"
      "  --biometric face-photo|fingerprints|iris|phone-unlock (repeatable), --officer-device T,\n"
      "  --consent-asked|--status-asked|--status-stated yes|no|dont-know,\n"
      "  --reference-number T, --held-duration T, --said T, --taken T, --witnesses T, --injuries T\n");
  static const std::string capture_help =
      "Usage: amparo-cli capture [--vault DIR] --text T [--file F [--name NAME] [--mime TYPE]]\n"
      "Quick capture while the vault is locked: no passphrase. The note (and file) are sealed to the\n"
      "vault's public key; nobody can read them without the passphrase, not even this program. They\n"
      "are merged as a note marked \"captured while locked\" at the next unlock.\n"
      "Options:\n"
      "  --vault DIR          the vault folder (default: $AMPARO_VAULT)\n"
      "  --text T             the note text (\"-\": read standard input, at most 64 KiB)\n"
      "  --file F             a file to attach (streamed, at most 256 MiB)\n"
      "  --name NAME          attachment name (default: F's file name)\n"
      "  --mime TYPE          attachment type (default: from the extension)\n"
      "  -h, --help           this text\n";
  static const std::string list_help = help(
      "Usage: amparo-cli list [--vault DIR] [--passphrase-fd N]\n"
      "One line per note, newest first: id, last update (UTC), a \"[captured while locked]\" marker\n"
      "where it applies, the title, and the number of attachments.\n",
      "");
  static const std::string show_help = help(
      "Usage: amparo-cli show [--vault DIR] [--passphrase-fd N] [--json] ID\n"
      "Shows the latest revision of a note and its attachments.\n",
      "  --json               one JSON object: id, origin, times, revision_count, note (the\n"
      "                       same schema as add --json), attachments\n");
  static const std::string history_help = help(
      "Usage: amparo-cli history [--vault DIR] [--passphrase-fd N] ID\n"
      "Lists every revision of a note, oldest first, with its chain hash and the previous hash:\n"
      "hash(n) = BLAKE2b-256(hash(n-1) || canonical bytes of n).\n",
      "");
  static const std::string verify_help = help(
      "Usage: amparo-cli verify [--vault DIR] [--passphrase-fd N]\n"
      "Reads and authenticates every database page, runs SQLite's integrity check, recomputes every\n"
      "revision hash chain and checks every attachment. Names the first broken link. Exit 0 when\n"
      "everything verifies, 3 when anything is damaged.\n",
      "");
  static const std::string attach_help = help(
      "Usage: amparo-cli attach [--vault DIR] [--passphrase-fd N] [--name NAME] [--mime TYPE] ID FILE\n"
      "Encrypts FILE into the vault as an attachment of note ID (streamed; no plaintext copy).\n"
      "Prints the attachment id.\n",
      "  --name NAME          attachment name (default: FILE's file name)\n"
      "  --mime TYPE          attachment type (default: from the extension)\n");
  static const std::string export_help = help(
      "Usage: amparo-cli export-attachment [--vault DIR] [--passphrase-fd N] --out FILE ATTACHMENT_ID\n"
      "Decrypts an attachment into a new file FILE (mode 0600). The file appears only after the\n"
      "whole attachment authenticated; it is never written to TMPDIR. FILE holds plaintext:\n"
      "delete it when you are done.\n",
      "  --out FILE           the new file (must not exist)\n");
  static const std::string passwd_help = help(
      "Usage: amparo-cli passwd [--vault DIR] [--passphrase-fd N [--new-passphrase-fd M]] [KDF options]\n"
      "Changes the passphrase (re-wraps the data key under a new salt). The current passphrase\n"
      "is read first, then the new one: with --passphrase-fd N alone, give them as two lines on N;\n"
      "with --new-passphrase-fd M, the new one comes from M. On a terminal the new one is asked\n"
      "twice. The new passphrase must have at least 10 characters.\n",
      "  --new-passphrase-fd M  read the new passphrase from descriptor M\n", true);
  static const std::string wipe_help = help(
      "Usage: amparo-cli wipe [--vault DIR] [--passphrase-fd N] --yes\n"
      "Erases the vault for good: checks the passphrase, destroys the header and key material\n"
      "first, then every file; the folder is gone afterwards. Always prints the legal warning:\n"
      "destroying data during or after a lawful search can be a crime (18 U.S.C. \xc2\xa7 2232,\n"
      "\xc2\xa7 1519); see a lawyer. Without --yes it asks you to type ERASE on the terminal.\n",
      "  --yes                do not ask for confirmation\n");

  static const std::vector<Command> commands = {
      {"init",
       "create a new vault",
       init_help,
       {opt_vault(), opt_pass(), {"kdf", true}, {"kdf-ops", true}, {"kdf-mem-mib", true}},
       0,
       0,
       run_init},
      {"add", "add a note (from options or a JSON file)", add_help, add_options(), 0, 0, run_add},
      {"capture",
       "seal a note into the vault without unlocking it",
       capture_help,
       {opt_vault(), {"text", true}, {"file", true}, {"name", true}, {"mime", true}},
       0,
       0,
       run_capture},
      {"list", "list notes", list_help, {opt_vault(), opt_pass()}, 0, 0, run_list},
      {"show", "show a note", show_help, {opt_vault(), opt_pass(), {"json", false}}, 1, 1, run_show},
      {"history",
       "list a note's revisions and their hashes",
       history_help,
       {opt_vault(), opt_pass()},
       1,
       1,
       run_history},
      {"verify",
       "check the database, every hash chain and every attachment",
       verify_help,
       {opt_vault(), opt_pass()},
       0,
       0,
       run_verify},
      {"attach",
       "encrypt a file into the vault as a note's attachment",
       attach_help,
       {opt_vault(), opt_pass(), {"name", true}, {"mime", true}},
       2,
       2,
       run_attach},
      {"export-attachment",
       "decrypt an attachment to a new file",
       export_help,
       {opt_vault(), opt_pass(), {"out", true}},
       1,
       1,
       run_export_attachment},
      {"passwd",
       "change the passphrase",
       passwd_help,
       {opt_vault(),
        opt_pass(),
        {"new-passphrase-fd", true},
        {"kdf", true},
        {"kdf-ops", true},
        {"kdf-mem-mib", true}},
       0,
       0,
       run_passwd},
      {"wipe",
       "erase the vault for good (read the legal warning first)",
       wipe_help,
       {opt_vault(), opt_pass(), {"yes", false}},
       0,
       0,
       run_wipe},
  };
  return commands;
}

}  // namespace

std::span<const Command> vault_commands() {
  return table();
}

std::optional<fs::path> vault_dir(const Args& args) {
  if (auto v = args.value("vault")) {
    if (v->empty()) {
      usage_error(args.command(), "--vault needs a folder");
      return std::nullopt;
    }
    return fs::path(*v);
  }
  if (const char* env = std::getenv("AMPARO_VAULT"); env != nullptr && *env != '\0') return fs::path(env);
  usage_error(args.command(), "no vault folder: give --vault DIR or set AMPARO_VAULT");
  return std::nullopt;
}

Exit exit_for(VaultError c) noexcept {
  switch (c) {
    case VaultError::WrongPassphrase:
      return Exit::WrongPassphrase;
    case VaultError::TooManyAttempts:
      return Exit::Delay;
    case VaultError::HeaderCorrupt:
    case VaultError::HeaderUnsupportedVersion:
    case VaultError::KdfParamsRejected:
    case VaultError::DatabaseDamaged:
    case VaultError::DatabaseNotOurs:
    case VaultError::ChainBroken:
    case VaultError::AttachmentDamaged:
    case VaultError::InboxEntryMalformed:
    case VaultError::PublicKeyMismatch:
    case VaultError::SchemaTooNew:
      return Exit::Damaged;
    case VaultError::NotAVault:
    case VaultError::NotFound:
      return Exit::NotFound;
    case VaultError::Io:
    case VaultError::Busy:
    case VaultError::DeviceSecretUnavailable:
      return Exit::Io;
    case VaultError::InvalidNote:
    case VaultError::InvalidArgument:
    case VaultError::AttachmentTooLarge:
    case VaultError::AlreadyExists:
      return Exit::InvalidInput;
    case VaultError::Locked:
    case VaultError::Internal:
      return Exit::Internal;
  }
  return Exit::Internal;
}

int report(const vault::VaultFailure& failure) {
  std::string message(vault::describe(failure.code));
  if (failure.code == VaultError::TooManyAttempts) {
    print_error(message);
    if (const auto ms = parse_uint(failure.detail)) {
      print_delay(std::chrono::milliseconds(static_cast<long long>(*ms)));
    }
    return code(Exit::Delay);
  }
  if (!failure.detail.empty()) message += ": " + failure.detail;
  print_error(message);
  return code(exit_for(failure.code));
}

crypto::KdfParams default_kdf() {
  // SR-3 / DESIGN.md §3: tuned to this machine, about 0.5 s, memory first (up to 256 MiB), never
  // below INTERACTIVE. calibrate() runs Argon2id a few times (about 1-2 s once, at init).
  return crypto::calibrate(kDefaultKdfTarget, kDefaultKdfMaxMemory);
}

}  // namespace amparo::cli
