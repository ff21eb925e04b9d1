// amparo-cli export --vault V --passphrase-fd 3 --to DIR/org.card --out FILE.amparo [--note ID …]
#include "commands_export.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "commands_vault.h"
#include "crypto/encoding.h"
#include "exchange/bundle.h"
#include "exchange/card.h"
#include "exchange/trust_store.h"
#include "exchange/vault_source.h"
#include "passphrase.h"
#include "vault/vault.h"

namespace amparo::cli {

namespace {

namespace fs = std::filesystem;
using exchange::ExchangeError;

constexpr std::string_view kHelp =
    "Usage: amparo-cli export [--vault DIR] [--passphrase-fd N] --to ORG.card --out FILE.amparo [--note ID "
    "...]\n"
    "Seals notes, with every revision and attachment, into FILE.amparo for the organization whose\n"
    "card is ORG.card (from amparo-intake keygen). Only that organization's secret key opens it;\n"
    "the bundle is signed with this vault's own key. Without --note, every note is exported.\n"
    "The card's signature and dates are checked first, and its safety number is printed: compare\n"
    "it with the organization (read it aloud over the phone) before you send the file.\n"
    "If the app already trusts an organization of that name in this vault, the card must match what\n"
    "was confirmed there: new keys (or a card never confirmed) are refused until the safety number\n"
    "is compared and confirmed in the app (Settings > Trusted organizations).\n"
    "FILE.amparo must not exist; it appears only when complete.\n"
    "\n"
    "Options:\n"
    "  --vault DIR          the vault folder (default: $AMPARO_VAULT)\n"
    "  --passphrase-fd N    read the passphrase from descriptor N instead of the terminal\n"
    "  --to ORG.card        the organization card (file form or AMPARO-ORG1: text)\n"
    "  --out FILE.amparo    the bundle to write\n"
    "  --note ID            a note to export (repeatable; default: all notes)\n";

std::uint64_t now_seconds() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

Exit exit_for(ExchangeError code) {
  switch (code) {
    case ExchangeError::InvalidArgument:
    case ExchangeError::NothingToExport:
      return Exit::NotFound;
    case ExchangeError::ChainBroken:
      return Exit::Damaged;
    case ExchangeError::Io:
    case ExchangeError::SourceFailed:
      return Exit::Io;
    default:
      return Exit::InvalidInput;  // card refused, output exists, over a size cap
  }
}

int report_exchange(const exchange::ExchangeFailure& f) {
  print_error(exchange::message(f));
  return code(exit_for(f.code));
}

int run(const Args& args) {
  if (!args.positionals().empty()) return usage_error("export", "export takes no positional arguments");
  const auto to = args.value("to");
  const auto out_path = args.value("out");
  if (!to || to->empty()) return usage_error("export", "give --to ORG.card (the organization's card)");
  if (!out_path || out_path->empty()) return usage_error("export", "give --out FILE.amparo (a new file)");
  auto dir = vault_dir(args);
  if (!dir) return code(Exit::Usage);

  // The card first: no passphrase is asked for a card that would be refused.
  std::error_code ec;
  const fs::path card_path{std::string(*to)};
  const auto size = fs::file_size(card_path, ec);
  if (ec) {
    print_error("cannot read the organization card: " + ec.message());
    return code(Exit::NotFound);
  }
  if (size > exchange::CardLimits::kFile)
    return report_exchange(make_error(ExchangeError::CardOversized, "file"));
  std::ifstream in(card_path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  const auto now = now_seconds();
  auto card = exchange::read_card_file(ss.str(), now);
  if (!card) return report_exchange(card.error());
  const fs::path out{std::string(*out_path)};
  if (fs::exists(fs::symlink_status(out, ec))) {
    return report_exchange(make_error(ExchangeError::OutputExists, out.filename().string()));
  }

  auto source = PassphraseSource::from_option(args.value("passphrase-fd"));
  if (!source) {
    print_error(source.error().message);
    return code(source.error().exit);
  }
  if (!vault::Vault::exists(*dir)) return report(make_error(vault::VaultError::NotAVault));
  if (const auto delay = vault::Vault::required_delay(*dir); delay.count() > 0) {
    return report(make_error(vault::VaultError::TooManyAttempts, std::to_string(delay.count())));
  }
  auto passphrase = source->existing("Passphrase: ");
  if (!passphrase) {
    print_error(passphrase.error().message);
    return code(passphrase.error().exit);
  }
  auto v = vault::Vault::unlock(*dir, *passphrase, nullptr);
  passphrase->reset();
  if (!v) return report(v.error());

  // SR-22: a known organization's card must be the one confirmed in this vault (the app's record).
  const auto trusted = exchange::find_trusted_org(*v, exchange::trusted_org_key(card.value()));
  if (trusted) {
    const auto update = exchange::update_trust(trusted, card.value());
    if (auto allowed = exchange::check_export_allowed(update.record, now); !allowed)
      return report_exchange(allowed.error());
  }

  exchange::VaultSource vs(*v);
  exchange::ExportOptions options;
  options.now = now;
  options.app_version = "amparo-cli";
  for (auto id : args.values("note")) options.note_ids.emplace_back(id);
  auto summary = exchange::write_bundle_file(vs, card.value(), out, options);
  if (!summary) return report_exchange(summary.error());
  const auto& s = summary.value();
  std::fprintf(stdout,
               "exported %zu note(s), %zu revision(s), %zu attachment(s) to %s\n"
               "bundle %s, %llu bytes\n"
               "recipient safety number: %s\n",
               s.notes, s.revisions, s.attachments, out.string().c_str(), crypto::to_hex(s.bundle_id).c_str(),
               static_cast<unsigned long long>(s.bytes_written),
               exchange::safety_number(card.value()).c_str());
  if (trusted) {
    std::fprintf(stderr,
                 "This safety number was compared and confirmed for this organization in this vault.\n");
  } else {
    std::fprintf(stderr,
                 "Before sending, compare the safety number above with the organization (read it aloud over\n"
                 "the phone). If it differs, do not send the file.\n");
  }
  return 0;
}

const std::vector<Command>& table() {
  static const std::vector<Command> commands = {
      {"export",
       "seal notes into an .amparo bundle for a legal-aid organization",
       kHelp,
       {{"vault", true}, {"passphrase-fd", true}, {"to", true}, {"out", true}, {"note", true, true}},
       0,
       0,
       run},
  };
  return commands;
}

}  // namespace

std::span<const Command> export_commands() {
  return table();
}

int run_export(const std::vector<std::string>& args) {
  std::vector<std::string> storage = args;
  std::vector<char*> argv;
  for (auto& a : storage) argv.push_back(a.data());
  std::string error;
  auto parsed = parse(table().front(), std::span<char* const>(argv.data(), argv.size()), error);
  if (!parsed) return usage_error("export", error);
  if (parsed->has("help")) {
    std::fwrite(kHelp.data(), 1, kHelp.size(), stdout);
    return 0;
  }
  return run(*parsed);
}

}  // namespace amparo::cli
