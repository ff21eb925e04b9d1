#include "exchange/intake.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>

#include "crypto/encoding.h"
#include "vault/note_json.h"

namespace amparo::exchange {

namespace {

class FolderSink final : public AttachmentSink {
 public:
  explicit FolderSink(std::filesystem::path dir) : dir_(std::move(dir)) {}
  ~FolderSink() override { close_fd(); }
  ExchangeResult<void> begin(std::size_t index, const SourceAttachment& info) override {
    const std::string rel = attachment_file_name(index, info.name);
    if (files.empty()) {
      if (::mkdir((dir_ / "attachments").c_str(), 0700) != 0) {
        return make_error(ExchangeError::Io, std::string("attachments folder: ") + std::strerror(errno));
      }
    }
    fd_ = ::open((dir_ / rel).c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd_ < 0)
      return make_error(ExchangeError::Io, std::string("attachment file: ") + std::strerror(errno));
    files.push_back(rel);
    return {};
  }
  ExchangeResult<void> write(ByteView data) override {
    while (!data.empty()) {
      const ssize_t n = ::write(fd_, data.data(), data.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0)
        return make_error(ExchangeError::Io, std::string("attachment file: ") + std::strerror(errno));
      data = data.subspan(static_cast<std::size_t>(n));
    }
    return {};
  }
  ExchangeResult<void> end() override {
    const bool ok = ::fsync(fd_) == 0;
    close_fd();
    if (!ok) return make_error(ExchangeError::Io, "attachment file");
    return {};
  }
  std::vector<std::string> files;

 private:
  void close_fd() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
  }
  std::filesystem::path dir_;
  int fd_ = -1;
};

nlohmann::json fields_json(const vault::NoteFields& fields) {
  vault::Text text = vault::note_to_json(fields, false);
  auto j = nlohmann::json::parse(vault::view(text));
  vault::wipe(text);
  return j;
}

ExchangeResult<void> write_file(const std::filesystem::path& path, std::string_view data) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd < 0) return make_error(ExchangeError::Io, path.filename().string() + ": " + std::strerror(errno));
  std::size_t off = 0;
  while (off < data.size()) {
    const ssize_t n = ::write(fd, data.data() + off, data.size() - off);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      ::close(fd);
      return make_error(ExchangeError::Io, path.filename().string());
    }
    off += static_cast<std::size_t>(n);
  }
  const bool ok = ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) return make_error(ExchangeError::Io, path.filename().string());
  return {};
}

}  // namespace

std::string attachment_file_name(std::size_t index, std::string_view name) {
  std::string safe;
  for (char c : name) {
    if (safe.size() >= 64) break;
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
                    c == '-' || c == '_';
    safe += ok ? c : '_';
  }
  while (!safe.empty() && safe.front() == '.') safe.erase(safe.begin());
  if (safe.empty()) safe = "attachment";
  char prefix[16];
  std::snprintf(prefix, sizeof prefix, "%03zu-", index + 1);
  return "attachments/" + std::string(prefix) + safe;
}

std::string verdict_line(const OpenedBundle& b, const std::string& continuity) {
  std::size_t revisions = 0;
  for (const auto& n : b.notes) revisions += n.revisions.size();
  return "VERIFIED: bundle " + crypto::to_hex(b.bundle_id) + " — " + std::to_string(b.notes.size()) +
         " note(s), " + std::to_string(revisions) + " revision(s), " + std::to_string(b.attachments.size()) +
         " attachment(s); signature valid, all chains intact, all hashes match; sender " +
         sender_number(b.sender_public_key) + " (" + continuity + ")";
}

nlohmann::json report_json(const IntakeResult& r) {
  using nlohmann::json;
  const auto& b = r.bundle;
  json notes = json::array();
  std::size_t att_index = 0;
  for (const auto& n : b.notes) {
    json revs = json::array();
    for (const auto& rev : n.revisions) {
      revs.push_back({{"number", rev.number},
                      {"saved_at", format_utc(static_cast<std::uint64_t>(
                                       std::max<std::int64_t>(0, rev.content.saved_at)))},
                      {"saved_at_unix", rev.content.saved_at},
                      {"origin", vault::origin_name(rev.content.origin)},
                      {"hash", crypto::to_hex(rev.hash)},
                      {"previous_hash", crypto::to_hex(rev.previous_hash)},
                      {"fields", fields_json(rev.content.fields)}});
    }
    json atts = json::array();
    for (std::size_t i = 0; i < b.attachments.size(); ++i) {
      const auto& a = b.attachments[i];
      if (a.note_id != n.id) continue;
      atts.push_back(
          {{"id", a.id},
           {"name", a.name},
           {"mime", a.mime},
           {"size", a.size},
           {"added_at", format_utc(static_cast<std::uint64_t>(std::max<std::int64_t>(0, a.added_at)))},
           {"digest", crypto::to_hex(a.content_hash)},
           {"file", i < r.attachment_files.size() ? json(r.attachment_files[i]) : json(nullptr)}});
      ++att_index;
    }
    const auto& first = n.revisions.front().content;
    const auto& last = n.revisions.back().content;
    notes.push_back(
        {{"id", n.id},
         {"created", format_utc(static_cast<std::uint64_t>(std::max<std::int64_t>(0, first.saved_at)))},
         {"updated", format_utc(static_cast<std::uint64_t>(std::max<std::int64_t>(0, last.saved_at)))},
         {"origin", vault::origin_name(first.origin)},
         {"revision_count", n.revisions.size()},
         {"chain_head", crypto::to_hex(n.revisions.back().hash)},
         {"chain_status", "intact"},
         {"fields", fields_json(last.fields)},
         {"revisions", std::move(revs)},
         {"attachments", std::move(atts)}});
  }
  return json{
      {"format", "amparo-intake-report"},
      {"version", 1},
      {"verdict", r.verdict},
      {"bundle",
       {{"id", crypto::to_hex(b.bundle_id)},
        {"format_version", b.version},
        {"created", format_utc(b.created)},
        {"created_unix", b.created},
        {"app_version", b.app_version},
        {"chunks", b.chunks}}},
      {"recipient", {{"fingerprint", crypto::to_hex(b.recipient_fingerprint)}}},
      {"sender",
       {{"public_key", crypto::to_hex(b.sender_public_key)},
        {"sender_number", sender_number(b.sender_public_key)},
        {"continuity", r.continuity}}},
      {"integrity",
       {{"signature", "valid"}, {"chains", "intact"}, {"hashes", "match"}, {"attachments", "intact"}}},
      {"notes", std::move(notes)}};
}

ExchangeResult<IntakeResult> open_to_folder(const std::filesystem::path& bundle_path, const OrgKeys& keys,
                                            const std::filesystem::path& out_dir,
                                            const std::filesystem::path& register_file, std::uint64_t now,
                                            const ReportWriter& extra) {
  std::ifstream in(bundle_path, std::ios::binary);
  if (!in) return make_error(ExchangeError::Io, "cannot open the bundle file");
  std::optional<SenderRegister> reg;
  if (!register_file.empty()) {
    AMPARO_TRY(auto loaded, SenderRegister::load(register_file));
    reg = std::move(loaded);
  }
  AMPARO_TRY(auto staged, StagedDir::create(out_dir));
  FolderSink sink(staged.path());
  AMPARO_TRY(auto opened, open_bundle(in, keys, &sink));
  IntakeResult result;
  result.bundle = std::move(opened);
  result.attachment_files = sink.files;
  result.continuity = reg ? reg->describe_sender(result.bundle.sender_public_key) : "no sender register";
  result.verdict = verdict_line(result.bundle, result.continuity);
  AMPARO_TRY_VOID(write_file(staged.path() / "report.json", report_json(result).dump(2) + "\n"));
  if (extra) AMPARO_TRY_VOID(extra(result, staged.path()));
  AMPARO_TRY_VOID(staged.commit());
  if (reg) {
    reg->record(result.bundle.sender_public_key, result.bundle.bundle_id, now);
    AMPARO_TRY_VOID(reg->save());
  }
  return result;
}

ExchangeResult<IntakeResult> verify_file(const std::filesystem::path& bundle_path, const OrgKeys& keys,
                                         const std::filesystem::path& register_file) {
  std::ifstream in(bundle_path, std::ios::binary);
  if (!in) return make_error(ExchangeError::Io, "cannot open the bundle file");
  AMPARO_TRY(auto opened, open_bundle(in, keys, nullptr));
  IntakeResult result;
  result.bundle = std::move(opened);
  if (!register_file.empty()) {
    AMPARO_TRY(auto reg, SenderRegister::load(register_file));
    result.continuity = reg.describe_sender(result.bundle.sender_public_key);
  } else {
    result.continuity = "no sender register";
  }
  result.verdict = verdict_line(result.bundle, result.continuity);
  return result;
}

}  // namespace amparo::exchange
