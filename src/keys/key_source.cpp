#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "haven/keys/keyring.h"

namespace haven::keys {
namespace {

// What tells one version of the file from the next; refuses a file others may read.
Result<KeySource::Stamp> stamp_of(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) {
    return Fail(ErrorCode::kIo, "key file",
                "cannot read '" + path + "': " + std::strerror(errno) +
                    " (give the database's key file with --key-file or HAVEN_KEY_FILE)");
  }
  if ((info.st_mode & 077) != 0) {
    return Fail(ErrorCode::kIo, "key file",
                "'" + path + "' may be read by other users of this machine: run chmod 600 on it");
  }
  return KeySource::Stamp{
      static_cast<std::int64_t>(info.st_size), static_cast<std::int64_t>(info.st_mtim.tv_sec),
      static_cast<std::int64_t>(info.st_mtim.tv_nsec), static_cast<std::int64_t>(info.st_ino)};
}

Result<Keyring> read_ring(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Fail(ErrorCode::kIo, "key file", "cannot read '" + path + "'");
  std::ostringstream text;
  text << in.rdbuf();
  return Keyring::parse(text.str(), path);
}

// Writes beside the file with mode 0600 from the start, then renames over it: a reader sees
// the old ring or the new, never half of one.
Status write_ring(const std::string& path, const Keyring& ring) {
  const std::string temporary = path + ".new";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Fail(ErrorCode::kIo, "key file",
                "cannot write '" + temporary + "': " + std::strerror(errno));
  }
  const std::string text = ring.to_text();
  const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) &&
                       ::fsync(fd) == 0;
  ::close(fd);
  if (!written || ::rename(temporary.c_str(), path.c_str()) != 0) {
    ::unlink(temporary.c_str());
    return Fail(ErrorCode::kIo, "key file", "cannot write '" + path + "'");
  }
  return Status::Ok();
}

}  // namespace

Result<std::shared_ptr<KeySource>> KeySource::from_file(const std::string& path, bool create) {
  if (create && !std::filesystem::exists(path)) {
    if (auto ok = write_ring(path, Keyring::generate()); !ok) return ok.error();
  }
  std::shared_ptr<KeySource> source(new KeySource());
  source->path_ = path;
  auto ring = source->refreshed();
  if (!ring) return ring.error();
  return source;
}

std::shared_ptr<KeySource> KeySource::fixed(Keyring ring) {
  std::shared_ptr<KeySource> source(new KeySource());
  source->ring_ = std::make_shared<const Keyring>(std::move(ring));
  return source;
}

std::shared_ptr<const Keyring> KeySource::current() const {
  std::lock_guard lock(mutex_);
  return ring_;
}

Result<std::shared_ptr<const Keyring>> KeySource::refreshed() {
  std::lock_guard lock(mutex_);
  if (path_.empty()) return ring_;
  auto stamp = stamp_of(path_);
  if (!stamp) return stamp.error();
  if (ring_ && *stamp == file_stamp_) return ring_;
  auto ring = read_ring(path_);
  if (!ring) return ring.error();
  ring_ = std::make_shared<const Keyring>(std::move(*ring));
  file_stamp_ = *stamp;
  return ring_;
}

Status KeySource::replace(const Keyring& ring) {
  std::lock_guard lock(mutex_);
  if (path_.empty()) {
    return Fail(ErrorCode::kBadRequest, "key file",
                "keys given in HAVEN_KEY cannot be rotated in place: keep them in a key file "
                "(--key-file or HAVEN_KEY_FILE) to rotate them");
  }
  if (auto ok = write_ring(path_, ring); !ok) return ok;
  auto stamp = stamp_of(path_);
  if (!stamp) return stamp.error();
  ring_ = std::make_shared<const Keyring>(ring);
  file_stamp_ = *stamp;
  return Status::Ok();
}

}  // namespace haven::keys
