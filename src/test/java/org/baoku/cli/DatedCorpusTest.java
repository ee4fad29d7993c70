package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dated archive on disk, as a newsroom keeps one ({@code 晚报/2020-03-10/01.txt}), where the same
 * report recurs every day with another figure: a question naming a day gets that day's figure,
 * cited to that day; {@code --from/--to} keeps every hit in range; a day the archive lacks is
 * said to be lacking; {@code baoku day} lists an issue.
 */
class DatedCorpusTest {

  @TempDir static Path dir;
  private static Path corpus;
  private static Path index;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** New cases reported on 10 to 15 March; distinct, so a wrong day's figure shows. */
  private static final int[] NEW_CASES = {12, 7, 31, 4, 19, 26};

  private static LocalDate day(int i) {
    return LocalDate.of(2020, 3, 10 + i);
  }

  @BeforeAll
  static void writeArchive() throws IOException {
    corpus = dir.resolve("corpus");
    index = dir.resolve("index");
    for (int i = 0; i < NEW_CASES.length; i++) {
      Path issue = corpus.resolve("晚报").resolve(day(i).toString());
      Files.createDirectories(issue);
      int m = day(i).getMonthValue();
      int d = day(i).getDayOfMonth();
      Files.writeString(issue.resolve("01.txt"), String.join("\n",
          "本市新增确诊病例" + NEW_CASES[i] + "例",
          "本报讯（记者 林晓）",
          "记者从市卫生健康委获悉，" + m + "月" + (d - 1) + "日0时至24时，本市新增确诊病例" + NEW_CASES[i]
              + "例，均为境外输入病例；治愈出院" + (i + 2) + "例。",
          "目前，本市在院治疗的病例病情平稳，相关部门将继续做好入境人员的闭环管理工作。",
          "",
          "区总工会为一线防疫人员送去慰问品",
          "本报讯（通讯员 王平）",
          "日前，区总工会走访慰问了坚守在社区防疫一线的" + (20 + i) + "名工作人员，送去口罩、消毒液和食品等慰问物资。",
          "工会负责人表示，将持续关心关爱一线人员的身心健康。",
          ""));
      Files.writeString(issue.resolve("02.txt"), String.join("\n",
          "公园" + d + "日起恢复开放",
          "本报讯（记者 赵敏）",
          "本市" + (i + 3) + "家公园自" + d + "日起陆续恢复开放，游客需提前在网上预约，入园时配合测温和扫码登记。",
          "公园管理部门提醒，园内请保持一米以上的间距，不扎堆、不聚集。",
          ""));
    }
  }

  private static CliRun run(String... args) {
    String[] all = new String[args.length + 4];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--corpus";
    all[args.length + 1] = corpus.toString();
    all[args.length + 2] = "--index";
    all[args.length + 3] = index.toString();
    return CliRun.of(all);
  }

  @Test
  void aQuestionNamingADayGetsThatDaysFigureCitedToThatDay() throws IOException {
    for (int i : new int[] {0, 2, 5}) {
      String question = "3月" + day(i).getDayOfMonth() + "日的晚报说本市新增确诊病例多少例？";
      CliRun r = run("ask", question, "--json");
      assertEquals(0, r.exit(), r.err());
      JsonNode answer = JSON.readTree(r.out());
      assertTrue(answer.get("answer").asText().contains(NEW_CASES[i] + "例"), question + " → " + r.out());
      assertTrue(answer.get("citations").size() > 0, r.out());
      for (JsonNode c : answer.get("citations")) {
        assertEquals(day(i).toString(), c.get("date").asText(), r.out());
        assertEquals("晚报", c.get("paper").asText());
        assertTrue(c.get("cite").asText().endsWith("晚报, " + day(i) + "(" + c.get("page_no").asInt() + ")."),
            c.get("cite").asText());
      }
    }
  }

  @Test
  void fromAndToKeepEveryHitInRange() throws IOException {
    CliRun r = run("search", "新增确诊病例 公园 慰问", "-k", "20", "--json", "--from", "2020-03-12", "--to", "2020-03-13");
    assertEquals(0, r.exit(), r.err());
    JsonNode hits = JSON.readTree(r.out()).get("hits");
    assertTrue(hits.size() >= 3, r.out());
    for (JsonNode h : hits) {
      String date = h.get("date").asText();
      assertTrue(date.equals("2020-03-12") || date.equals("2020-03-13"), date);
    }
  }

  @Test
  void aDayTheArchiveLacksIsNamedWithTheDaysItHolds() throws IOException {
    CliRun r = run("ask", "2020年4月2日本市新增确诊病例多少例？", "--json");
    assertEquals(0, r.exit(), r.err());
    String message = JSON.readTree(r.out()).get("message").asText();
    assertTrue(message.contains("2020-03-10") && message.contains("2020-03-15"), message);
    CliRun day = run("day", "2020-04-02");
    assertEquals(1, day.exit());
    assertTrue(day.err().contains("2020-03-10") && day.err().contains("2020-03-15"), day.err());
  }

  @Test
  void dayListsAnIssuePageByPage() throws IOException {
    CliRun r = run("day", "2020-03-12", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode pages = JSON.readTree(r.out()).get("pages");
    assertEquals(2, pages.size(), r.out());
    assertEquals(1, pages.get(0).get("page_no").asInt());
    assertEquals("本市新增确诊病例31例", pages.get(0).get("articles").get(0).get("headline").asText());
    assertEquals(2, pages.get(0).get("articles").size());
    assertEquals(2, pages.get(1).get("page_no").asInt());
  }

  @Test
  void aQuotationIsTracedToItsFirstAppearanceWithLaterRunsAsReprints() throws IOException {
    CliRun r = run("quote", "区总工会走访慰问了坚守在社区防疫一线的20名工作人员", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode matches = JSON.readTree(r.out()).get("matches");
    assertTrue(matches.size() >= 2, r.out());
    assertEquals(day(0).toString(), matches.get(0).get("date").asText());
    assertTrue(matches.get(0).get("exact").asBoolean());
    assertEquals("区总工会走访慰问了坚守在社区防疫一线的20名工作人员", matches.get(0).get("text").asText());
    for (int i = 1; i < matches.size(); i++) {
      assertTrue(matches.get(i).get("date").asText().compareTo(matches.get(i - 1).get("date").asText()) >= 0, r.out());
      assertEquals("reprint", matches.get(i).get("appearance").asText().toLowerCase(java.util.Locale.ROOT), r.out());
      assertTrue(!matches.get(i).get("exact").asBoolean());
    }
  }

  @Test
  void aBadDateOrRangeIsOneLineAndExitTwo() {
    for (String[] args : new String[][] {
        {"search", "病例", "--from", "2020-3-1"}, {"ask", "病例", "--to", "昨天"},
        {"search", "病例", "--from", "2020-03-15", "--to", "2020-03-10"}, {"day", "2020-02-30"}}) {
      CliRun r = run(args);
      assertEquals(2, r.exit(), String.join(" ", args) + ": " + r.err());
      assertEquals("", r.out());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(r.err().startsWith("错误 / error: "), r.err());
    }
  }

  @Test
  void aCommandThatUpdatesTheIndexOnItsWayNamesWhatItCouldNotRead(@TempDir Path own) throws IOException {
    Path c = own.resolve("corpus");
    Files.createDirectories(c.resolve("晚报/2020-03-10"));
    Files.copy(corpus.resolve("晚报/2020-03-10/01.txt"), c.resolve("晚报/2020-03-10/01.txt"));
    Files.writeString(c.resolve("records.jsonl"), "{\"text\": \"只有一半\"\n");
    CliRun r = CliRun.of("search", "新增确诊病例", "-k", "1", "--corpus", c.toString(), "--index",
        own.resolve("index").toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().lines().anyMatch(l -> l.startsWith("问题 / problem: records.jsonl:1: ")), r.err());
    assertTrue(r.out().contains("新增确诊病例"), r.out());
  }
}
