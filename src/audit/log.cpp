#include "haven/audit/log.h"

#include <sodium.h>

#include <array>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

namespace haven::audit {
namespace {

// The previous_hash of the first entry.
const std::string kGenesis(64, '0');

struct Head {
  std::int64_t seq = 0;
  std::string hash;
};

std::string hex(const unsigned char* bytes, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), bytes, size);
  out.pop_back();
  return out;
}

Error io_error(const std::filesystem::path& path, const std::string& what) {
  return Error{ErrorCode::kIo, "", what + " " + path.string(), 0};
}

// Written to a new file and renamed over the old one, so that a crash leaves one or the
// other, never half of each.
Status write_head(const std::filesystem::path& path, const Head& head) {
  const std::filesystem::path temporary = path.string() + ".new";
  {
    std::ofstream out(temporary, std::ios::trunc);
    out << head.seq << ' ' << head.hash << '\n';
    if (!out.flush()) return io_error(temporary, "cannot write the audit head to");
  }
  std::error_code failed;
  std::filesystem::rename(temporary, path, failed);
  if (failed) return io_error(path, "cannot replace the audit head file");
  return Status::Ok();
}

std::optional<Head> read_head(const std::filesystem::path& path) {
  std::ifstream in(path);
  Head head;
  if (!(in >> head.seq >> head.hash)) return std::nullopt;
  return head;
}

std::string range(std::int64_t from, std::int64_t to) {
  return from == to ? "entry " + std::to_string(from)
                    : "entries " + std::to_string(from) + " to " + std::to_string(to);
}

}  // namespace

std::string entry_hash(const store::AuditRow& row) {
  // The content as a JSON array: unambiguous whatever the fields hold. The seq is left out
  // on purpose: order is kept by the chain, so an entry moved elsewhere shows as out of
  // place rather than as edited.
  const std::string content =
      nlohmann::json::array({row.previous_hash, row.at, row.user, row.action, row.target,
                             row.address, row.purpose, row.detail, row.status})
          .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  if (sodium_init() < 0) std::abort();
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(),
                     reinterpret_cast<const unsigned char*>(content.data()), content.size(),
                     nullptr, 0);
  return hex(digest.data(), digest.size());
}

std::filesystem::path head_file_for(const std::string& location) {
  if (location.empty() || location == ":memory:") return {};
  return location + ".audit-head";
}

Log::Log(store::Store& store, const Clock& clock, std::filesystem::path head_file)
    : store_(store), clock_(clock), head_file_(std::move(head_file)) {}

struct Log::Pending {
  Entry entry;
  std::int64_t at = 0;
  Status result = Status::Ok();
  bool done = false;
};

Status Log::write(const std::vector<Pending*>& batch) {
  auto transaction = store_.begin_write();
  if (!transaction) return transaction.error();
  auto last = (*transaction)->last_audit();
  if (!last) return last.error();
  std::int64_t seq = *last ? (*last)->seq : 0;
  std::string previous = *last ? (*last)->hash : kGenesis;
  for (const Pending* pending : batch) {
    const Entry& entry = pending->entry;
    store::AuditRow row{++seq,
                        pending->at,
                        entry.user,
                        entry.action,
                        entry.target,
                        entry.address,
                        entry.purpose,
                        entry.detail,
                        entry.status,
                        previous,
                        ""};
    row.hash = entry_hash(row);
    previous = row.hash;
    if (auto ok = (*transaction)->append_audit(row); !ok) return ok;
  }
  if (auto ok = (*transaction)->commit(); !ok) return ok;
  if (head_file_.empty()) return Status::Ok();
  return write_head(head_file_, Head{seq, previous});
}

Status Log::append(const Entry& entry) {
  Pending mine{entry, clock_.now().micros};
  std::unique_lock lock(mutex_);
  queue_.push_back(&mine);
  while (!mine.done) {
    if (busy_) {
      done_.wait(lock);
      continue;
    }
    // Nobody is writing: this caller writes every entry waiting, its own among them.
    busy_ = true;
    std::vector<Pending*> batch;
    batch.swap(queue_);
    lock.unlock();
    const Status written = write(batch);
    lock.lock();
    for (Pending* pending : batch) {
      pending->result = written;
      pending->done = true;
    }
    busy_ = false;
    done_.notify_all();
  }
  return mine.result;
}

Result<Verification> Log::verify() {
  // No entry is written while the chain and the head file are compared.
  {
    std::unique_lock lock(mutex_);
    done_.wait(lock, [this] { return !busy_; });
    busy_ = true;
  }
  struct Release {
    Log& log;
    ~Release() {
      std::lock_guard lock(log.mutex_);
      log.busy_ = false;
      log.done_.notify_all();
    }
  } release{*this};
  Verification result;
  std::string previous = kGenesis;
  std::int64_t expected = 1;
  std::optional<store::AuditRow> last;
  auto walked = store_.for_each_audit({}, [&](const store::AuditRow& row) {
    ++result.entries;
    bool gap = false;
    if (row.seq != expected) {
      gap = true;
      result.findings.push_back(
          {row.seq, range(expected, row.seq - 1) + " missing: deleted from the log"});
    }
    if (!row.opened) {
      result.findings.push_back(
          {row.seq, "entry " + std::to_string(row.seq) +
                        " was edited: its sealed purpose and detail do not open in it"});
    } else if (entry_hash(row) != row.hash) {
      result.findings.push_back(
          {row.seq, "entry " + std::to_string(row.seq) +
                        " was edited: its content no longer matches its hash"});
    } else if (row.previous_hash != previous && !gap) {
      result.findings.push_back({row.seq, "entry " + std::to_string(row.seq) +
                                              " does not follow entry " +
                                              std::to_string(row.seq - 1) +
                                              ": an entry was inserted, removed or moved here"});
    }
    previous = row.hash;
    expected = row.seq + 1;
    last = row;
    return true;
  });
  if (!walked) return walked.error();

  if (head_file_.empty()) return result;
  const std::optional<Head> head = read_head(head_file_);
  result.head_file_kept = head.has_value();
  const std::int64_t end = last ? last->seq : 0;
  if (!head) {
    if (end > 0) {
      result.findings.push_back(
          {end, "the head file " + head_file_.string() + " is missing or unreadable"});
    }
  } else if (head->seq > end) {
    result.findings.push_back({end + 1, "the log ends at entry " + std::to_string(end) +
                                            " but the head file records " +
                                            std::to_string(head->seq) + ": " +
                                            range(end + 1, head->seq) + " removed from the end"});
  } else if (head->seq < end) {
    result.findings.push_back(
        {head->seq + 1,
         range(head->seq + 1, end) + " added after the head file's last entry, not by Haven"});
  } else if (head->hash != last->hash) {
    result.findings.push_back(
        {end, "the last entry does not match the head file: the log was rewritten"});
  }
  return result;
}

}  // namespace haven::audit
