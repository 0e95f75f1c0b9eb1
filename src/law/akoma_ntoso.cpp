// The Akoma Ntoso 3.0 writer. The XML is written by hand: the shape is fixed and small, and
// everything taken from the resolution passes through escape(), which also replaces what XML
// 1.0 cannot carry (invalid UTF-8, control characters) so that any Resolution validates.
#include <algorithm>
#include <array>
#include <cctype>
#include <chrono>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "haven/law/formats.h"
#include "law/parse_steps.h"

namespace haven::law {
namespace {

constexpr std::string_view kNamespace = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kMarkup = "&<>\"'";
constexpr std::array<std::string_view, 5> kEntities = {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"};
// FRBRdate is required; a resolution without a (valid) adoption date gets this one.
constexpr std::string_view kUnknownDate = "0001-01-01";

// Length of the UTF-8 sequence at `at` if it encodes a character XML 1.0 allows, else 0.
std::size_t xml_char_length(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
  const unsigned char lead = byte(at);
  if (lead < 0x80) return (lead >= 0x20 || lead == '\t' || lead == '\n' || lead == '\r') ? 1 : 0;
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (length == 0 || lead > 0xF4 || at + length > text.size()) return 0;
  char32_t code = lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(at + i) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(at + i) & 0x3F);
  }
  constexpr std::array<char32_t, 5> kShortest = {0, 0, 0x80, 0x800, 0x10000};
  const bool surrogate = code >= 0xD800 && code <= 0xDFFF;
  if (code < kShortest[length] || code > 0x10FFFF || surrogate || code == 0xFFFE ||
      code == 0xFFFF) {
    return 0;
  }
  return length;
}

// For character data and attribute values alike.
std::string escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = xml_char_length(text, at);
    if (length == 0) {
      out += kReplacement;
      ++at;
      continue;
    }
    const auto markup = kMarkup.find(text[at]);
    if (markup != std::string_view::npos) {
      out += kEntities[markup];
    } else {
      out.append(text.substr(at, length));
    }
    at += length;
  }
  return out;
}

// eIds and URI segments keep ASCII letters and digits only, so they are valid whatever the
// input: `General Assembly` → `generalAssembly` (camel) or `general-assembly`.
std::string name_part(std::string_view words, bool camel, bool lower) {
  std::string out;
  bool gap = false;
  for (char c : words) {
    const auto u = static_cast<unsigned char>(c);
    if (u >= 0x80 || !std::isalnum(u)) {
      gap = !out.empty();
      continue;
    }
    if (gap && !camel) out += '-';
    const bool upper = camel && gap;
    out += static_cast<char>(upper ? std::toupper(u) : lower ? std::tolower(u) : u);
    gap = false;
  }
  return out;
}

bool is_date(const std::string& iso) {
  using namespace std::chrono;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(iso[i]))) return false;
  }
  const year_month_day date{year{std::stoi(iso.substr(0, 4))},
                            month{static_cast<unsigned>(std::stoi(iso.substr(5, 2)))},
                            day{static_cast<unsigned>(std::stoi(iso.substr(8, 2)))}};
  return date.ok() && date.year() >= year{1};
}

// An eId not yet used in the document: the schema requires them unique, and a hand-built or
// repaired resolution may repeat a number or a letter.
std::string unique_eid(std::set<std::string>& used, const std::string& wanted) {
  std::string eid = wanted;
  for (int n = 2; !used.insert(eid).second; ++n) eid = wanted + "_" + std::to_string(n);
  return eid;
}

std::string note_xml(const FootnoteRef& ref, const std::string& eid) {
  return "<authorialNote marker=\"" + std::to_string(ref.number) +
         "\" placement=\"bottom\" eId=\"" + eid + "\">" +
         (ref.note.empty() ? "<p/>" : "<p>" + escape(ref.note) + "</p>") + "</authorialNote>";
}

// The provision's text with its footnotes as authorialNote at their offsets and the opening
// phrase in italics, as the print sets it.
std::string marked_text(const Provision& provision, const std::string& eid) {
  const std::string& text = provision.text;
  std::vector<FootnoteRef> refs = provision.footnotes;
  for (auto& ref : refs) {
    // A marker cannot stand inside a UTF-8 sequence; move it past the sequence.
    ref.offset = std::min(ref.offset, text.size());
    while (ref.offset < text.size() &&
           (static_cast<unsigned char>(text[ref.offset]) & 0xC0) == 0x80) {
      ++ref.offset;
    }
  }
  std::stable_sort(refs.begin(), refs.end(),
                   [](const auto& a, const auto& b) { return a.offset < b.offset; });
  const bool italic = !provision.action.empty() && text.starts_with(provision.action);
  const std::size_t action_end = italic ? provision.action.size() : 0;

  std::string out;
  std::size_t from = 0;
  int count = 0;
  auto next = refs.begin();
  auto notes_at = [&](std::size_t offset) {
    for (; next != refs.end() && next->offset == offset; ++next) {
      out += note_xml(*next, eid + "__authorialNote_" + std::to_string(++count));
    }
  };
  if (italic) {
    notes_at(0);
    out += "<i>";
  }
  while (true) {
    const std::size_t cut = next != refs.end() ? next->offset : text.size();
    if (italic && from < action_end && action_end <= cut) {
      out += escape(std::string_view(text).substr(from, action_end - from)) + "</i>";
      from = action_end;
    }
    out += escape(std::string_view(text).substr(from, cut - from));
    from = cut;
    if (next == refs.end()) break;
    notes_at(cut);
  }
  return out;
}

void write_meta(std::string& out, const Resolution& resolution, const std::string& organ_eid) {
  const bool dated = is_date(resolution.adopted);
  const std::string date = dated ? resolution.adopted : std::string(kUnknownDate);
  const std::string date_xml =
      "<FRBRdate date=\"" + date + "\" name=\"" + (dated ? "adoption" : "unknown") + "\"/>";
  auto segment = [](std::string_view words, bool lower) {
    std::string part = name_part(words, false, lower);
    return part.empty() ? std::string("unknown") : part;
  };
  const std::string work =
      "/akn/un/doc/resolution/" + segment(resolution.organ, true) + "/" + date + "/" +
      segment(resolution.id.empty() ? resolution.symbol : resolution.id, false);
  const std::string organ = "<FRBRauthor href=\"#" + organ_eid + "\"/>";
  const std::string indent = "\n          ";
  auto frbr = [&](const std::string& level, const std::string& uri, const std::string& self,
                  const std::string& author, const std::string& rest) {
    out += "        <FRBR" + level + ">" + indent + "<FRBRthis value=\"" + self + "\"/>" + indent +
           "<FRBRuri value=\"" + uri + "\"/>" + indent + date_xml + indent + author + rest +
           "\n        </FRBR" + level + ">\n";
  };
  out += "    <meta>\n      <identification source=\"#haven\">\n";
  frbr("Work", work, work + "/!main", organ,
       indent + "<FRBRcountry value=\"un\"/>" + indent + "<FRBRnumber value=\"" +
           escape(resolution.symbol) + "\"/>" + indent + "<FRBRname value=\"" +
           escape(resolution.title) + "\"/>");
  frbr("Expression", work + "/eng@", work + "/eng@/!main", organ,
       indent + "<FRBRlanguage language=\"eng\"/>");
  frbr("Manifestation", work + "/eng@.akn", work + "/eng@/!main.xml",
       "<FRBRauthor href=\"#haven\"/>", "");
  out += "      </identification>\n      <references source=\"#haven\">\n";
  out +=
      "        <TLCOrganization eId=\"haven\" href=\"/ontology/organization/haven\" "
      "showAs=\"Haven\"/>\n";
  out += "        <TLCOrganization eId=\"" + organ_eid + "\" href=\"/ontology/organization/un/" +
         organ_eid + "\" showAs=\"" + escape(resolution.organ) + "\"/>\n";
  out += "      </references>\n    </meta>\n";
}

}  // namespace

std::string to_akoma_ntoso(const Resolution& resolution) {
  std::string organ_eid = name_part(resolution.organ, true, false);
  if (organ_eid.empty() || organ_eid == "haven") organ_eid = "organ";
  organ_eid[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(organ_eid[0])));
  const bool dated = is_date(resolution.adopted);
  const std::string organ = escape(resolution.organ);
  std::set<std::string> used = {"haven", organ_eid};

  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\"" +
                    std::string(kNamespace) + "\">\n  <doc name=\"resolution\">\n";
  write_meta(out, resolution, organ_eid);

  out += "    <preface>\n      <p>Resolution adopted by the <docAuthority refersTo=\"#" +
         organ_eid + "\">" + organ + "</docAuthority>";
  if (dated) {
    out += " on <docDate date=\"" + resolution.adopted + "\">" + printed_date(resolution.adopted) +
           "</docDate>";
  }
  out += "</p>\n      <p><docNumber>" + escape(resolution.symbol) + "</docNumber>. <docTitle>" +
         escape(resolution.title) + "</docTitle></p>\n    </preface>\n";

  out += "    <preamble>\n      <formula name=\"enactingFormula\"><p>The " + organ +
         ",</p></formula>\n";
  if (!resolution.preamble.empty()) {
    out += "      <recitals eId=\"" + unique_eid(used, "recitals") + "\">\n";
    for (std::size_t i = 0; i < resolution.preamble.size(); ++i) {
      const std::string eid = unique_eid(used, "recital_" + std::to_string(i + 1));
      out += "        <recital eId=\"" + eid + "\"><p>" + marked_text(resolution.preamble[i], eid) +
             "</p></recital>\n";
    }
    out += "      </recitals>\n";
  }
  out += "    </preamble>\n    <mainBody>\n";
  if (resolution.operative.empty()) out += "      <p/>\n";
  for (const auto& paragraph : resolution.operative) {
    const std::string number = std::to_string(paragraph.number);
    const std::string eid = unique_eid(used, "para_" + number);
    out += "      <paragraph eId=\"" + eid + "\">\n        <num>" + number + ".</num>\n";
    if (paragraph.points.empty()) {
      out += "        <content><p>" + marked_text(paragraph, eid) + "</p></content>\n";
    } else {
      out += "        <intro><p>" + marked_text(paragraph, eid) + "</p></intro>\n";
    }
    for (const auto& point : paragraph.points) {
      const std::string point_eid =
          unique_eid(used, eid + "__point_" + name_part(point.letter, false, true));
      out += "        <point eId=\"" + point_eid + "\"><num>(" + escape(point.letter) +
             ")</num><content><p>" + marked_text(point, point_eid) + "</p></content></point>\n";
    }
    out += "      </paragraph>\n";
  }
  out += "    </mainBody>\n";

  if (!resolution.meeting.empty() || dated) {
    out += "    <conclusions>\n";
    if (!resolution.meeting.empty()) out += "      <p>" + escape(resolution.meeting) + "</p>\n";
    if (dated) {
      out += "      <p><date date=\"" + resolution.adopted + "\">" +
             printed_date(resolution.adopted) + "</date></p>\n";
    }
    out += "    </conclusions>\n";
  }
  out += "  </doc>\n</akomaNtoso>\n";
  return out;
}

}  // namespace haven::law
