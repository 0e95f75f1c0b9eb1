// The parser against more resolutions than the seed, so that it is not tuned to one text.
// Each file in tests/unit/law/resolutions/ was written for these tests in the layout of the
// official PDFs, carrying the damage text extraction does; the tests assert the structure
// the file was written with:
//   A-RES-70-147.txt     GA, 2015 layout: front matter, running headers with the title
//                        (`A/RES/70/147 Protection of migrants`), footers `2/9 16-01948`,
//                        footnote blocks mid-paragraph, hyphenation, (i)/(ii) inside a point.
//   A-HRC-RES-26-19.txt  the Council's own document: bare `26/19` under `Resolution adopted
//                        by the Human Rights Council*`, a wrapped title, a `*` note, Geneva
//                        job numbers, `No. 2` beside footnote 2, (i)/(ii) after point (h).
//   A-RES-71-237.txt     short, numbers in front everywhere, no closing date.
//   A-HRC-RES-19-12.txt  the Council's compilation layout with numbering, lettering and
//                        footnote jumps, each warned about with its line.
//   no-operative.txt, no-title.txt  refused.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "haven/law/formats.h"
#include "haven/law/parser.h"

namespace haven::law {
namespace {

std::string read_text(const std::string& name) {
  std::ifstream in(HAVEN_SOURCE_DIR "/tests/unit/law/resolutions/" + name, std::ios::binary);
  EXPECT_TRUE(in.good()) << name;
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

const ParsedResolution& parsed(const std::string& name) {
  static std::map<std::string, ParsedResolution> cache;
  auto found = cache.find(name);
  if (found == cache.end()) {
    auto result = parse_resolution(read_text(name));
    EXPECT_TRUE(result.ok()) << name << ": " << result.error().describe();
    found = cache.emplace(name, result.ok() ? std::move(result).value() : ParsedResolution{}).first;
  }
  return found->second;
}

std::vector<int> marker_numbers(const Provision& p) {
  std::vector<int> numbers;
  for (const auto& ref : p.footnotes) numbers.push_back(ref.number);
  return numbers;
}

// The text just before footnote `k`'s offset; the marker must sit right after a word or its
// punctuation, so the offset is at the end of the text or before a space.
std::string before_marker(const Provision& p, std::size_t k, std::size_t length) {
  if (k >= p.footnotes.size()) return "<no footnote " + std::to_string(k) + ">";
  auto offset = p.footnotes[k].offset;
  if (offset > p.text.size()) return "<offset past the end>";
  if (offset < p.text.size() && p.text[offset] != ' ') return "<offset inside a word>";
  return p.text.substr(offset - std::min(offset, length), std::min(offset, length));
}

std::vector<std::string> resolution_ids(const Provision& p) {
  std::vector<std::string> ids;
  for (const auto& cited : p.resolutions) ids.push_back(cited.body + " " + cited.id);
  return ids;
}

std::vector<std::size_t> point_counts(const Resolution& r) {
  std::vector<std::size_t> counts;
  for (const auto& p : r.operative) counts.push_back(p.points.size());
  return counts;
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// --- A/RES/70/147: the General Assembly's layout of 2015 --------------------------------

const Resolution& ga2015() { return parsed("A-RES-70-147.txt").resolution; }
const Paragraph& ga2015_pp(int n) { return ga2015().preamble.at(n - 1); }
const Paragraph& ga2015_op(int n) { return ga2015().operative.at(n - 1); }

TEST(Ga2015, ReadsTheTitleBelowTheFrontMatterAndTheClosingLines) {
  const auto& r = ga2015();
  EXPECT_EQ(r.id, "A/RES/70/147");
  EXPECT_EQ(r.symbol, "70/147");
  EXPECT_EQ(r.title, "Protection of migrants");
  EXPECT_EQ(r.organ, "General Assembly");
  // The footnote block and the footer after them do not hide the closing lines.
  EXPECT_EQ(r.meeting, "80th plenary meeting");
  EXPECT_EQ(r.adopted, "2015-12-17");
  EXPECT_TRUE(parsed("A-RES-70-147.txt").warnings.empty())
      << parsed("A-RES-70-147.txt").warnings.front().message;
}

TEST(Ga2015, FindsEveryParagraphWhereverItsNumberStands) {
  const auto& r = ga2015();
  ASSERT_EQ(r.preamble.size(), 8u);
  ASSERT_EQ(r.operative.size(), 7u);
  for (int i = 0; i < 7; ++i) EXPECT_EQ(r.operative[i].number, i + 1);
  EXPECT_EQ(point_counts(r), (std::vector<std::size_t>{0, 0, 3, 0, 0, 0, 0}));
  EXPECT_EQ(ga2015_pp(1).line, 10);
  EXPECT_EQ(ga2015_pp(4).line, 22);
  EXPECT_EQ(ga2015_op(1).line, 55);  // `1.` after the first line
  EXPECT_EQ(ga2015_op(2).line, 61);  // `2.` alone before it
  EXPECT_EQ(ga2015_op(6).line, 95);  // `6. Takes note` in front
  EXPECT_EQ(ga2015_op(3).points.at(1).line, 70);
  EXPECT_EQ(ga2015_op(3).points.at(1).id, "A/RES/70/147 op.3(b)");
}

TEST(Ga2015, SetsAsideRunningHeadersFootersAndFootnoteBlocks) {
  EXPECT_EQ(ga2015_pp(4).text,
            "Welcoming the adoption of the 2030 Agenda for Sustainable Development, in which "
            "Member States recognized the positive contribution of migrants to inclusive growth "
            "and sustainable development and committed themselves to cooperating internationally "
            "to ensure safe, orderly and regular migration involving full respect for human "
            "rights and the humane treatment of migrants regardless of status, and of refugees "
            "and of displaced persons,");
  EXPECT_EQ(ga2015_op(5).text,
            "Urges States parties to the United Nations Convention against Transnational "
            "Organized Crime and the Protocol against the Smuggling of Migrants by Land, Sea and "
            "Air to implement them fully, and calls upon States that have not done so to "
            "consider ratifying or acceding to them as a matter of priority;");
  EXPECT_EQ(ga2015_op(7).text,
            "Decides to continue its consideration of the question at its seventy-second session "
            "under the item entitled “Promotion and protection of human rights”.");
}

TEST(Ga2015, RepairsHyphenationAndKeepsTheHyphensOfCompounds) {
  EXPECT_EQ(ga2015_pp(6).text,
            "Taking note of advisory opinion OC-21/14 of 19 August 2014 on the rights and "
            "guarantees of children in the context of migration and/or in need of international "
            "protection, issued by the Inter-American Court of Human Rights,");
  EXPECT_EQ(ga2015_pp(7).text,
            "Stressing the importance of regulations and laws regarding irregular migration "
            "being in accordance with the obligations of States under international law, and of "
            "cooperation with non-governmental organizations and other relevant stakeholders,");
  EXPECT_EQ(ga2015_pp(8).text,
            "Concerned that migrants, including women and children, continue to face violations "
            "of their human rights in transit and at borders, and underlining the need for "
            "capacity-building to address those violations,");
}

TEST(Ga2015, KeepsItemsNumberedInRomanInsideTheirPoint) {
  EXPECT_EQ(ga2015_op(3).points.at(1).text,
            "Reaffirms emphatically the duty of States parties to ensure full respect for and "
            "observance of the Vienna Convention on Consular Relations, in particular article 36, "
            "and to inform the foreign national without delay of his or her rights under the "
            "Convention, including: (i) The right to communicate with a consular official of the "
            "sending State; (ii) The right to have the consular post notified of his or her "
            "arrest or detention;");
  EXPECT_EQ(ga2015_op(3).points.at(2).letter, "c");
}

TEST(Ga2015, FindsFootnoteMarkersRightAfterTheWordsTheyAnnotate) {
  EXPECT_EQ(marker_numbers(ga2015_pp(1)), std::vector<int>{1});
  EXPECT_EQ(before_marker(ga2015_pp(1), 0, 12), "2 July 2015,");  // `2015,1`
  EXPECT_EQ(before_marker(ga2015_pp(2), 0, 7), "Rights,");
  const auto& pp3 = ga2015_pp(3);
  EXPECT_EQ(marker_numbers(pp3), (std::vector<int>{3, 3, 4, 5, 6}));
  EXPECT_EQ(before_marker(pp3, 0, 16), "Political Rights");  // `Rights3`
  EXPECT_EQ(before_marker(pp3, 1, 16), "Cultural Rights,");  // `Rights,3`: footnote 3 again
  EXPECT_EQ(before_marker(pp3, 2, 10), "the Child,");
  EXPECT_EQ(before_marker(pp3, 3, 18), "Consular Relations");  // `Relations 5 and`
  EXPECT_EQ(before_marker(pp3, 4, 15), "Their Families,");
  EXPECT_EQ(before_marker(ga2015_pp(4), 0, 12), "Development,");
  EXPECT_EQ(marker_numbers(ga2015_op(3).points.at(1)), std::vector<int>{5});
  EXPECT_EQ(before_marker(ga2015_op(3).points.at(1), 0, 10), "Relations,");
  EXPECT_EQ(marker_numbers(ga2015_op(4)), std::vector<int>{4});
  EXPECT_EQ(marker_numbers(ga2015_op(5)), (std::vector<int>{8, 9}));
  EXPECT_EQ(before_marker(ga2015_op(5), 0, 15), "Organized Crime");
  EXPECT_EQ(before_marker(ga2015_op(5), 1, 11), "Sea and Air");
  EXPECT_EQ(marker_numbers(ga2015_op(6)), (std::vector<int>{10, 11}));
  EXPECT_EQ(before_marker(ga2015_op(6), 0, 17), "Secretary-General");
  EXPECT_EQ(before_marker(ga2015_op(6), 1, 12), "of migrants;");
  for (int n : {5, 6, 7, 8}) EXPECT_TRUE(ga2015_pp(n).footnotes.empty()) << n;
  for (int n : {1, 2, 3, 7}) EXPECT_TRUE(ga2015_op(n).footnotes.empty()) << n;
}

TEST(Ga2015, AttachesTheFootnoteTextsFromThePageBottoms) {
  EXPECT_EQ(ga2015_pp(1).footnotes.at(0).note,
            "See Official Records of the General Assembly, Seventieth Session, Supplement No. 53 "
            "(A/70/53), chap. II.");
  EXPECT_EQ(ga2015_pp(4).footnotes.at(0).note, "Resolution 70/1.");
  // A footnote cited again carries the same text.
  EXPECT_EQ(ga2015_op(3).points.at(1).footnotes.at(0).note, "Ibid., vol. 596, No. 8638.");
  EXPECT_EQ(ga2015_op(4).footnotes.at(0).note,
            "United Nations, Treaty Series, vol. 1577, No. 27531.");
  EXPECT_EQ(ga2015_op(5).footnotes.at(1).note, "Ibid., vol. 2241, No. 39574.");
  EXPECT_EQ(ga2015_op(6).footnotes.at(0).note, "A/70/259.");
  EXPECT_EQ(ga2015_op(6).footnotes.at(1).note, "See A/70/310.");
}

TEST(Ga2015, KeepsTheNumbersThatBelongToTheSentence) {
  EXPECT_TRUE(contains(ga2015_pp(1).text, "resolution 69/167 of 18 December 2014,"));
  EXPECT_TRUE(contains(ga2015_pp(4).text, "the 2030 Agenda for Sustainable Development,"));
  EXPECT_TRUE(contains(ga2015_pp(5).text, "on 3 and 4 October 2013,"));
  EXPECT_TRUE(contains(ga2015_pp(5).text, "from 14 to 16 October 2015,"));
  EXPECT_TRUE(contains(ga2015_pp(5).text, "paragraph 4 of resolution 64/166 of 18 December 2009,"));
  EXPECT_EQ(ga2015_op(2).text,
            "Expresses concern at the situation of migrants in transit, and notes that at least "
            "12 States have ratified ILO Convention No. 143 concerning Migrations in Abusive "
            "Conditions and the Promotion of Equality of Opportunity and Treatment of Migrant "
            "Workers;");
}

TEST(Ga2015, ReadsOpeningPhrasesAndTheirForce) {
  std::vector<std::string> preamble;
  for (const auto& p : ga2015().preamble) preamble.push_back(p.action);
  EXPECT_EQ(preamble,
            (std::vector<std::string>{"Recalling", "Reaffirming", "Recalling", "Welcoming",
                                      "Recalling", "Taking note", "Stressing", "Concerned"}));
  std::vector<std::string> operative;
  for (const auto& p : ga2015().operative) operative.push_back(p.action + "/" + p.force);
  EXPECT_EQ(operative,
            (std::vector<std::string>{"Calls upon/call", "Expresses concern/affirmation",
                                      "Reaffirms/affirmation", "Requests/call", "Urges/call",
                                      "Takes note/acknowledgement", "Decides/decision"}));
  EXPECT_EQ(ga2015_op(3).points.at(1).action, "Reaffirms emphatically");
  EXPECT_EQ(ga2015_op(3).points.at(1).force, "affirmation");
}

TEST(Ga2015, ExtractsCitedResolutionsInstrumentsAndDates) {
  EXPECT_EQ(resolution_ids(ga2015_pp(1)),
            (std::vector<std::string>{"General Assembly A/RES/69/167",
                                      "Human Rights Council A/HRC/RES/29/2"}));
  EXPECT_EQ(ga2015_pp(1).resolutions.at(1).symbol, "29/2");
  EXPECT_EQ(resolution_ids(ga2015_pp(5)),
            std::vector<std::string>{"General Assembly A/RES/64/166"});
  EXPECT_TRUE(ga2015_pp(6).resolutions.empty());  // OC-21/14 is an advisory opinion
  EXPECT_EQ(ga2015_pp(3).instruments,
            (std::vector<std::string>{"ICCPR", "ICESCR", "CRC", "VCCR", "ICRMW"}));
  EXPECT_EQ(ga2015_op(3).points.at(1).instruments, std::vector<std::string>{"VCCR"});
  EXPECT_EQ(ga2015_op(5).instruments, (std::vector<std::string>{"UNTOC", "SOM-Protocol"}));
  EXPECT_TRUE(ga2015_op(2).instruments.empty());  // ILO Convention No. 143 is not catalogued
  EXPECT_EQ(ga2015_pp(1).dates, (std::vector<std::string>{"2014-12-18", "2015-07-02"}));
  EXPECT_EQ(ga2015_pp(5).dates, (std::vector<std::string>{"2013-10-03", "2013-10-04", "2015-10-14",
                                                          "2015-10-16", "2009-12-18"}));
  EXPECT_EQ(ga2015_pp(6).dates, std::vector<std::string>{"2014-08-19"});
}

// --- A/HRC/RES/26/19: the Council's own document ----------------------------------------

const Resolution& hrc() { return parsed("A-HRC-RES-26-19.txt").resolution; }
const Paragraph& hrc_pp(int n) { return hrc().preamble.at(n - 1); }
const Paragraph& hrc_op(int n) { return hrc().operative.at(n - 1); }

TEST(HrcOwnDocument, ReadsTheBareSymbolTheWrappedTitleAndTheClosingLines) {
  const auto& r = hrc();
  EXPECT_EQ(r.id, "A/HRC/RES/26/19");
  EXPECT_EQ(r.symbol, "26/19");
  EXPECT_EQ(r.title,
            "Human rights of migrants: mandate of the Special Rapporteur on the human rights of "
            "migrants");
  EXPECT_EQ(r.organ, "Human Rights Council");
  EXPECT_EQ(r.meeting, "36th meeting");
  EXPECT_EQ(r.adopted, "2014-06-27");
  EXPECT_TRUE(parsed("A-HRC-RES-26-19.txt").warnings.empty())
      << parsed("A-HRC-RES-26-19.txt").warnings.front().message;
}

TEST(HrcOwnDocument, FindsEveryParagraphWhereverItsNumberStands) {
  const auto& r = hrc();
  ASSERT_EQ(r.preamble.size(), 5u);
  ASSERT_EQ(r.operative.size(), 11u);
  for (int i = 0; i < 11; ++i) EXPECT_EQ(r.operative[i].number, i + 1);
  EXPECT_EQ(point_counts(r), (std::vector<std::size_t>{0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0}));
  EXPECT_EQ(hrc_op(1).line, 45);
  EXPECT_EQ(hrc_op(2).line, 49);
  EXPECT_EQ(hrc_op(4).line, 71);
  EXPECT_EQ(hrc_op(6).line, 77);
  EXPECT_EQ(hrc_op(10).line, 96);
  EXPECT_EQ(hrc_op(10).id, "A/HRC/RES/26/19 op.10");
  EXPECT_EQ(hrc_op(3).points.at(7).letter, "h");
  EXPECT_EQ(hrc_op(3).points.at(7).line, 66);
}

TEST(HrcOwnDocument, KeepsTheItemsAPointIntroducesWithAColonInsideIt) {
  // `(i)` after `(h) … including on:` is the first item of (h), not point (i).
  EXPECT_EQ(hrc_op(3).points.at(7).text,
            "To report regularly to the Human Rights Council, in accordance with its annual "
            "programme of work, and to the General Assembly, including on: (i) The situation of "
            "migrant children, in particular unaccompanied children; (ii) The management of "
            "borders and its effect on the rights of migrants;");
  EXPECT_EQ(hrc_op(3).points.at(0).action, "");  // `To examine` is no phrase with a force
  EXPECT_EQ(hrc_op(3).points.at(0).force, "");
}

TEST(HrcOwnDocument, SetsAsideTheAsteriskNoteAndThePageFurniture) {
  EXPECT_TRUE(hrc_pp(3).text.ends_with("and members of their families,")) << hrc_pp(3).text;
  EXPECT_TRUE(hrc_pp(4).text.starts_with("Deeply concerned at the large")) << hrc_pp(4).text;
  EXPECT_EQ(hrc_pp(4).action, "Deeply concerned");
  EXPECT_EQ(hrc_op(7).text,
            "Requests the Special Rapporteur to submit a report on the implementation of the "
            "present resolution to the Council at its twenty-ninth session and to the General "
            "Assembly at its sixty-ninth session;");
  for (const auto& p : hrc().preamble) {
    EXPECT_FALSE(contains(p.text, "A/HRC/26/2")) << p.text;
    EXPECT_FALSE(contains(p.text, "GE.14")) << p.text;
  }
}

TEST(HrcOwnDocument, TellsFootnoteMarkersFromNumbersAfterAbbreviations) {
  EXPECT_EQ(marker_numbers(hrc_pp(1)), std::vector<int>{1});
  EXPECT_EQ(before_marker(hrc_pp(1), 0, 15), "1 October 2009,");
  EXPECT_EQ(hrc_pp(1).footnotes.at(0).note,
            "See Official Records of the General Assembly, Sixty-fourth Session, Supplement "
            "No. 53 (A/64/53), chap. III, sect. A.");
  // `No. 2` is the comment's number; footnote 2 stands at the end.
  EXPECT_TRUE(contains(hrc_pp(3).text, "general comment No. 2 (2013) of the Committee"));
  EXPECT_EQ(marker_numbers(hrc_pp(3)), std::vector<int>{2});
  EXPECT_EQ(before_marker(hrc_pp(3), 0, 9), "families,");
  EXPECT_EQ(hrc_pp(3).footnotes.at(0).note,
            "Official Records of the General Assembly, Sixty-eighth Session, Supplement No. 48 "
            "(A/68/48), annex IV.");
  EXPECT_EQ(marker_numbers(hrc_pp(5)), std::vector<int>{3});
  EXPECT_EQ(hrc_pp(5).footnotes.at(0).note, "A/HRC/23/46.");
  EXPECT_EQ(marker_numbers(hrc_op(5)), std::vector<int>{4});
  EXPECT_EQ(before_marker(hrc_op(5), 0, 18), "Consular Relations");
  EXPECT_TRUE(contains(hrc_op(5).text, "article 36 of the Vienna Convention"));
  EXPECT_EQ(hrc_op(5).instruments, std::vector<std::string>{"VCCR"});
}

TEST(HrcOwnDocument, NamesTheOrganOfEachCitedResolution) {
  // `Council resolution` in the Council's text is its own; `Assembly resolution` never is.
  EXPECT_EQ(
      resolution_ids(hrc_pp(1)),
      (std::vector<std::string>{"Human Rights Council A/HRC/RES/12/6",
                                "General Assembly A/RES/64/166", "General Assembly A/RES/68/179"}));
  EXPECT_EQ(hrc_pp(1).dates, (std::vector<std::string>{"2009-10-01", "2009-12-18", "2013-12-18"}));
  EXPECT_EQ(resolution_ids(hrc_op(8)),
            (std::vector<std::string>{"General Assembly A/RES/64/166",
                                      "Human Rights Council A/HRC/RES/12/6"}));
  EXPECT_TRUE(contains(hrc_op(8).text, "in particular paragraph 4 thereof"));
  EXPECT_EQ(hrc_pp(2).instruments,
            (std::vector<std::string>{"UDHR", "ICCPR", "ICESCR", "CRC", "ICRMW"}));
  EXPECT_TRUE(hrc_pp(2).footnotes.empty());
}

TEST(HrcOwnDocument, ReadsTheForceOfEachOperativeParagraph) {
  std::vector<std::string> forces;
  for (const auto& p : hrc().operative) forces.push_back(p.force);
  EXPECT_EQ(forces, (std::vector<std::string>{"call", "decision", "call", "encouragement", "call",
                                              "call", "call", "affirmation", "encouragement",
                                              "acknowledgement", "decision"}));
}

// --- A/RES/71/237: numbers in front everywhere --------------------------------------------

const Resolution& short_ga() { return parsed("A-RES-71-237.txt").resolution; }
const Paragraph& short_op(int n) { return short_ga().operative.at(n - 1); }

TEST(NumbersInFront, TakesTheDateFromTheHeaderWhenTheClosingLinesLackIt) {
  const auto& r = short_ga();
  EXPECT_EQ(r.id, "A/RES/71/237");
  EXPECT_EQ(r.title, "International migration and development");
  EXPECT_EQ(r.meeting, "75th plenary meeting");
  EXPECT_EQ(r.adopted, "2016-12-19");
  EXPECT_TRUE(parsed("A-RES-71-237.txt").warnings.empty())
      << parsed("A-RES-71-237.txt").warnings.front().message;
}

TEST(NumbersInFront, FindsParagraphsAndPoints) {
  const auto& r = short_ga();
  ASSERT_EQ(r.preamble.size(), 3u);
  ASSERT_EQ(r.operative.size(), 4u);
  EXPECT_EQ(point_counts(r), (std::vector<std::size_t>{0, 0, 2, 0}));
  std::vector<int> lines;
  for (const auto& p : r.operative) lines.push_back(p.line);
  EXPECT_EQ(lines, (std::vector<int>{12, 14, 18, 24}));
  EXPECT_EQ(short_op(3).points.at(1).line, 22);
}

TEST(NumbersInFront, ReadsALineOpeningWithACrossReferenceAsAContinuation) {
  // `(b) of resolution 69/229` continues `paragraph 10`; it is no point (b).
  EXPECT_EQ(short_op(3).points.at(0).text,
            "Invites Member States to provide the information requested in paragraph 10 (b) of "
            "resolution 69/229;");
  EXPECT_EQ(resolution_ids(short_op(3).points.at(0)),
            std::vector<std::string>{"General Assembly A/RES/69/229"});
  EXPECT_EQ(short_op(3).points.at(1).letter, "b");
}

TEST(NumbersInFront, CleansTextAndKeepsRealNumbers) {
  const auto& pre = short_ga().preamble;
  EXPECT_EQ(pre.at(1).text,
            "Reaffirming the 2030 Agenda for Sustainable Development, including target 10.7 of "
            "the Sustainable Development Goals,");
  EXPECT_EQ(marker_numbers(pre.at(1)), std::vector<int>{1});
  EXPECT_EQ(before_marker(pre.at(1), 0, 12), "Development,");
  EXPECT_EQ(pre.at(2).text,
            "Recognizing that at least 244 million people lived outside their country of birth "
            "in 2015,");
  EXPECT_EQ(marker_numbers(pre.at(2)), std::vector<int>{2});
  EXPECT_EQ(before_marker(pre.at(2), 0, 8), "in 2015,");
  EXPECT_EQ(short_op(2).text,
            "Decides to convene, in 2018, an intergovernmental conference on international "
            "migration with a view to adopting a global compact for safe, orderly and regular "
            "migration, and requests the President of the General Assembly to appoint two "
            "co-facilitators for that purpose;");
  EXPECT_EQ(marker_numbers(short_op(3).points.at(1)), std::vector<int>{1});  // cited again
  EXPECT_EQ(before_marker(short_op(3).points.at(1), 0, 12), "Development,");
  EXPECT_TRUE(pre.at(1).footnotes.at(0).note.empty());  // the text carries no footnote block
}

TEST(NumbersInFront, ExtractsActionsResolutionsAndDates) {
  EXPECT_EQ(short_op(4).action, "Also decides");
  EXPECT_EQ(short_op(4).force, "decision");
  EXPECT_EQ(short_op(4).text,
            "Also decides to include in the provisional agenda of its seventy-third session, "
            "under the item entitled “Globalization and interdependence”, the sub-item entitled "
            "“International migration and development”.");
  const auto& pp1 = short_ga().preamble.at(0);
  EXPECT_EQ(resolution_ids(pp1), (std::vector<std::string>{"General Assembly A/RES/71/1",
                                                           "General Assembly A/RES/69/229",
                                                           "General Assembly A/RES/70/1"}));
  EXPECT_EQ(pp1.dates, (std::vector<std::string>{"2016-09-19", "2014-12-19", "2015-09-25"}));
  EXPECT_EQ(short_op(1).dates, std::vector<std::string>{"2016-09-19"});
  EXPECT_EQ(short_op(1).force, "acknowledgement");
}

// --- A/HRC/RES/19/12: jumps the parser warns about ---------------------------------------

const ParsedResolution& jumps() { return parsed("A-HRC-RES-19-12.txt"); }

TEST(Jumps, ReadsTheCompilationLayoutUnderAHeader) {
  const auto& r = jumps().resolution;
  EXPECT_EQ(r.id, "A/HRC/RES/19/12");
  EXPECT_EQ(r.symbol, "19/12");
  EXPECT_EQ(r.title, "Protection of the human rights of migrants in irregular situations");
  EXPECT_EQ(r.organ, "Human Rights Council");
  EXPECT_EQ(r.meeting, "43rd meeting");
  EXPECT_EQ(r.adopted, "2012-03-22");
}

TEST(Jumps, KeepsTheNumbersAndLettersAsPrinted) {
  const auto& r = jumps().resolution;
  ASSERT_EQ(r.preamble.size(), 3u);
  std::vector<int> numbers;
  for (const auto& p : r.operative) numbers.push_back(p.number);
  EXPECT_EQ(numbers, (std::vector<int>{1, 2, 3, 5, 6}));
  ASSERT_EQ(r.operative.size(), 5u);
  std::vector<std::string> letters;
  for (const auto& point : r.operative.at(2).points) letters.push_back(point.letter);
  EXPECT_EQ(letters, (std::vector<std::string>{"a", "b", "d"}));
  EXPECT_EQ(r.operative.at(2).points.at(2).id, "A/HRC/RES/19/12 op.3(d)");
  EXPECT_EQ(r.operative.at(3).id, "A/HRC/RES/19/12 op.5");
}

TEST(Jumps, GivesParagraphsOfOneLineTheNumberPrintedAfterThem) {
  const auto& op = jumps().resolution.operative;
  EXPECT_EQ(op.at(1).text,
            "Urges States to ensure that the detention of migrants is a measure of last resort;");
  EXPECT_EQ(op.at(1).line, 15);
  // `Requests … in this regard:` / `3.` / `(a) …`
  EXPECT_EQ(op.at(2).text,
            "Requests States to adopt alternatives to detention, and in this regard:");
  EXPECT_EQ(op.at(2).line, 16);
  // `Decides to remain seized of the matter.` / `6.`, then the closing lines.
  EXPECT_EQ(op.at(4).text, "Decides to remain seized of the matter.");
  EXPECT_EQ(op.at(4).line, 23);
  EXPECT_EQ(op.at(4).force, "decision");
}

TEST(Jumps, WarnsAboutEachJumpWithItsLine) {
  std::vector<std::pair<int, std::string>> warnings;
  for (const auto& w : jumps().warnings) warnings.emplace_back(w.line, w.message);
  EXPECT_EQ(warnings, (std::vector<std::pair<int, std::string>>{
                          {20, "sub-paragraph (d) follows (b)"},
                          {21, "operative paragraph 5 follows paragraph 3"},
                          {9, "footnote 4 follows footnote 2; the markers between are missing"},
                          {34, "footnote 6 has no marker in the text"},
                      }));
}

TEST(Jumps, StillTakesTheFootnoteAfterTheGap) {
  const auto& pp3 = jumps().resolution.preamble.at(2);
  EXPECT_EQ(marker_numbers(pp3), (std::vector<int>{4, 5}));
  EXPECT_EQ(before_marker(pp3, 0, 10), "Punishment");
  EXPECT_EQ(before_marker(pp3, 1, 10), "the Child,");
  EXPECT_EQ(pp3.footnotes.at(0).note, "United Nations, Treaty Series, vol. 1465, No. 24841.");
  EXPECT_EQ(pp3.instruments, (std::vector<std::string>{"CAT", "CRC"}));
  EXPECT_EQ(jumps().resolution.preamble.at(0).footnotes.at(0).note,
            "See Official Records of the General Assembly, Sixty-sixth Session, Supplement No. 53 "
            "(A/66/53), chap. I.");
  EXPECT_EQ(resolution_ids(jumps().resolution.preamble.at(0)),
            (std::vector<std::string>{"Human Rights Council A/HRC/RES/12/6",
                                      "General Assembly A/RES/66/172"}));
}

// --- What is refused ---------------------------------------------------------------------

TEST(Refused, AResolutionWithoutOperativeParagraphsNamesItsLastLine) {
  auto result = parse_resolution(read_text("no-operative.txt"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidDocument);
  EXPECT_EQ(result.error().line, 7);  // `situation,`: the body ends there
  EXPECT_TRUE(contains(result.error().message, "no operative paragraph")) << result.error().message;
}

TEST(Refused, AResolutionWithoutATitleLineNamesTheFirstLine) {
  auto result = parse_resolution(read_text("no-title.txt"));
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidDocument);
  EXPECT_EQ(result.error().line, 1);
  EXPECT_TRUE(contains(result.error().message, "no title line")) << result.error().message;
}

TEST(Refused, ATitleWithoutTheOrganLineNamesTheLineAfterTheTitle) {
  auto result = parse_resolution(
      "Resolution adopted by the General Assembly\n66/172. Protection of migrants\n"
      "Recalling its resolutions,\n1. Calls upon States to act;\n");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidDocument);
  EXPECT_EQ(result.error().line, 3);
}

// --- Every file round-trips through JSON and the clean text -------------------------------

class RoundTrip : public testing::TestWithParam<std::string> {};

TEST_P(RoundTrip, JsonThenTextThenParseGivesTheSameStructure) {
  const auto& original = parsed(GetParam()).resolution;
  auto back = resolution_from_json(to_json(original));
  ASSERT_TRUE(back.ok()) << back.error().describe();
  auto again = parse_resolution(to_text(*back));
  ASSERT_TRUE(again.ok()) << again.error().describe();
  auto strip_lines = [](Resolution r) {
    for (auto& p : r.preamble) p.line = 0;
    for (auto& p : r.operative) {
      p.line = 0;
      for (auto& point : p.points) point.line = 0;
    }
    return to_json(r);
  };
  EXPECT_EQ(strip_lines(again->resolution), strip_lines(original));
}

INSTANTIATE_TEST_SUITE_P(Resolutions, RoundTrip,
                         testing::Values("A-RES-70-147.txt", "A-HRC-RES-26-19.txt",
                                         "A-RES-71-237.txt", "A-HRC-RES-19-12.txt"),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param.substr(0, info.param.size() - 4);
                           for (char& c : name) {
                             if (c == '-') c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace haven::law
