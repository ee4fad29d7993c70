package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.answer.Answer;
import org.baoku.answer.Citation;
import org.baoku.answer.Composer;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.retrieve.Hit;
import org.baoku.retrieve.RealArchive;
import org.baoku.retrieve.Retrieval;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The conversation handler over the real bundled corpus, as the console and the bot use it. */
class ConversationsTest {

  private static Conversations chat;

  @BeforeAll
  static void wire() {
    chat = Conversations.builder()
        .archive(RealArchive.get())
        .composer(new ExtractiveComposer(RealArchive.get()))
        .build();
  }

  /** What the console does with a typed line: parse it once, hand the command on. */
  private static Reply say(String conversationId, String typed) {
    return chat.handle(conversationId, Command.parse(typed));
  }

  @Test
  void answerCitesPassagesThatHoldItsQuotes() {
    Reply r = say("t1", "北辰集团工会组建的义务理发小分队为多少家单位的职工理发？");
    assertEquals(Reply.Kind.ANSWER, r.kind());
    assertTrue(r.answer().grounded(), r.answer().text());
    assertFalse(r.citations().isEmpty());
    for (Citation c : r.citations()) {
      assertTrue(c.passage().text().contains(c.quote()));
      assertTrue(r.answer().text().contains("[" + c.n() + "]"), "marker [" + c.n() + "] missing");
    }
    Matcher m = Pattern.compile("\\[(\\d+)]").matcher(r.answer().text());
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      assertTrue(n >= 1 && n <= r.citations().size(), "marker [" + n + "] points nowhere");
    }
    assertTrue(r.citations().stream().anyMatch(c -> c.passage().headline().equals("北辰集团义务理发小分队上门送服务")),
        r.citations().toString());
    assertEquals(r.citations().size(), r.actions().size(), "a /source action per citation");
  }

  @Test
  void aSumOfThreeNamedPartsAddsThePartToldInASentenceOfFewSharedWords() {
    // 12人组成的疫情防控志愿应急服务队 shares few words with the other two parts' sentences
    Reply r = say("s1", "门头沟区总工会的志愿应急服务队、机关抽调的下沉干部、基层下沉的工会专职社工，这三支队伍加起来有多少人？");
    assertTrue(r.answer().text().startsWith("合计106人"), r.answer().text());
  }

  @Test
  void anEnglishWhyOfAPersonSpelledInPinyinIsAnsweredByTheSentenceAfterTheOneNamingThem() {
    // 李童最早请缨奔赴一线 names him; 在得知隔离区床位紧缺后，果断把自己的行军床带到一线 says why
    Reply r = say("e2", "Why did Li Tong of the Chaoyang union take his own camp bed to the front line?");
    assertTrue(r.answer().text().contains("床位紧缺"), r.answer().text());
  }

  @Test
  void anEnglishQuestionFindsThePersonItSpellsInPinyinAndThePlaceTheyWereSent() {
    Reply r = say("e1", "Where was Shi Jian, vice chairman of the Daxing district trade union, sent to coordinate the epidemic work?");
    assertTrue(r.answer().grounded(), r.answer().text());
    assertTrue(r.answer().text().contains("兴安健康公寓"), r.answer().text());
  }

  /**
   * What the composer is handed for a follow-up that leans on the answer before: the passages of
   * the articles that answer cited come first, ahead of better matches for its few words
   * elsewhere; a question of its own is handed what the archive found, in its order.
   */
  @Test
  void aFollowUpIsHandedThePreviousAnswersArticlesFirst() {
    List<Retrieval> handed = new ArrayList<>();
    ExtractiveComposer extractive = new ExtractiveComposer(RealArchive.get());
    Composer recording = new Composer() {
      @Override
      public Answer compose(String question, List<Hit> hits) {
        return extractive.compose(question, hits);
      }

      @Override
      public Answer compose(String question, Retrieval retrieval) {
        handed.add(retrieval);
        return extractive.compose(question, retrieval);
      }
    };
    Conversations talk = Conversations.builder().archive(RealArchive.get()).composer(recording).build();
    Reply first = talk.handle("f1", Command.parse("大兴区总工会副主席施剑下沉到了哪个集中隔离点？"));
    Set<String> cited = new HashSet<>();
    first.citations().forEach(c -> cited.add(c.passage().articleKey()));
    assertFalse(cited.isEmpty(), first.answer().text());

    talk.handle("f1", Command.parse("他在那里担任什么职务？"));
    List<Hit> hits = handed.get(1).hits();
    List<Hit> plain = RealArchive.get().search(handed.get(1).query(), Conversations.FOLLOW_UP_POOL).hits();
    long inCited = Math.min(Conversations.FAVOURED,
        plain.stream().filter(h -> cited.contains(h.passage().articleKey())).count());
    assertTrue(inCited > 0, "the cited articles are among what the archive found");
    assertFalse(plain.subList(0, (int) inCited).stream().allMatch(h -> cited.contains(h.passage().articleKey())),
        "searched as any question, another article's passage comes before one of the cited");
    for (int i = 0; i < inCited; i++) {
      assertTrue(cited.contains(hits.get(i).passage().articleKey()), "rank " + (i + 1) + ": " + hits.get(i));
      assertEquals(i + 1, hits.get(i).rank());
    }
    assertEquals(Conversations.HITS, hits.size());

    talk.handle("f1", Command.parse("朝阳区总工会派了几名干部？"));
    List<Hit> own = handed.get(2).hits();
    List<Hit> found = RealArchive.get().search(handed.get(2).query(), Conversations.HITS).hits();
    assertEquals(found.stream().map(h -> h.passage().id()).toList(), own.stream().map(h -> h.passage().id()).toList());
  }

  @Test
  void aFollowUpWithNothingNamedStaysWithTheReportThePreviousAnswerCited() {
    // the issue's hand-tried pair: a question that names no one, then a count that names nothing
    Reply first = say("t9", "献血的活动是哪天举行的？");
    assertTrue(first.answer().text().contains("3月4日"), first.answer().text());
    Reply r = say("t9", "有多少人参加？");
    assertTrue(r.answer().text().contains("100多名"), r.answer().text());
    assertTrue(r.citations().stream().allMatch(c -> c.passage().headline().equals("北京电控百余职工抗疫期间爱心献血")),
        r.citations().toString());
  }

  @Test
  void followUpStaysOnTheArticleOfThePreviousQuestion() {
    say("t2", "北辰集团工会组建了什么服务队伍？");
    Reply r = say("t2", "他们一共为多少名职工理发？");
    assertEquals("北辰集团义务理发小分队上门送服务", r.answer().hits().get(0).passage().headline());
  }

  @Test
  void conversationsDoNotShareMemory() {
    say("t3a", "北辰集团工会组建了什么服务队伍？");
    assertEquals(Reply.Kind.MESSAGE, say("t3b", "/source 1").kind());
  }

  @Test
  void sourceShowsTheCitedPassageWithItsQuoteMarked() {
    Reply answer = say("t4", "建工集团今年在项目工地开展了多少场应急救护培训？");
    Citation first = answer.citations().get(0);
    Reply source = say("t4", "/source 1");
    assertEquals(Reply.Kind.SOURCE, source.kind());
    assertEquals(java.util.List.of(first), source.citations());
    assertEquals(Reply.Kind.MESSAGE, say("t4", "/source 99").kind());
    assertEquals(Reply.Kind.MESSAGE, say("t4", "/source abc").kind());
  }

  @Test
  void quoteFindsTheArticleOfAnExactPhraseAndOfAVariantButNotOfUnrelatedWords() {
    Reply exact = say("t5", "/quote “快乐耕种，劳动光荣”");
    assertEquals(Reply.Kind.QUOTE, exact.kind());
    assertEquals("北京城建十六公司项目部职工体验农耕快乐", exact.quotes().get(0).headline());
    assertTrue(exact.quotes().get(0).exact());
    assertEquals(Messages.quoteFound("快乐耕种，劳动光荣", exact.quotes().size()), exact.title());
    assertEquals("快乐耕种，劳动光荣", exact.quotation(), "the quote marks are not part of it");

    Reply variant = say("t5", "/quote 快樂耕種勞動光明");
    assertEquals("北京城建十六公司项目部职工体验农耕快乐", variant.quotes().get(0).headline());
    assertTrue(variant.quotes().get(0).text().contains("劳动光荣"), variant.quotes().get(0).text());

    Reply none = say("t5", "/quote 今年春运期间铁路客流再创新高");
    assertEquals(Messages.QUOTE_NONE, none.title());
    assertTrue(none.quotes().isEmpty());
  }

  @Test
  void resetForgetsTheConversation() {
    say("t6", "北辰集团工会组建了什么服务队伍？");
    assertEquals(Reply.Kind.MESSAGE, say("t6", "/reset").kind());
    assertEquals(Reply.Kind.MESSAGE, say("t6", "/source 1").kind());
  }

  @Test
  void searchListsArticlesOncePerArticle() {
    Reply r = say("t7", "/search 献血");
    assertEquals(Reply.Kind.SEARCH, r.kind());
    assertEquals("北京电控百余职工抗疫期间爱心献血", r.hits().get(0).passage().headline());
    assertEquals(Messages.SEARCH_FOUND, r.title());
    assertTrue(r.hits().size() <= Conversations.LISTED);
    assertEquals(r.hits().size(), r.hits().stream().map(h -> h.passage().page() + "#" + h.passage().article())
        .distinct().count());
  }

  @Test
  void anUndatedArchiveSaysItsPagesCarryNoDates() {
    for (String typed : java.util.List.of("/day 2020-03-05", "/read 2020-03-05 1", "/day 2020-03-05 北京日报")) {
      Reply r = say("t10", typed);
      assertEquals(Reply.Kind.MESSAGE, r.kind());
      assertTrue(r.text().contains("这个档案的版面都没有日期"), r.text());
    }
  }

  @Test
  void undatedSourcesAreNamedByTheirPageAsBefore() {
    Reply search = say("t11", "/search 献血");
    org.baoku.ingest.Passage top = search.hits().get(0).passage();
    String console = org.baoku.cli.PlainText.render(search);
    assertTrue(console.contains("\n1. " + top.headline() + " — " + top.page()
        + (top.byline().isEmpty() ? "" : " — " + top.byline()) + "\n"), console);
    say("t11", "北辰集团工会组建的义务理发小分队为多少家单位的职工理发？");
    Reply source = say("t11", "/source 1");
    String shown = org.baoku.cli.PlainText.render(source);
    org.baoku.ingest.Passage cited = source.citations().get(0).passage();
    assertTrue(shown.contains("\n版面 page: " + cited.page() + " · 第" + cited.article() + "篇"), shown);
    assertTrue(!shown.contains("引用格式") && !shown.contains("《"), shown);
  }

  @Test
  void askCommandInAGroupAddressedToTheBot() {
    Reply r = say("t8", "/ask@baoku_bot 北京电控系统的职工在哪里献血？");
    assertEquals(Reply.Kind.ANSWER, r.kind());
    assertEquals(Reply.Kind.MESSAGE, say("t8", "/ask").kind());
  }

  @Test
  void hostileTextIsCleanedNotThrown() {
    assertEquals(Reply.Kind.MESSAGE, say("t9", "").kind());
    assertEquals(Reply.Kind.MESSAGE, say("t9", "\u0000\u0007\u200b  ").kind());
    assertEquals(Reply.Kind.MESSAGE, say(null, null).kind());
    assertNotNull(say("t9", "献血".repeat(5_000)).answer());
    assertNotNull(say("t9", "AND OR ( ) * ? ~ \" : \\ / 🧧🧧").answer());
    assertEquals(Reply.Kind.MESSAGE, say("t9", "/不存在").kind());
  }

  /** An English gloss after the Chinese it translates is no word of the question (it was refused). */
  @Test
  void anEnglishGlossInBracketsReadsAsTheChineseBeforeIt() {
    Reply r = say("gloss", "电控系统职工献血的采血点（blood collection point）设在哪家公司？");
    assertTrue(r.answer().grounded(), r.answer().text());
    assertTrue(r.answer().text().contains("飞宇公司"), r.answer().text());
  }
}
