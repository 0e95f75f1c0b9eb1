// The Akoma Ntoso writer against the OASIS schema (checked by xmllint, which scripts/setup
// installs) and against the structure of the seed resolution 66/172.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include <unistd.h>

#include "haven/law/formats.h"
#include "haven/law/parser.h"
#include "support/commands.h"
#include "support/files.h"

namespace haven::law {
namespace {

using haven::testing::read_file;

const Resolution& seed() {
  static const Resolution kSeed = [] {
    auto result = parse_resolution(read_file(HAVEN_SOURCE_DIR "/data/law/A-RES-66-172.txt"));
    EXPECT_TRUE(result.ok()) << result.error().describe();
    return std::move(result).value().resolution;
  }();
  return kSeed;
}

using haven::testing::occurrences;

// Checked by xmllint against the Akoma Ntoso schema.
haven::testing::CommandResult validate(const std::string& xml, const std::string& name) {
  return haven::testing::validate_xml(xml, HAVEN_SOURCE_DIR "/data/law/akn/akomantoso30.xsd",
                                      "akn_" + name);
}

TEST(AkomaNtoso, SeedResolutionValidatesAgainstTheSchema) {
  auto validation = validate(to_akoma_ntoso(seed()), "seed");
  EXPECT_EQ(validation.status, 0) << validation.output;
}

TEST(AkomaNtoso, EveryTestResolutionValidatesAgainstTheSchema) {
  int checked = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(HAVEN_SOURCE_DIR "/tests/unit/law/resolutions")) {
    if (!entry.path().filename().string().starts_with("A-")) continue;
    auto parsed = parse_resolution(read_file(entry.path().string()));
    ASSERT_TRUE(parsed.ok()) << entry.path() << ": " << parsed.error().describe();
    auto validation = validate(to_akoma_ntoso(parsed->resolution), entry.path().stem().string());
    EXPECT_EQ(validation.status, 0) << entry.path() << "\n" << validation.output;
    ++checked;
  }
  EXPECT_GE(checked, 4);
}

TEST(AkomaNtoso, SeedResolutionHasItsParagraphsPointsAndNotes) {
  const std::string xml = to_akoma_ntoso(seed());
  EXPECT_EQ(occurrences(xml, "<recital "), 27u);
  EXPECT_EQ(occurrences(xml, "<paragraph "), 11u);
  EXPECT_NE(xml.find("eId=\"para_4__point_g\""), std::string::npos);
  std::size_t refs = 0;
  for (const auto& paragraph : seed().preamble) refs += paragraph.footnotes.size();
  for (const auto& paragraph : seed().operative) {
    refs += paragraph.footnotes.size();
    for (const auto& point : paragraph.points) refs += point.footnotes.size();
  }
  EXPECT_GT(refs, 0u);
  EXPECT_EQ(occurrences(xml, "<authorialNote "), refs);
  EXPECT_NE(xml.find("<i>Recalling</i> all its previous resolutions"), std::string::npos);
  EXPECT_NE(xml.find("<date date=\"2011-12-19\">19 December 2011</date>"), std::string::npos);
  EXPECT_NE(xml.find("<FRBRthis value=\"/akn/un/doc/resolution/general-assembly/2011-12-19/"
                     "A-RES-66-172/!main\"/>"),
            std::string::npos);
}

Resolution hand_built() {
  Resolution r;
  r.id = "A/RES/1/2";
  r.symbol = "1/2";
  r.title = "Rules & \"<quotes>\"";
  r.organ = "General Assembly";
  r.adopted = "2020-02-29";
  Paragraph recital;
  recital.action = "Noting";
  recital.text = "Noting that A & B < C > D, caf\xC3\xA9";
  recital.footnotes = {{1, 0, "A note at the start & <here>"},
                       {2, recital.text.size(), ""},
                       {3, recital.text.size() - 1, "Inside the \xC3\xA9."}};
  r.preamble.push_back(recital);
  Paragraph paragraph;
  paragraph.number = 1;
  paragraph.action = "Decides";
  paragraph.text = "Decides that x<y & y>z:";
  paragraph.footnotes = {{4, 3, "Inside the action."}};
  Point point;
  point.letter = "a";
  point.text = "bad byte \xFF and control \x01 removed";
  point.footnotes = {{5, 0, ""}, {6, 1000, "Past the end."}};
  paragraph.points = {point, point};
  r.operative.push_back(paragraph);
  return r;
}

TEST(AkomaNtoso, EscapesTextAndPlacesNotesAtTheEdgesOfTheText) {
  const std::string xml = to_akoma_ntoso(hand_built());
  auto validation = validate(xml, "hand_built");
  EXPECT_EQ(validation.status, 0) << validation.output << "\n" << xml;
  EXPECT_NE(
      xml.find("<recital eId=\"recital_1\"><p><authorialNote marker=\"1\" placement=\"bottom\" "
               "eId=\"recital_1__authorialNote_1\"><p>A note at the start &amp; "
               "&lt;here&gt;</p></authorialNote><i>Noting</i> that A &amp; B &lt; C &gt; D"),
      std::string::npos)
      << xml;
  EXPECT_NE(xml.find("caf\xC3\xA9<authorialNote marker=\"2\" placement=\"bottom\" "
                     "eId=\"recital_1__authorialNote_2\"><p/></authorialNote><authorialNote "
                     "marker=\"3\""),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("Inside the \xC3\xA9.</p></authorialNote></p></recital>"), std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<i>Dec<authorialNote"), std::string::npos) << xml;
  EXPECT_NE(xml.find("eId=\"para_1__point_a_2\""), std::string::npos) << xml;
  EXPECT_EQ(occurrences(xml, "<authorialNote "), 8u);
}

TEST(AkomaNtoso, ResolutionWithoutDateOrParagraphsStillValidates) {
  Resolution r;
  r.title = "Untitled";
  auto validation = validate(to_akoma_ntoso(r), "empty");
  EXPECT_EQ(validation.status, 0) << validation.output;
}

}  // namespace
}  // namespace haven::law
