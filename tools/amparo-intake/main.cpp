// amparo-intake: the legal-aid side of Amparo exports. No network, no Qt.
//   amparo-intake keygen --out DIR --name NAME [--region R] [--hotline PHONE] [--languages en,es]
//                        [--valid-days N] [--kdf moderate|interactive] --passphrase-fd 3
//   amparo-intake open FILE.amparo --key DIR/org.secret --passphrase-fd 3 --out OUTDIR
//   amparo-intake verify FILE.amparo --key DIR/org.secret --passphrase-fd 3
//   amparo-intake export-csv OUTDIR... > notes.csv
//   amparo-intake fingerprint CARD        (verifies a card, prints its safety number)
// Without --passphrase-fd the passphrase is asked on the terminal with echo off; never from argv.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "crypto/encoding.h"
#include "crypto/init.h"
#include "csv.h"
#include "exchange/card.h"
#include "exchange/intake.h"
#include "exchange/org_secret.h"
#include "passphrase.h"
#include "qr_png.h"
#include "report_pdf.h"

namespace fs = std::filesystem;
using namespace amparo;

namespace {

constexpr int kUsage = 2;
constexpr int kFail = 1;

const char* const kUsageText =
    "usage:\n"
    "  amparo-intake keygen --out DIR --name NAME [--region R] [--hotline PHONE] [--languages en,es]\n"
    "                       [--valid-days N] [--kdf moderate|interactive] --passphrase-fd 3\n"
    "  amparo-intake open FILE.amparo --key DIR/org.secret --passphrase-fd 3 --out OUTDIR\n"
    "  amparo-intake verify FILE.amparo --key DIR/org.secret --passphrase-fd 3\n"
    "  amparo-intake export-csv OUTDIR... > notes.csv\n"
    "  amparo-intake fingerprint DIR/org.card\n";

int fail(const std::string& message, int code = kFail) {
  std::cerr << "amparo-intake: " << message << "\n";
  return code;
}

std::uint64_t now_seconds() {
  return static_cast<std::uint64_t>(
      std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
          .count());
}

// --flag value options; positional arguments collected in order. Unknown flags are errors.
struct Args {
  std::map<std::string, std::string> options;
  std::vector<std::string> positional;
};

std::optional<Args> parse(const std::vector<std::string>& argv, const std::vector<std::string>& known,
                          std::string& error) {
  Args a;
  for (std::size_t i = 0; i < argv.size(); ++i) {
    const std::string& s = argv[i];
    if (s.rfind("--", 0) == 0) {
      if (s == "--passphrase") {
        error = "passphrases are never accepted on the command line: use --passphrase-fd N or a terminal";
        return std::nullopt;
      }
      if (std::find(known.begin(), known.end(), s) == known.end()) {
        error = "unknown option " + s;
        return std::nullopt;
      }
      if (i + 1 >= argv.size()) {
        error = s + " needs a value";
        return std::nullopt;
      }
      if (!a.options.emplace(s, argv[++i]).second) {
        error = s + " given twice";
        return std::nullopt;
      }
    } else {
      a.positional.push_back(s);
    }
  }
  return a;
}

std::optional<crypto::SecretBuffer> get_passphrase(const Args& a, bool confirm, std::string& error) {
  auto it = a.options.find("--passphrase-fd");
  if (it != a.options.end()) {
    auto fd = tools::parse_fd(it->second);
    if (!fd) {
      error = "--passphrase-fd needs a file descriptor number";
      return std::nullopt;
    }
    return tools::read_passphrase_fd(*fd, error);
  }
  return tools::read_passphrase_tty("Passphrase for the organization key: ", confirm, error);
}

bool write_new_file(const fs::path& path, ByteView data, mode_t mode, std::string& error) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, mode);
  if (fd < 0) {
    error = path.string() + ": " + std::strerror(errno);
    return false;
  }
  std::size_t off = 0;
  while (off < data.size()) {
    const ssize_t n = ::write(fd, data.data() + off, data.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    off += static_cast<std::size_t>(n);
  }
  const bool ok = off == data.size() && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) error = path.string() + ": write failed";
  return ok;
}

std::optional<Bytes> read_small_file(const fs::path& path, std::size_t cap, std::string& error) {
  std::error_code ec;
  const auto size = fs::file_size(path, ec);
  if (ec) {
    error = path.string() + ": " + ec.message();
    return std::nullopt;
  }
  if (size > cap) {
    error = path.string() + ": file too large";
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  Bytes data(size);
  in.read(reinterpret_cast<char*>(data.data()), static_cast<std::streamsize>(size));
  if (!in) {
    error = path.string() + ": read failed";
    return std::nullopt;
  }
  return data;
}

int cmd_keygen(const std::vector<std::string>& argv) {
  std::string error;
  auto a = parse(
      argv,
      {"--out", "--name", "--region", "--hotline", "--languages", "--valid-days", "--kdf", "--passphrase-fd"},
      error);
  if (!a) return fail(error, kUsage);
  if (!a->positional.empty()) return fail("keygen takes no positional arguments", kUsage);
  if (!a->options.count("--out") || !a->options.count("--name"))
    return fail("keygen needs --out DIR and --name NAME", kUsage);
  std::uint64_t days = 730;
  if (auto it = a->options.find("--valid-days"); it != a->options.end()) {
    try {
      days = std::stoull(it->second);
    } catch (...) {
      days = 0;
    }
    if (days < 1 || days > 3650) return fail("--valid-days must be 1..3650", kUsage);
  }
  // Argon2id for org.secret: "moderate" (3 passes, 256 MiB; default) or "interactive" (2, 64 MiB).
  crypto::KdfParams kdf = exchange::default_org_secret_kdf();
  if (auto it = a->options.find("--kdf"); it != a->options.end()) {
    if (it->second == "interactive")
      kdf = crypto::KdfParams::interactive();
    else if (it->second != "moderate")
      return fail("--kdf must be moderate or interactive", kUsage);
  }
  const fs::path dir = a->options["--out"];
  const auto now = now_seconds();
  exchange::CardFields fields{
      a->options["--name"], a->options["--region"], a->options["--hotline"], a->options["--languages"], now,
      now + days * 86400};
  auto keys = exchange::OrgKeys::generate();
  auto card = exchange::make_card(fields, keys.sign, keys.box.public_key);
  if (!card) return fail(exchange::message(card.error()));
  std::error_code ec;
  for (const char* name : {"org.secret", "org.card", "org-card.png"}) {
    if (fs::exists(dir / name, ec))
      return fail((dir / name).string() + " already exists: refusing to overwrite");
  }
  auto pass = get_passphrase(*a, true, error);
  if (!pass) return fail(error);
  auto sealed = exchange::seal_org_secret(keys, *pass, kdf);
  if (!sealed) return fail(exchange::message(sealed.error()));
  const std::string text = exchange::card_text(card.value());
  auto png = tools::qr_png(text);
  if (!png) return fail("could not encode the card as a QR code");
  if (!fs::exists(dir, ec) && ::mkdir(dir.c_str(), 0700) != 0) {
    return fail(dir.string() + ": " + std::strerror(errno));
  }
  const std::string file = exchange::card_file(card.value());
  if (!write_new_file(dir / "org.secret", sealed.value(), 0600, error) ||
      !write_new_file(dir / "org.card", as_bytes(file), 0644, error) ||
      !write_new_file(dir / "org-card.png", *png, 0644, error)) {
    return fail(error);
  }
  std::cout << "Organization: " << card.value().name << "\n"
            << "Safety number: " << exchange::safety_number(card.value()) << "\n"
            << "Expires: " << exchange::format_utc(card.value().expires) << "\n"
            << "Wrote " << (dir / "org.card").string() << ", " << (dir / "org-card.png").string() << ", "
            << (dir / "org.secret").string() << "\n";
  return 0;
}

std::optional<exchange::OrgKeys> load_keys(const Args& a, std::string& error) {
  auto it = a.options.find("--key");
  if (it == a.options.end()) {
    error = "--key DIR/org.secret is required";
    return std::nullopt;
  }
  auto data = read_small_file(it->second, 4096, error);
  if (!data) return std::nullopt;
  auto pass = get_passphrase(a, false, error);
  if (!pass) return std::nullopt;
  auto keys = exchange::open_org_secret(*data, *pass);
  if (!keys) {
    error = exchange::message(keys.error());
    return std::nullopt;
  }
  return std::move(keys).value();
}

fs::path register_for(const Args& a) {
  const fs::path key = a.options.at("--key");
  return (key.has_parent_path() ? key.parent_path() : fs::path(".")) / "senders.txt";
}

int cmd_open(const std::vector<std::string>& argv, bool verify_only) {
  std::string error;
  auto a = verify_only ? parse(argv, {"--key", "--passphrase-fd"}, error)
                       : parse(argv, {"--key", "--passphrase-fd", "--out"}, error);
  if (!a) return fail(error, kUsage);
  if (a->positional.size() != 1) return fail("give exactly one FILE.amparo", kUsage);
  if (!verify_only && !a->options.count("--out")) return fail("open needs --out OUTDIR", kUsage);
  const fs::path bundle = a->positional[0];
  std::error_code ec;
  if (!fs::is_regular_file(bundle, ec)) return fail(bundle.string() + ": not a file");
  if (!verify_only && fs::exists(fs::symlink_status(a->options["--out"], ec))) {
    return fail(a->options["--out"] + " already exists: choose a new output folder");
  }
  auto keys = load_keys(*a, error);
  if (!keys) return fail(error);
  if (verify_only) {
    auto r = exchange::verify_file(bundle, *keys, register_for(*a));
    if (!r) return fail("REJECTED: " + exchange::message(r.error()));
    std::cout << r.value().verdict << "\n";
    for (const auto& n : r.value().bundle.notes) {
      std::cout << "note " << n.id << ": chain intact, " << n.revisions.size() << " revision(s), head "
                << crypto::to_hex(n.revisions.back().hash) << "\n";
    }
    for (const auto& at : r.value().bundle.attachments) {
      std::cout << "attachment " << at.id << ": " << at.size << " bytes, digest "
                << crypto::to_hex(at.content_hash) << " matches\n";
    }
    return 0;
  }
  auto pdf_writer = [](const exchange::IntakeResult& result,
                       const fs::path& staging) -> exchange::ExchangeResult<void> {
    const Bytes pdf = tools::report_pdf(exchange::report_json(result));
    std::string err;
    if (!write_new_file(staging / "report.pdf", pdf, 0600, err))
      return make_error(exchange::ExchangeError::Io, "report.pdf");
    return {};
  };
  auto r = exchange::open_to_folder(bundle, *keys, a->options["--out"], register_for(*a), now_seconds(),
                                    pdf_writer);
  if (!r) return fail("REJECTED: " + exchange::message(r.error()) + "; nothing was written");
  std::cout << r.value().verdict << "\n";
  return 0;
}

int cmd_export_csv(const std::vector<std::string>& argv) {
  if (argv.empty()) return fail("export-csv needs at least one OUTDIR", kUsage);
  std::string out = tools::csv_header();
  for (const auto& dir : argv) {
    if (dir.rfind("--", 0) == 0) return fail("unknown option " + dir, kUsage);
    std::string error;
    auto report = tools::load_report(dir, error);
    if (!report) return fail(error);
    auto rows = tools::csv_rows(*report, error);
    if (!rows) return fail(dir + ": " + error);
    out += *rows;
  }
  std::cout << out;
  std::cout.flush();
  if (!std::cout) return fail("writing the CSV failed");
  return 0;
}

int cmd_fingerprint(const std::vector<std::string>& argv) {
  if (argv.size() != 1) return fail("fingerprint takes one card file", kUsage);
  std::string error;
  auto data = read_small_file(argv[0], exchange::CardLimits::kFile, error);
  if (!data) return fail(error);
  auto card = exchange::read_card_file(as_chars(*data), now_seconds());
  if (!card) return fail(exchange::message(card.error()));
  std::cout << exchange::safety_number(card.value()) << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  if (!crypto::initialize()) return fail("libsodium failed to initialise or its self-test failed");
  if (argc < 2) {
    std::cerr << kUsageText;
    return kUsage;
  }
  const std::string cmd = argv[1];
  const std::vector<std::string> rest(argv + 2, argv + argc);
  if (cmd == "keygen") return cmd_keygen(rest);
  if (cmd == "open") return cmd_open(rest, false);
  if (cmd == "verify") return cmd_open(rest, true);
  if (cmd == "export-csv") return cmd_export_csv(rest);
  if (cmd == "fingerprint") return cmd_fingerprint(rest);
  if (cmd == "--help" || cmd == "-h" || cmd == "help") {
    std::cout << kUsageText;
    return 0;
  }
  std::cerr << "amparo-intake: unknown command " << cmd << "\n" << kUsageText;
  return kUsage;
}
