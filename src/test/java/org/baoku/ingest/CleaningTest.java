package org.baoku.ingest;

import static org.baoku.ingest.BundledCorpus.P000;
import static org.baoku.ingest.BundledCorpus.P001;
import static org.baoku.ingest.BundledCorpus.P002;
import static org.baoku.ingest.BundledCorpus.P004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Golden tests for cleaning, on the real pages. */
class CleaningTest {

  private static String pageText(String id) {
    StringBuilder sb = new StringBuilder();
    for (Article a : BundledCorpus.page(id)) {
      sb.append(String.join("\n", a.titles())).append('\n').append(a.byline()).append('\n')
          .append(a.body()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void linesWrappedAtColumnWidthAreJoinedIntoOneParagraph() {
    Article shunyi = BundledCorpus.headed(P000, "顺义各级工会纷纷行动 筑牢防疫“坚强堡垒”");
    assertEquals("近日，顺义区总工会4名工会干部下沉一线，参与天竺镇重点区域疫情防控工作。记者从顺义区总工会获悉，"
        + "目前，全区各级工会干部和广大职工纷纷响应，尽锐出战，不分昼夜全力以赴支援前线，为疫情防控筑牢"
        + "“铜墙铁壁”。", shunyi.paragraphs().get(0));
  }

  @Test
  void blankLinesInsideASentenceAreJoined() {
    assertTrue(pageText(P000).contains("分别参与封控督查、封控闭环管理和下沉支援街道，全力以赴助力疫情防控一线工作；"));
    assertTrue(pageText(P001).contains("先后到4个社区(村)协助开展大规模核酸检测服务保障"));
    assertTrue(pageText(P001).contains("据门头沟区总工会相关负责人介绍,区总工会代表区委区政府"));
    assertTrue(pageText(P002).contains("一对一帮扶13户困难医护人员，帮助解决家庭后顾之忧。"));
  }

  @Test
  void paragraphBreaksAfterASentenceStay() {
    Article school = BundledCorpus.headed(P000, "市总工会职工大学“云授课”为新就业形态劳动者送“精神食粮”");
    assertTrue(school.paragraphs().contains("据了解，此次讲座是职工大学作为首都工匠学院首次以云授课的方式面向快递小哥群体送“精神食粮”，宣讲党的二十大精神。"));
    assertTrue(school.paragraphs().stream().anyMatch(p -> p.startsWith("在当前复杂严峻的疫情防控形势下，")));
  }

  /** In running text; subheads kept in a body set phrases apart as display lines do. */
  @Test
  void extractionSpacesAroundChineseAreGone() {
    String text = pageText(P000);
    assertTrue(text.contains("近日，顺义区总工会"));
    assertTrue(text.contains("严格按照“两米线”原则"));
    assertFalse(text.contains("， "));
    for (Article a : BundledCorpus.REPORT.articles()) {
      if (a.kind() == ArticleKind.BANNER) {
        continue;
      }
      for (String p : a.paragraphs().stream().filter(Chars::endsSentence).toList()) {
        for (int i = p.indexOf(' '); i >= 0; i = p.indexOf(' ', i + 1)) {
          boolean latinNear = isAsciiLetterOrDigit(p.charAt(i - 1)) || isAsciiLetterOrDigit(p.charAt(i + 1));
          assertTrue(latinNear, "stray space in " + a.page() + "#" + a.ordinal() + ": " + p);
        }
      }
    }
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return c < 0x80 && Character.isLetterOrDigit(c) || c == '\'';
  }

  @Test
  void spacesBetweenLatinWordsStay() {
    Article ad = BundledCorpus.of(P001, ArticleKind.AD).get(0);
    assertTrue(ad.paragraphs().contains("YANJING BEER"));
    assertTrue(ad.paragraphs().contains("Official Partner of the China's Lunar Exploration Program"));
    assertTrue(pageText(P001).contains("政治任务 and “我为职工办实事”"));
  }

  @Test
  void markdownIsRemovedAndItsHeadingsBecomeHeadlines() {
    String text = pageText(P002);
    assertFalse(text.contains("#"));
    assertFalse(text.contains("**"));
    Article first = BundledCorpus.page(P002).get(0);
    assertEquals("本市各区街乡工会全力投入社区一线防控", first.headline());
    assertEquals("本报讯（记者 白莹）", first.byline());
    assertTrue(first.body().startsWith("当前，北京市总工会认真落实"));
  }

  @Test
  void doubledDisplayGlyphsAreUndoneButReduplicatedWordsStay() {
    String text = pageText(P000);
    assertFalse(text.contains("众众志志"));
    assertTrue(text.contains("众志成城 同心战疫"));
    assertTrue(text.contains("培养千千万万北京工匠人才"));
    assertTrue(text.contains("纷纷响应"));
    assertTrue(pageText(P001).contains("“人人重视安全、人人参与安全、人人监督安全”"));
  }

  @Test
  void halfWidthPunctuationIsKept() {
    assertTrue(pageText(P001).contains("当前,朝阳区疫情防控正处于关键时期,朝阳区总工会"));
  }

  @Test
  void bylinesAreTidiedNotRewritten() {
    assertEquals("本报讯（记者 王路曼）", BundledCorpus.page(P000).get(0).byline());
    assertEquals("□本报记者 孙艳", BundledCorpus.page(P004).get(0).byline());
  }

  /**
   * No word lost: every Chinese character of the raw page is in the cleaned page, except the
   * second glyph of each doubled display pair; and each paragraph is a contiguous stretch of the
   * raw page once whitespace, markup and the photo captions lifted out of it are removed.
   */
  @ParameterizedTest
  @ValueSource(strings = {
    BundledCorpus.P000, BundledCorpus.P001, BundledCorpus.P002, BundledCorpus.P003, BundledCorpus.P004
  })
  void noChineseCharacterIsLostAndParagraphsKeepTheirOrder(String id) {
    String raw = BundledCorpus.raw(id);
    Map<Integer, Integer> expected = hanCounts(raw);
    Matcher doubled = Pattern.compile("(?:(\\p{IsHan})\\1){3,}").matcher(raw);
    while (doubled.find()) {
      String run = doubled.group();
      for (int i = 0; i < run.length(); i += 2) {
        expected.merge((int) run.charAt(i), -1, Integer::sum);
      }
    }
    expected.values().removeIf(v -> v == 0);
    assertEquals(expected, hanCounts(pageText(id)));

    String flat = flat(raw.replace("**", "").replace("#", ""));
    String withoutCaptions = flat;
    for (Article a : BundledCorpus.of(id, ArticleKind.CAPTION)) {
      for (String caption : a.paragraphs()) {
        assertTrue(flat.contains(flat(caption)), "caption not contiguous in " + id + ": " + caption);
        withoutCaptions = withoutCaptions.replaceFirst(Pattern.quote(flat(caption)), "");
      }
    }
    for (Article a : BundledCorpus.page(id)) {
      if (a.kind() == ArticleKind.CAPTION || a.kind() == ArticleKind.BANNER) {
        continue;
      }
      for (String p : a.paragraphs()) {
        assertTrue(withoutCaptions.contains(flat(p)), "paragraph not contiguous in " + id + ": " + p);
      }
    }
  }

  /** Text without whitespace: what cleaning may not change. */
  private static String flat(String s) {
    return s.replaceAll("[\\s\u3000]+", "");
  }

  private static Map<Integer, Integer> hanCounts(String s) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (int c : han(s)) {
      counts.merge(c, 1, Integer::sum);
    }
    return counts;
  }

  private static List<Integer> han(String s) {
    List<Integer> out = new ArrayList<>();
    s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
        .forEach(out::add);
    return out;
  }
}
