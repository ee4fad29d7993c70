package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.baoku.index.Fingerprint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The layouts users bring, read as a corpus: dated trees, pages.tsv, JSONL records, PDF pages. */
class CorpusLayoutTest {

  static final String PAGE = "区工会开展应急救护培训\n\n本报讯（记者 张三）3月14日上午，区总工会在建筑工地举办"
      + "应急救护培训，一百二十名一线职工参加。";

  @TempDir Path dir;

  private Path write(String path, String text) throws IOException {
    Path f = dir.resolve(path);
    Files.createDirectories(f.getParent());
    return Files.writeString(f, text, StandardCharsets.UTF_8);
  }

  private static Imprint imprint(String paper, String date, Integer page, String section) {
    return new Imprint(paper, date == null ? null : LocalDate.parse(date), page, section);
  }

  private static Page page(Corpus.Report r, String id) {
    return r.pages().stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " not among " + r.pages().stream().map(Page::id).toList()));
  }

  @Test
  void aDatedTreeIsReadToItsDepthAndEveryPageKnowsItsPaperDayAndNumber() throws IOException {
    write("人民日报/2020-03-15/01.txt", PAGE);
    write("人民日报/2020-03-15/05版.txt", PAGE);
    write("北京日报/2020/03/16/page03.txt", PAGE);
    write("20200317/02.txt", PAGE);
    write(".git/x.txt", PAGE);

    Corpus.Report r = Corpus.read(dir);

    assertEquals(List.of(), r.problems());
    assertEquals(List.of("20200317/02.txt", "人民日报/2020-03-15/01.txt", "人民日报/2020-03-15/05版.txt",
        "北京日报/2020/03/16/page03.txt"), r.pages().stream().map(Page::id).toList());
    assertEquals(imprint("人民日报", "2020-03-15", 5, null), page(r, "人民日报/2020-03-15/05版.txt").imprint());
    assertEquals(imprint("北京日报", "2020-03-16", 3, null), page(r, "北京日报/2020/03/16/page03.txt").imprint());
    assertEquals(imprint(null, "2020-03-17", 2, null), page(r, "20200317/02.txt").imprint());
    for (Article a : r.articles()) {
      assertEquals(page(r, a.page()).imprint(), a.imprint(), a.page());
    }
  }

  @Test
  void theBundledPagesKeepTheirIdsAndSayNothing() {
    assertEquals(List.of(BundledCorpus.P000, BundledCorpus.P001, BundledCorpus.P002, BundledCorpus.P003,
        BundledCorpus.P004), BundledCorpus.REPORT.pages().stream().map(Page::id).toList());
    assertTrue(BundledCorpus.REPORT.articles().stream().allMatch(a -> a.imprint().knowsNothing()));
    assertEquals(List.of(), BundledCorpus.REPORT.problems());
  }

  @Test
  void pagesTsvOverridesThePathForTheFilesItNames() throws IOException {
    write("人民日报/2020-03-15/05.txt", PAGE);
    write("scans/a.txt", PAGE);
    write("scans/b.txt", PAGE);
    write("pages.tsv", "section\tfile\tpage\tdate\tpaper\n"
        + "要闻\t人民日报/2020-03-15/05.txt\t\t\t\n"
        + "\tscans/a.txt\t7\t2020-03-18\t工人日报\n");

    Corpus.Report r = Corpus.read(dir);

    assertEquals(List.of(), r.problems());
    assertEquals(imprint("人民日报", "2020-03-15", 5, "要闻"), page(r, "人民日报/2020-03-15/05.txt").imprint());
    assertEquals(imprint("工人日报", "2020-03-18", 7, null), page(r, "scans/a.txt").imprint());
    assertEquals(imprint("scans", null, null, null), page(r, "scans/b.txt").imprint());
  }

  @Test
  void aBadPagesTsvRowIsOneLineAndTheOtherRowsStillApply() throws IOException {
    write("a.txt", PAGE);
    write("b.txt", PAGE);
    write("c.txt", PAGE);
    write("pages.tsv", "file\tpaper\tdate\tpage\n"
        + "a.txt\t人民日报\t2020-02-30\t1\n"
        + "b.txt\t人民日报\t2020-03-15\tA3\n"
        + "\n"
        + "c.txt\t人民日报\t2020-03-15\t3\n"
        + "missing.txt\t人民日报\t2020-03-15\t4\n"
        + "c.txt\t北京日报\t\t\n"
        + "a.txt\t人民日报\t2020-03-15\t1\textra\n");

    Corpus.Report r = Corpus.read(dir);

    assertEquals(List.of("pages.tsv:2: ", "pages.tsv:3: ", "pages.tsv:7: ", "pages.tsv:8: ", "pages.tsv:6: "),
        r.problems().stream().map(p -> p.substring(0, p.indexOf(": ") + 2)).toList(), String.join("\n", r.problems()));
    assertTrue(r.problems().get(0).contains("impossible date 2020-02-30"), r.problems().get(0));
    assertTrue(r.problems().get(1).contains("\"A3\""), r.problems().get(1));
    assertTrue(r.problems().get(2).contains("already on line 5"), r.problems().get(2));
    assertTrue(r.problems().get(4).contains("missing.txt"), r.problems().get(4));
    assertEquals(imprint("人民日报", "2020-03-15", 3, null), page(r, "c.txt").imprint());
    assertEquals(Imprint.NONE, page(r, "a.txt").imprint());
    assertEquals(3, r.pages().size());
  }

  @Test
  void pagesTsvWithoutAFileColumnIsReportedAndIgnored() throws IOException {
    write("a.txt", PAGE);
    write("pages.tsv", "a.txt\t人民日报\n");

    Corpus.Report r = Corpus.read(dir);

    assertEquals(1, r.problems().stream().filter(p -> p.startsWith("pages.tsv:1: ") && p.contains("header")).count(),
        String.join("\n", r.problems()));
    assertEquals(Imprint.NONE, page(r, "a.txt").imprint());
  }

  @Test
  void anImpossibleDateInAPathIsReportedAndThePageStillRead() throws IOException {
    write("人民日报/2020-02-30/05.txt", PAGE);

    Corpus.Report r = Corpus.read(dir);

    assertEquals(1, r.problems().size());
    assertTrue(r.problems().get(0).startsWith("人民日报/2020-02-30/05.txt: ") && r.problems().get(0)
        .contains("impossible date 2020-02-30"), r.problems().get(0));
    assertEquals(imprint("人民日报", null, 5, null), page(r, "人民日报/2020-02-30/05.txt").imprint());
  }

  @Test
  void jsonlRecordsAreArticlesAsGiven() throws IOException {
    write("人民日报/records.jsonl", String.join("\n",
        "{\"id\":\"a1\",\"date\":\"2020-03-15\",\"page\":5,\"section\":\"要闻\",\"headline\":\"区工会开展应急救护培训\","
            + "\"byline\":\"本报记者 张三\",\"text\":\"3月14日上午，区总工会举办应急救护培训。\\n一百二十名职工参加。\"}",
        "{\"id\":\"a2\",\"date\":\"2020-03-15\",\"page\":\"05\",\"text\":\"同一版的另一篇报道。\"}",
        "{\"paper\":\"北京日报\",\"date\":\"2020/03/16\",\"text\":\"没有编号的报道。\"}",
        ""));

    Corpus.Report r = Corpus.read(dir);

    assertEquals(List.of(), r.problems());
    assertEquals(3, r.articles().size());
    Article first = r.articles().get(0);
    assertEquals("人民日报/records.jsonl#a1", first.page());
    assertEquals(1, first.ordinal());
    assertEquals(ArticleKind.ARTICLE, first.kind());
    assertEquals("区工会开展应急救护培训", first.headline());
    assertEquals(List.of("区工会开展应急救护培训"), first.titles());
    assertEquals("本报记者 张三", first.byline());
    assertEquals(List.of("3月14日上午，区总工会举办应急救护培训。", "一百二十名职工参加。"), first.paragraphs());
    assertEquals(imprint(null, "2020-03-15", 5, "要闻"), first.imprint(), "the folder is not the paper of a record");
    assertEquals(imprint(null, "2020-03-15", 5, null), r.articles().get(1).imprint());
    assertEquals("人民日报/records.jsonl:3", r.articles().get(2).page());
    assertEquals(imprint("北京日报", "2020-03-16", null, null), r.articles().get(2).imprint());

    Set<String> passageIds = new HashSet<>();
    for (Article a : r.articles()) {
      for (Passage p : Chunker.chunk(a)) {
        assertTrue(passageIds.add(p.id()), "two passages are " + p.id());
      }
    }
  }

  @Test
  void pagesTsvFillsWhatARecordLeavesOut() throws IOException {
    write("exports/2020-03-15/records.jsonl", "{\"text\":\"一篇。\"}\n{\"paper\":\"北京日报\",\"text\":\"两篇。\"}\n");
    write("pages.tsv", "file\tpaper\n" + "exports/2020-03-15/records.jsonl\t人民日报\n");

    Corpus.Report r = Corpus.read(dir);

    assertEquals(List.of(), r.problems());
    assertEquals(List.of(imprint("人民日报", null, null, null), imprint("北京日报", null, null, null)),
        r.articles().stream().map(Article::imprint).toList());
  }

  @Test
  void aBadJsonlLineIsOneLineAndTheOtherRecordsAreRead() throws IOException {
    List<byte[]> lines = new ArrayList<>();
    for (String l : List.of(
        "{\"id\":1,\"date\":\"2020-03-15\",\"page\":1,\"text\":\"第一篇。\"}",
        "{\"id\":2,\"text\":\"断了的 JSON",
        "{\"id\":3,\"headline\":\"没有正文\"}",
        "{\"id\":4,\"date\":\"2020-02-30\",\"text\":\"日期不存在。\"}",
        "{\"id\":5,\"page\":0,\"text\":\"版次为零。\"}",
        "{\"id\":6,\"page\":\"A3\",\"text\":\"版次不是数。\"}",
        "{\"id\":1,\"text\":\"编号重复。\"}",
        "[\"不是对象\"]",
        "{\"id\":9,\"text\":\"第二篇。\"}")) {
      lines.add(l.getBytes(StandardCharsets.UTF_8));
    }
    lines.add(7, new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'});
    Path f = dir.resolve("records.jsonl");
    Files.write(f, String.join("\n", lines.stream().map(b -> new String(b, StandardCharsets.ISO_8859_1)).toList())
        .getBytes(StandardCharsets.ISO_8859_1));

    Corpus.Report r = Corpus.read(dir);

    assertEquals(List.of("records.jsonl#1", "records.jsonl#9"), r.articles().stream().map(Article::page).toList());
    assertEquals(List.of(2, 3, 4, 5, 6, 7, 8, 9), r.problems().stream()
        .map(p -> Integer.parseInt(p.substring("records.jsonl:".length(), p.indexOf(": ")))).toList(),
        String.join("\n", r.problems()));
    List<String> expected = List.of("not valid JSON", "\"text\"", "impossible date 2020-02-30",
        "positive whole number", "\"A3\"", "already on line 1", "not valid UTF-8", "must be a JSON object");
    for (int i = 0; i < expected.size(); i++) {
      assertTrue(r.problems().get(i).contains(expected.get(i)), r.problems().get(i));
    }
  }

  @Test
  void pdfPagesAreNumberedByNameWhenAloneAndFromOneOrPagesTsvWhenMany() throws IOException {
    Path one = dir.resolve("人民日报/2020-03-15/05.pdf");
    Files.createDirectories(one.getParent());
    TestPdfs.write(one, List.of(PdfPagesTest.twoColumns()));
    List<List<TestPdfs.Run>> three = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      three.add(TestPdfs.column(50, 60, List.of("第" + (i + 1) + "页新闻"), 14,
          List.of(PdfPagesTest.LEFT.get(i)), 20, 10));
    }
    TestPdfs.write(dir.resolve("人民日报/2020-03-15/issue.pdf"), three);
    Files.createDirectories(dir.resolve("工人日报"));
    TestPdfs.write(dir.resolve("工人日报/sections.pdf"), three);
    write("pages.tsv", "file\tdate\tpage\tsection\n"
        + "工人日报/sections.pdf\t2020-03-16\t5\t\n"
        + "工人日报/sections.pdf#2\t\t\t要闻\n");

    Corpus.Report r = Corpus.read(dir);

    assertEquals(List.of(), r.problems());
    assertEquals(imprint("人民日报", "2020-03-15", 5, null), page(r, "人民日报/2020-03-15/05.pdf").imprint());
    for (int i = 1; i <= 3; i++) {
      assertEquals(imprint("人民日报", "2020-03-15", i, null), page(r, "人民日报/2020-03-15/issue.pdf#" + i).imprint());
    }
    assertEquals(imprint("工人日报", "2020-03-16", 5, null), page(r, "工人日报/sections.pdf#1").imprint());
    assertEquals(imprint("工人日报", "2020-03-16", 6, "要闻"), page(r, "工人日报/sections.pdf#2").imprint());
    assertEquals(imprint("工人日报", "2020-03-16", 7, null), page(r, "工人日报/sections.pdf#3").imprint());
    assertEquals(List.of("应急救护进工地", "职工书屋上新书"), r.articles().stream()
        .filter(a -> a.page().equals("人民日报/2020-03-15/05.pdf")).map(Article::headline).toList());
  }

  @Test
  void theFingerprintCoversEveryKindOfInputInEveryFolder() throws IOException {
    write("人民日报/2020-03-15/01.txt", PAGE);
    write("records.jsonl", "{\"text\":\"一篇。\"}\n");
    TestPdfs.write(dir.resolve("a.pdf"), List.of(PdfPagesTest.twoColumns()));
    List<String> seen = new ArrayList<>(List.of(Fingerprint.ofCorpus(dir)));
    write("人民日报/2020-03-15/01.txt", PAGE + "又一句。");
    seen.add(Fingerprint.ofCorpus(dir));
    write("records.jsonl", "{\"text\":\"两篇。\"}\n");
    seen.add(Fingerprint.ofCorpus(dir));
    TestPdfs.write(dir.resolve("a.pdf"), List.of(PdfPagesTest.twoColumns(), PdfPagesTest.twoColumns()));
    seen.add(Fingerprint.ofCorpus(dir));
    write("pages.tsv", "file\tpaper\na.pdf\t人民日报\n");
    seen.add(Fingerprint.ofCorpus(dir));
    write("人民日报/notes.md", "不是语料");
    seen.add(Fingerprint.ofCorpus(dir));

    assertEquals(5, new HashSet<>(seen).size(), "each input change is a new fingerprint: " + seen);
    assertEquals(seen.get(4), seen.get(5), "a file ingest does not read changes nothing");
    assertNotEquals(seen.get(0), seen.get(1));
  }
}
