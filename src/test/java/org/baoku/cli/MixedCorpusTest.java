package org.baoku.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.baoku.ingest.TestPdfs;
import org.baoku.ingest.TestPdfs.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One corpus mixing every layout users bring (a dated tree, pages.tsv, JSONL records, PDF pages),
 * read by the real commands: every article knows its paper, date and page number, and each bad
 * input is one line while the rest is indexed.
 */
class MixedCorpusTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String TEXT_PAGE = "区工会开展应急救护培训\n\n本报讯（记者 张三）3月14日上午，区总工会在建筑工地"
      + "举办应急救护培训，一百二十名一线职工参加。培训老师现场演示了心肺复苏的方法。\n\n"
      + "职工书屋上新书\n\n本报讯（记者 李四）近日，街道职工书屋新到图书八百余册，涵盖党史、法律和科普等类别。";

  private static final List<String> LEFT = List.of(
      "3月15日，市总工会为一线环卫职工送去防寒手套和保温水杯共计两千余件。",
      "市总工会有关负责人表示，将持续关注户外劳动者的冷暖，把服务送到身边。");

  private static final List<String> RIGHT = List.of(
      "本市第五届职工技能大赛日前闭幕，共有来自各行业的三百余名选手参加决赛。",
      "大赛设电工、焊工、数控车工等十二个项目，获奖选手将按规定晋升职业技能等级。");

  @TempDir Path dir;

  private void write(String path, String text) throws IOException {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private void pdf(String path, List<List<Run>> pages) throws IOException {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    TestPdfs.write(f, pages);
  }

  private static List<Run> twoColumns() {
    List<Run> page = new ArrayList<>();
    page.addAll(TestPdfs.column(50, 60, List.of("环卫职工收到暖心包", "本报讯（记者 王五）"), 14, LEFT, 13, 10));
    page.addAll(TestPdfs.column(192, 60, List.of("职工技能大赛闭幕", "本报讯（记者 赵六）"), 14, RIGHT, 13, 10));
    return page;
  }

  /** A dated tree, a two-column PDF page in it, a PDF of two pages named by pages.tsv, records. */
  private void mixedCorpus() throws IOException {
    write("人民日报/2020-03-15/01.txt", TEXT_PAGE);
    pdf("人民日报/2020-03-15/02版.pdf", List.of(twoColumns()));
    pdf("scans/工人日报-周末版.pdf", List.of(
        TestPdfs.column(50, 60, List.of("职工之家迎新春"), 14, List.of(LEFT.get(0), RIGHT.get(0)), 20, 10),
        TestPdfs.column(50, 60, List.of("春节假期安全提示"), 14, List.of(LEFT.get(1), RIGHT.get(1)), 20, 10)));
    write("pages.tsv", "file\tpaper\tdate\tpage\tsection\n"
        + "scans/工人日报-周末版.pdf\t工人日报\t2020-03-14\t5\t周末\n"
        + "人民日报/2020-03-15/01.txt\t\t\t\t要闻\n");
    write("exports/records.jsonl", String.join("\n",
        "{\"id\":\"bj-0316-03-1\",\"paper\":\"北京日报\",\"date\":\"2020-03-16\",\"page\":3,\"headline\":\"社区食堂开进老旧小区\","
            + "\"byline\":\"本报记者 孙七\",\"text\":\"东城区首家社区食堂3月16日在老旧小区开张。\\n食堂为老年人提供九折优惠。\"}",
        "{\"id\":\"bj-0316-03-2\",\"paper\":\"北京日报\",\"date\":\"2020-03-16\",\"page\":3,"
            + "\"text\":\"同一版上，西城区新增十处便民早餐点。\"}") + "\n");
  }

  private List<JsonNode> articles(CliRun run) throws IOException {
    List<JsonNode> rows = new ArrayList<>();
    for (String line : run.out().split("\n")) {
      rows.add(JSON.readTree(line));
    }
    return rows;
  }

  @Test
  void everyArticleOfAMixedCorpusHasItsPaperDateAndPageNumber() throws IOException {
    mixedCorpus();

    CliRun run = CliRun.of("articles", "--json", "--corpus", dir.toString());

    assertEquals(0, run.exit(), run.err());
    assertEquals("", run.err());
    Map<String, String> byPage = new TreeMap<>();
    for (JsonNode a : articles(run)) {
      for (String key : List.of("paper", "date", "page_no")) {
        assertTrue(a.hasNonNull(key), key + " missing in " + a);
      }
      byPage.merge(a.get("page").asText() + " " + a.get("paper").asText() + " " + a.get("date").asText()
          + " " + a.get("page_no").asInt() + " " + a.get("section").asText(null), a.get("headline").asText(),
          (x, y) -> x + "|" + y);
    }
    assertEquals(Map.of(
        "exports/records.jsonl#bj-0316-03-1 北京日报 2020-03-16 3 null", "社区食堂开进老旧小区",
        "exports/records.jsonl#bj-0316-03-2 北京日报 2020-03-16 3 null", "",
        "scans/工人日报-周末版.pdf#1 工人日报 2020-03-14 5 周末", "职工之家迎新春",
        "scans/工人日报-周末版.pdf#2 工人日报 2020-03-14 6 周末", "春节假期安全提示",
        "人民日报/2020-03-15/01.txt 人民日报 2020-03-15 1 要闻", "区工会开展应急救护培训|职工书屋上新书",
        "人民日报/2020-03-15/02版.pdf 人民日报 2020-03-15 2 null", "环卫职工收到暖心包|职工技能大赛闭幕"),
        byPage);
  }

  @Test
  void theColumnsOfAPdfPageStayApart() throws IOException {
    mixedCorpus();

    List<JsonNode> rows = articles(CliRun.of("articles", "--json", "--corpus", dir.toString()));

    JsonNode left = rows.stream().filter(a -> a.get("headline").asText().equals("环卫职工收到暖心包"))
        .findFirst().orElseThrow();
    assertEquals("本报讯（记者 王五）", left.get("byline").asText());
    assertEquals(LEFT, JSON.convertValue(left.get("paragraphs"), List.class));
  }

  /** {@code "N articles, M passages"} from {@code baoku index}'s count line. */
  private static String articlesAndPassages(CliRun index) {
    Matcher m = Pattern.compile("(\\d+ articles, \\d+ passages) indexed").matcher(index.out());
    assertTrue(m.find(), index.out());
    return m.group(1);
  }

  @Test
  void badInputsOfEveryKindAreOneLineEachAndTheRestIsIndexed() throws IOException {
    mixedCorpus();
    Path index = dir.resolveSibling(dir.getFileName() + "-index");
    CliRun before = CliRun.of("index", "--corpus", dir.toString(), "--index", index.toString());
    assertEquals(0, before.exit(), before.err());

    Files.write(dir.resolve("人民日报/2020-03-15/03.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0x41});
    write("人民日报/2020-02-30/01.txt", "");
    Files.writeString(dir.resolve("exports/records.jsonl"),
        Files.readString(dir.resolve("exports/records.jsonl")) + "{\"id\":\"x\",\"text\":\"断了\n"
            + "{\"id\":\"y\",\"date\":\"2020-02-30\",\"text\":\"日期不存在。\"}\n");
    Files.writeString(dir.resolve("pages.tsv"),
        Files.readString(dir.resolve("pages.tsv")) + "scans/missing.pdf\t工人日报\t2020-03-14\t1\t\n");
    Files.createDirectories(dir.resolve("bad"));
    TestPdfs.writeScan(dir.resolve("bad/scan.pdf"));
    TestPdfs.writeEncrypted(dir.resolve("bad/locked.pdf"), List.of(twoColumns()));
    TestPdfs.truncated(dir.resolve("人民日报/2020-03-15/02版.pdf"), dir.resolve("bad/cut.pdf"));

    CliRun articles = CliRun.of("articles", "--json", "--corpus", dir.toString());
    CliRun after = CliRun.of("index", "--corpus", dir.toString(), "--index", index.toString());

    List<String> expected = List.of(
        "bad/cut.pdf: ", "bad/locked.pdf: ", "bad/scan.pdf: ", "exports/records.jsonl:3: ",
        "exports/records.jsonl:4: ", "人民日报/2020-02-30/01.txt: ", "人民日报/2020-03-15/03.txt: ", "pages.tsv:4: ");
    List<String> stderr = articles.err().lines().toList();
    assertEquals(expected.size(), stderr.size(), articles.err());
    for (String place : expected) {
      assertEquals(1, stderr.stream().filter(l -> l.startsWith("问题 / problem: " + place)).count(),
          place + " in\n" + articles.err());
    }
    assertEquals(0, after.exit(), after.err());
    List<String> reported = after.out().lines().filter(l -> l.startsWith("问题 / problem: ")).toList();
    assertEquals(stderr, reported);
    assertEquals(articlesAndPassages(before), articlesAndPassages(after),
        "the good inputs are all indexed as before");
  }
}
