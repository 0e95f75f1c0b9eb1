// The built-in catalogue: ids resolve to their words, unknown ids are errors, and every
// citation the event vocabulary makes resolves.
#include "haven/law/catalogue.h"

#include <gtest/gtest.h>

#include "haven/domain/citations.h"
#include "haven/domain/vocabulary.h"
#include "haven/law/coverage.h"

namespace haven::law {
namespace {

const Catalogue& catalogue() { return Catalogue::builtin(); }

TEST(Catalogue, HoldsResolution66172ParsedAtBuildTime) {
  const auto* r = catalogue().resolution("A/RES/66/172");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->preamble.size(), 27u);
  EXPECT_EQ(r->operative.size(), 11u);
  EXPECT_EQ(r->adopted, "2011-12-19");
}

TEST(Catalogue, ResolvesParagraphsAndSubParagraphsToTheirText) {
  auto g = catalogue().find("A/RES/66/172 op.4(g)");
  ASSERT_TRUE(g.ok()) << g.error().describe();
  EXPECT_EQ(g->kind, "sub-paragraph");
  EXPECT_EQ(g->instrument_title, "Protection of migrants");
  EXPECT_TRUE(g->text.starts_with("Reaffirms emphatically the duty of States parties"));
  EXPECT_NE(g->text.find("without delay of his or her rights under the Convention;"),
            std::string::npos);

  auto pp3 = catalogue().find("A/RES/66/172 pp.3");
  ASSERT_TRUE(pp3.ok());
  EXPECT_EQ(pp3->kind, "preambular");
  EXPECT_TRUE(pp3->text.starts_with("Reaffirming also that everyone has the right"));

  auto op4 = catalogue().find("A/RES/66/172 op.4");
  ASSERT_TRUE(op4.ok());
  EXPECT_NE(op4->text.find("\n(g) Reaffirms emphatically"), std::string::npos);
  EXPECT_NE(op4->text.find("\n(j) Recalls"), std::string::npos);

  auto whole = catalogue().find("A/RES/66/172");
  ASSERT_TRUE(whole.ok());
  EXPECT_EQ(whole->kind, "resolution");
  EXPECT_TRUE(whole->text.starts_with("66/172. Protection of migrants\nThe General Assembly,"));
}

TEST(Catalogue, ForgivesSpacingAndCaseInIds) {
  auto g = catalogue().find("  a/res/66/172 OP. 4 (G) ");
  ASSERT_TRUE(g.ok()) << g.error().describe();
  EXPECT_EQ(g->id, "A/RES/66/172 op.4(g)");
  EXPECT_EQ(canonical_citation("VCCR Art. 36 (1)(b)"), "VCCR art.36(1)(b)");
}

TEST(Catalogue, ResolvesTreatyArticlesToTheirSummary) {
  auto article = catalogue().find("VCCR art.36(1)(b)");
  ASSERT_TRUE(article.ok());
  EXPECT_EQ(article->kind, "article");
  EXPECT_EQ(article->instrument, "VCCR");
  EXPECT_TRUE(article->text.empty());
  EXPECT_NE(article->summary.find("without delay"), std::string::npos);
  auto treaty = catalogue().find("CRC");
  ASSERT_TRUE(treaty.ok());
  EXPECT_EQ(treaty->instrument_title, "Convention on the Rights of the Child");
}

TEST(Catalogue, UnknownIdsAreErrorsNeverEmptyText) {
  for (const char* id : {"A/RES/66/172 op.12", "A/RES/66/172 op.4(k)", "A/RES/66/172 pp.28",
                         "A/RES/65/212", "VCCR art.99", "", "op.4(g)", "A/RES/66/172 zz"}) {
    auto found = catalogue().find(id);
    ASSERT_FALSE(found.ok()) << id;
    EXPECT_EQ(found.error().code, ErrorCode::kNotFound);
    EXPECT_NE(found.error().message.find(id), std::string::npos) << found.error().message;
  }
}

TEST(Catalogue, ListsResolutionsThenTreaties) {
  auto entries = catalogue().instruments();
  ASSERT_FALSE(entries.empty());
  EXPECT_EQ(entries.front().id, "A/RES/66/172");
  EXPECT_EQ(entries.front().kind, "resolution");
  // 27 preambular + 11 operative + 32 sub-paragraphs.
  EXPECT_EQ(entries.front().provisions, 70);
  for (const auto& e : entries) {
    EXPECT_FALSE(e.title.empty()) << e.id;
    EXPECT_EQ(e.adopted.size(), 10u) << e.id;
  }
}

TEST(Catalogue, EveryCitationOfTheVocabularyResolves) {
  for (const auto& citation : domain::event_citations()) {
    auto found = catalogue().find(citation.provision);
    EXPECT_TRUE(found.ok()) << citation.event_type << " cites " << citation.provision;
    EXPECT_NE(domain::find_event_type(citation.event_type), nullptr) << citation.event_type;
  }
}

TEST(Coverage, HasARowPerOperativeProvisionAndSaysWhatServesIt) {
  const auto* r = catalogue().resolution("A/RES/66/172");
  ASSERT_NE(r, nullptr);
  std::vector<Implementation> implementations = {
      {"A/RES/66/172 op.4(g)", "event", "consular.rights_informed"},
      {"A/RES/66/172 op.4(g)", "rule", "consular-rights-24h"},
      {"A/RES/66/172 op.7", "event", "referral.made"}};
  auto rows = coverage(*r, implementations);
  ASSERT_EQ(rows.size(), 43u);  // 11 paragraphs and 32 sub-paragraphs
  EXPECT_EQ(rows[0].id, "A/RES/66/172 op.1");
  EXPECT_TRUE(rows[0].served_by.empty());
  EXPECT_FALSE(rows[0].served_through_points);
  const auto g = std::find_if(rows.begin(), rows.end(),
                              [](const CoverageRow& row) { return row.id.ends_with("op.4(g)"); });
  ASSERT_NE(g, rows.end());
  ASSERT_EQ(g->served_by.size(), 2u);
  EXPECT_EQ(g->served_by[1].name, "consular-rights-24h");
  const auto op4 = std::find_if(rows.begin(), rows.end(),
                                [](const CoverageRow& row) { return row.id.ends_with("op.4"); });
  EXPECT_TRUE(op4->served_by.empty());
  EXPECT_TRUE(op4->served_through_points);
}

}  // namespace
}  // namespace haven::law
