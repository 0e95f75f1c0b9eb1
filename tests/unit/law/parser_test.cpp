// The parser against the seed text of resolution 66/172, which carries every kind of damage
// PDF extraction does (tests/unit/law/resolutions/ holds more resolutions in its layout).
#include "haven/law/parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "haven/law/formats.h"
#include "support/files.h"

namespace haven::law {
namespace {

using haven::testing::read_file;

const ParsedResolution& seed() {
  static const ParsedResolution parsed = [] {
    auto result = parse_resolution(read_file(HAVEN_SOURCE_DIR "/data/law/A-RES-66-172.txt"));
    EXPECT_TRUE(result.ok()) << result.error().describe();
    return std::move(result).value();
  }();
  return parsed;
}

const Paragraph& op(int number) { return seed().resolution.operative.at(number - 1); }

TEST(ParseSeed, ReadsTitleOrganAndClosingLines) {
  const auto& r = seed().resolution;
  EXPECT_EQ(r.id, "A/RES/66/172");
  EXPECT_EQ(r.symbol, "66/172");
  EXPECT_EQ(r.title, "Protection of migrants");
  EXPECT_EQ(r.organ, "General Assembly");
  EXPECT_EQ(r.meeting, "89th plenary meeting");
  EXPECT_EQ(r.adopted, "2011-12-19");
}

TEST(ParseSeed, FindsTwentySevenPreambularAndElevenOperativeParagraphs) {
  const auto& r = seed().resolution;
  ASSERT_EQ(r.preamble.size(), 27u);
  ASSERT_EQ(r.operative.size(), 11u);
  for (int i = 0; i < 11; ++i) EXPECT_EQ(r.operative[i].number, i + 1);
  EXPECT_TRUE(seed().warnings.empty()) << seed().warnings.front().message;
}

TEST(ParseSeed, CountsSubParagraphsUnderTheirParents) {
  std::vector<std::size_t> counts;
  for (const auto& p : seed().resolution.operative) counts.push_back(p.points.size());
  EXPECT_EQ(counts, (std::vector<std::size_t>{0, 0, 5, 10, 9, 0, 0, 0, 8, 0, 0}));
  EXPECT_EQ(op(4).points[6].id, "A/RES/66/172 op.4(g)");
  EXPECT_EQ(op(4).points[9].letter, "j");
}

TEST(ParseSeed, KeepsTheWordsThatIntroduceSubParagraphsWithTheParent) {
  EXPECT_EQ(op(5).text,
            "Emphasizes the importance of protecting persons in vulnerable situations, and in "
            "this regard:");
  EXPECT_TRUE(op(4).text.ends_with("to which they are party, and therefore:")) << op(4).text;
}

TEST(ParseSeed, JoinsTheLineAfterAPushedNumberToItsParagraph) {
  EXPECT_TRUE(op(1).text.starts_with(
      "Calls upon States to promote and protect effectively the human rights and fundamental "
      "freedoms of all migrants"))
      << op(1).text;
  EXPECT_TRUE(op(4).text.starts_with("Also reaffirms the duty of States")) << op(4).text;
  EXPECT_TRUE(op(10).text.starts_with("Takes note of the report of the Secretary-General"));
  // The last preambular paragraph does not swallow the first line of op.1.
  EXPECT_TRUE(seed().resolution.preamble.back().text.ends_with("to cross international borders,"));
}

TEST(ParseSeed, ReadsTheOpeningPhraseAndItsForce) {
  const auto& pre = seed().resolution.preamble;
  EXPECT_EQ(pre[0].action, "Recalling");
  EXPECT_EQ(pre[2].action, "Reaffirming also");
  EXPECT_EQ(pre[5].action, "Recalling further");
  EXPECT_EQ(pre[6].action, "Taking note with appreciation");
  EXPECT_EQ(pre[8].action, "Taking note also");
  EXPECT_EQ(pre[20].action, "Aware");
  EXPECT_EQ(pre[22].action, "Concerned");
  EXPECT_EQ(op(1).action, "Calls upon");
  EXPECT_EQ(op(1).force, "call");
  EXPECT_EQ(op(4).action, "Also reaffirms");
  EXPECT_EQ(op(4).points[6].action, "Reaffirms emphatically");
  EXPECT_EQ(op(4).points[2].action, "Notes with appreciation");
  EXPECT_EQ(op(4).points[2].force, "acknowledgement");
  EXPECT_EQ(op(3).points[0].action, "Strongly condemns");
  EXPECT_EQ(op(7).force, "encouragement");
}

TEST(ParseSeed, FindsEveryFootnoteMarkerWhereItStands) {
  std::set<int> numbers;
  auto collect = [&](const Provision& p) {
    for (const auto& ref : p.footnotes) numbers.insert(ref.number);
  };
  for (const auto& p : seed().resolution.preamble) collect(p);
  for (const auto& p : seed().resolution.operative) {
    collect(p);
    for (const auto& point : p.points) collect(point);
  }
  std::set<int> expected;
  for (int i = 1; i <= 22; ++i) expected.insert(i);
  EXPECT_EQ(numbers, expected);

  const auto& pp1 = seed().resolution.preamble[0];
  ASSERT_EQ(pp1.footnotes.size(), 1u);
  EXPECT_EQ(pp1.footnotes[0].number, 1);
  EXPECT_EQ(pp1.text.substr(0, pp1.footnotes[0].offset).substr(pp1.footnotes[0].offset - 5),
            "2011,");
  const auto& g = op(4).points[6];
  ASSERT_EQ(g.footnotes.size(), 1u);
  EXPECT_EQ(g.footnotes[0].number, 9);
  EXPECT_EQ(g.text.substr(0, g.footnotes[0].offset).substr(g.footnotes[0].offset - 10),
            "Relations,");
  ASSERT_EQ(op(3).footnotes.size(), 2u);
  EXPECT_EQ(op(3).footnotes[0].number, 2);
  EXPECT_EQ(op(3).footnotes[1].number, 3);
  EXPECT_EQ(seed().resolution.preamble[3].footnotes.size(), 9u);  // 3, 3, 4, … 10
}

TEST(ParseSeed, LeavesNoDigitGluedToAWordAndKeepsRealNumbers) {
  auto check = [](const Provision& p) {
    for (std::size_t i = 1; i < p.text.size(); ++i) {
      bool digit = p.text[i] >= '0' && p.text[i] <= '9';
      char before = p.text[i - 1];
      EXPECT_FALSE(digit && ((before >= 'a' && before <= 'z') || before == ','))
          << p.id << ": " << p.text;
    }
  };
  for (const auto& p : seed().resolution.preamble) check(p);
  for (const auto& p : seed().resolution.operative) {
    check(p);
    for (const auto& point : p.points) check(point);
  }
  const auto& pre = seed().resolution.preamble;
  EXPECT_NE(pre[0].text.find("resolution 65/212 of 21 December 2010"), std::string::npos);
  EXPECT_NE(pre[5].text.find("resolutions 2006/2 of 10 May 2006 and 2009/1 of 3 April 2009,"),
            std::string::npos)
      << pre[5].text;
  EXPECT_NE(pre[7].text.find("advisory opinion OC-16/99 of 1 October 1999"), std::string::npos);
  EXPECT_NE(pre[11].text.find("held in New York on 14 and 15 September 2006"), std::string::npos);
  EXPECT_NE(op(10).text.find("resolution 65/212 and on how"), std::string::npos);
  EXPECT_TRUE(
      op(3).text.starts_with("Reaffirms the rights set forth in the Universal "
                             "Declaration of Human Rights and the obligations"))
      << op(3).text;
}

TEST(ParseSeed, ExtractsCitedResolutionsInstrumentsAndDates) {
  const auto& pp1 = seed().resolution.preamble[0];
  ASSERT_EQ(pp1.resolutions.size(), 2u);
  EXPECT_EQ(pp1.resolutions[0].id, "A/RES/65/212");
  EXPECT_EQ(pp1.resolutions[1].symbol, "18/21");
  EXPECT_EQ(pp1.resolutions[1].body, "Human Rights Council");
  EXPECT_EQ(pp1.resolutions[1].id, "A/HRC/RES/18/21");
  EXPECT_EQ(pp1.dates, (std::vector<std::string>{"2010-12-21", "2011-09-30"}));

  const auto& pp6 = seed().resolution.preamble[5];
  ASSERT_EQ(pp6.resolutions.size(), 2u);
  EXPECT_EQ(pp6.resolutions[0].symbol, "2006/2");
  EXPECT_EQ(pp6.resolutions[0].body, "Commission on Population and Development");
  EXPECT_EQ(pp6.resolutions[1].symbol, "2009/1");

  EXPECT_EQ(seed().resolution.preamble[7].resolutions.size(), 0u);  // OC-16/99 is no resolution
  EXPECT_EQ(op(9).points[4].resolutions.at(0).id, "A/RES/63/225");
  EXPECT_EQ(op(4).points[6].instruments, (std::vector<std::string>{"VCCR"}));
  EXPECT_EQ(seed().resolution.preamble[3].instruments,
            (std::vector<std::string>{"ICCPR", "ICESCR", "CAT", "CEDAW", "CRC", "ICERD", "CRPD",
                                      "VCCR", "ICRMW"}));
  EXPECT_EQ(op(5).points[8].instruments,
            (std::vector<std::string>{"UNTOC", "SOM-Protocol", "TIP-Protocol"}));
  EXPECT_EQ(seed().resolution.preamble[11].dates,
            (std::vector<std::string>{"2006-09-14", "2006-09-15"}));
}

TEST(ParseSeed, UndoesLeadingSpacesAtPageJoins) {
  EXPECT_TRUE(op(3).points[2].text.starts_with("Calls upon States to ensure"));
  EXPECT_TRUE(
      seed().resolution.preamble[21].text.starts_with("Recognizing the contributions of "
                                                      "young migrants"));
}

TEST(RoundTrip, JsonThenTextThenParseGivesTheSameStructure) {
  auto json = to_json(seed().resolution);
  auto back = resolution_from_json(json);
  ASSERT_TRUE(back.ok()) << back.error().describe();
  auto text = to_text(*back);
  auto again = parse_resolution(text);
  ASSERT_TRUE(again.ok()) << again.error().describe();
  EXPECT_TRUE(again->warnings.empty());
  // Source lines differ (one line per paragraph now); everything else must agree.
  auto strip_lines = [](Resolution r) {
    for (auto& p : r.preamble) p.line = 0;
    for (auto& p : r.operative) {
      p.line = 0;
      for (auto& point : p.points) point.line = 0;
    }
    return to_json(r);
  };
  EXPECT_EQ(strip_lines(again->resolution), strip_lines(seed().resolution));
}

TEST(ReadJson, RefusesAFootnoteNumberBelowOneNamingTheField) {
  auto json = nlohmann::json::parse(to_json(seed().resolution));
  json["preamble"][0]["footnotes"][0]["number"] = -1;
  auto back = resolution_from_json(json.dump());
  ASSERT_FALSE(back.ok());
  EXPECT_EQ(back.error().code, ErrorCode::kInvalidField);
  EXPECT_EQ(back.error().field, "preamble[0].footnotes[0].number");
}

}  // namespace
}  // namespace haven::law
