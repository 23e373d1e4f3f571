#include "csv/reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <array>
#include <bit>
#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "csv/byte_source.h"
#include "csv/lines.h"
#include "core/utf8.h"

namespace ca {
namespace {

// What a byte means to the field scanner. Bytes of class kPlain are copied in
// runs; the others stop the run.
enum : uint8_t { kPlain, kEnd, kComma, kQuote, kCR, kHigh };

constexpr std::array<uint8_t, 256> make_classes(bool quoted) {
  std::array<uint8_t, 256> t{};
  t[0] = kEnd;  // the line's terminator (NUL bytes of the input arrive as 0xFF)
  t['"'] = kQuote;
  if (!quoted) {
    t[','] = kComma;
    t['\r'] = kCR;  // inside quotes a lone CR is data
  }
  for (int c = 0x80; c < 256; ++c) t[c] = kHigh;
  return t;
}
constexpr std::array<uint8_t, 256> kUnquoted = make_classes(false);
constexpr std::array<uint8_t, 256> kQuoted = make_classes(true);

// The stop bytes of a line outside quotes, in order: a comma, a quote, CR,
// the line's NUL or a byte of 0x80 or more. With SSE2 a line is scanned
// sixteen bytes at a time, one bit per stop byte, and each field ends at
// the next set bit without loading again: this is the inner loop of reading
// an export, and lines from LineSource have 15 readable bytes after their NUL.
class Stops {
 public:
  explicit Stops(const unsigned char* p) { restart(p); }
#if defined(__SSE2__)
  // Scans again from p (after a character of several bytes).
  void restart(const unsigned char* p) {
    block_ = p;
    mask_ = mask(p);
  }
  const unsigned char* next() {
    while (mask_ == 0) mask_ = mask(block_ += 16);
    const unsigned char* q = block_ + std::countr_zero(mask_);
    mask_ &= mask_ - 1;
    return q;
  }

 private:
  static unsigned mask(const unsigned char* p) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i stop =
        _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(',')), _mm_cmpeq_epi8(v, _mm_set1_epi8('"'))),
                     _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\r')), _mm_cmpeq_epi8(v, _mm_setzero_si128())));
    // A lane's top bit: a stop byte, or a byte of 0x80 or more.
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(stop, v)));
  }
  const unsigned char* block_;
  unsigned mask_;
#else
  void restart(const unsigned char* p) { p_ = p; }
  const unsigned char* next() {
    while (kUnquoted[*p_] == kPlain) ++p_;
    return p_++;
  }

 private:
  const unsigned char* p_;
#endif
};

const unsigned char* skip_spaces(const unsigned char* p) {
  while (*p == ' ') ++p;
  return p;
}

}  // namespace

CsvReader::CsvReader(std::string name) : name_(std::move(name)) {}

CsvReader::CsvReader(std::string name, std::string_view text) : name_(std::move(name)) {
  start(std::make_unique<ByteSource>(text));
}

CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

CsvReader CsvReader::open(std::string name, const std::string& path) {
  CsvReader r(std::move(name));
  if (path == "-") {
    r.start(std::make_unique<ByteSource>(STDIN_FILENO, false));
    return r;
  }
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    r.fail(0, fmt::format("cannot open: {}", std::strerror(errno)));
    return r;
  }
  struct stat st {};
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) {
    ::close(fd);
    r.fail(0, fmt::format("cannot open: {}", std::strerror(EISDIR)));
    return r;
  }
  r.start(std::make_unique<ByteSource>(fd, true));
  return r;
}

void CsvReader::start(std::unique_ptr<ByteSource> source) {
  source_ = source->state();
  try {
    lines_ = std::make_unique<LineSource>(std::move(source));
  } catch (const std::exception& e) {  // its buffers could not be had
    fail(0, fmt::format("cannot read: {}", e.what()));
  }
}

bool CsvReader::fail(uint32_t line, std::string why) {
  status_ = Status::error(line ? fmt::format("{}:{}: {}", name_, line, why) : fmt::format("{}: {}", name_, why));
  done_ = true;
  return false;
}

void CsvReader::note(const char* problem) {
  if (!problem_) {
    problem_ = problem;
    problem_field_ = static_cast<uint32_t>(ends_.size());
  }
}

// The next physical line (NUL-terminated, line end stripped), or nullptr at
// the end of input or on an error (then status_ is set).
const unsigned char* CsvReader::next_line() {
  if (done_ || !lines_) {
    done_ = true;
    return nullptr;
  }
  char* line = nullptr;
  try {
    line = lines_->next();
  } catch (const LineSource::TooLong&) {
    fail(lines_->line(), "line longer than 16 MiB; is this a CSV export?");
    return nullptr;
  } catch (const std::exception& e) {
    fail(lines_->line(), e.what());
    return nullptr;
  }
  if (!line) {
    done_ = true;
    if (const int e = source_->error()) fail(0, fmt::format("cannot read: {}", std::strerror(e)));
    return nullptr;
  }
  physical_ = lines_->line();
  return reinterpret_cast<const unsigned char*>(line);
}

// Appends the UTF-8 character at p and moves past it; false (and status_
// set) when the bytes are not UTF-8.
bool CsvReader::take_utf8(const unsigned char*& p) {
  const size_t n = utf8_sequence_length(p);
  if (n == 0) {
    if (*p == 0xFF && source_->first_ff_was_nul())
      return fail(physical_, "binary data (NUL byte); is this a CSV export?");
    return fail(physical_, fmt::format("not UTF-8 text (byte 0x{:02X}); save the export as UTF-8", *p));
  }
  buf_.append(reinterpret_cast<const char*>(p), n);
  p += n;
  return true;
}

// p is on the opening quote. Appends the field's text, reading further lines
// while the quote is open, and leaves p after the closing quote.
bool CsvReader::quoted_field(const unsigned char*& p) {
  const uint32_t opened = physical_;
  ++p;
  for (;;) {
    const unsigned char* q = p;
    while (kQuoted[*q] == kPlain) ++q;
    buf_.append(reinterpret_cast<const char*>(p), static_cast<size_t>(q - p));
    p = q;
    switch (kQuoted[*p]) {
      case kQuote:
        if (p[1] == '"') {
          buf_ += '"';
          p += 2;
          continue;
        }
        ++p;
        return true;
      case kEnd:
        p = next_line();
        if (!p) return status_ ? fail(opened, "unterminated quoted field (opened on this line)") : false;
        buf_ += '\n';
        if (buf_.size() > kMaxLine)
          return fail(opened, "quoted field longer than 16 MiB (opened on this line); is a quote missing?");
        continue;
      default:  // kHigh
        if (!take_utf8(p)) return false;
    }
  }
}

// Appends unquoted text up to the end of the field, leaving p after the comma;
// `last` says whether the field ended the record.
bool CsvReader::unquoted_rest(const unsigned char*& p, bool& last) {
  for (;;) {
    const unsigned char* q = p;
    while (kUnquoted[*q] == kPlain) ++q;
    buf_.append(reinterpret_cast<const char*>(p), static_cast<size_t>(q - p));
    p = q;
    switch (kUnquoted[*p]) {
      case kComma:
        ++p;
        last = false;
        return true;
      case kEnd:
        last = true;
        return true;
      case kQuote:
        note("quote inside an unquoted field (quote the whole field, doubling the quote: \"a\"\"b\")");
        buf_ += '"';
        ++p;
        continue;
      case kCR:
        return fail(physical_,
                    "carriage return inside a line (CR line ends?); save the export with LF or CRLF line ends");
      default:  // kHigh
        if (!take_utf8(p)) return false;
    }
  }
}

// The common case: a line without quotes, CRs or bad UTF-8 is one record,
// split at its commas with no copy (the fields point into the line, which
// lives until the next call to next()). False, with nothing kept, for any
// other line: the general path reads it.
bool CsvReader::split_plain_line(const unsigned char* p) {
  const unsigned char* field = p;
  for (Stops stops(p);;) {
    const unsigned char* q = stops.next();
    switch (kUnquoted[*q]) {
      case kComma:
        fields_.emplace_back(reinterpret_cast<const char*>(field), static_cast<size_t>(q - field));
        field = q + 1;
        continue;
      case kEnd:
        fields_.emplace_back(reinterpret_cast<const char*>(field), static_cast<size_t>(q - field));
        return true;
      case kHigh:
        if (const size_t n = utf8_sequence_length(q)) {
          stops.restart(q + n);
          continue;
        }
        [[fallthrough]];
      default:  // kQuote, kCR, bad UTF-8
        fields_.clear();
        return false;
    }
  }
}

bool CsvReader::next() {
  buf_.clear();
  ends_.clear();
  fields_.clear();
  problem_ = nullptr;
  problem_field_ = 0;
  if (done_) return false;

  const unsigned char* p = nullptr;
  do {
    p = next_line();
    if (!p) return false;
  } while (*p == '\0');
  line_ = physical_;
  if (line_ == 1 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF)))
    return fail(1, "not UTF-8 text (UTF-16 byte-order mark); save the export as UTF-8");
  if (split_plain_line(p)) return true;

  for (bool last = false; !last;) {
    if (*p == ' ' && *skip_spaces(p) == '"') p = skip_spaces(p);
    if (*p == '"') {
      if (!quoted_field(p)) return false;
      p = skip_spaces(p);
      if (*p != ',' && *p != '\0') note("text after the closing quote of a quoted field");
    }
    if (!unquoted_rest(p, last)) return false;
    ends_.push_back(static_cast<uint32_t>(buf_.size()));
  }

  size_t begin = 0;
  for (uint32_t end : ends_) {
    fields_.emplace_back(buf_.data() + begin, end - begin);
    begin = end;
  }
  return true;
}

}  // namespace ca
