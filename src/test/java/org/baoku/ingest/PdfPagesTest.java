package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.baoku.ingest.TestPdfs.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** PDF e-paper pages, written here with PDFBox and a real Chinese font, read back as a reader reads them. */
class PdfPagesTest {

  static final List<String> LEFT = List.of(
      "3月14日上午，区总工会在建筑工地举办应急救护培训，一百二十名一线职工参加。",
      "培训老师现场演示了心肺复苏和自动体外除颤器的使用方法，职工们分组进行了实际操作练习。",
      "区总工会有关负责人表示，今年将把应急救护培训送到全区所有在建工地。");

  static final List<String> RIGHT = List.of(
      "近日，街道职工书屋新到图书八百余册，涵盖党史、法律、科普和文学等类别。",
      "书屋每周二至周六对辖区职工免费开放，职工凭工会会员卡即可借阅，每次限借三本。",
      "街道工会还计划每月举办一次读书分享会，邀请作者与职工面对面交流。");

  @TempDir Path tmp;

  /**
   * Two articles side by side, each heading its own column, their lines set on the same baselines:
   * read across the page, every line of one would be glued to a line of the other.
   */
  static List<Run> twoColumns() {
    List<Run> page = new ArrayList<>();
    page.addAll(TestPdfs.column(50, 60, List.of("应急救护进工地", "本报讯（记者 张三）"), 14, LEFT, 13, 10));
    page.addAll(TestPdfs.column(192, 60, List.of("职工书屋上新书", "本报讯（记者 李四）"), 14, RIGHT, 13, 10));
    return page;
  }

  @Test
  void twoColumnsAreReadOneAfterTheOther() {
    Path pdf = TestPdfs.write(tmp.resolve("05.pdf"), List.of(twoColumns()));

    Reading<List<String>> read = PdfPages.read(pdf, "05.pdf");

    assertEquals(List.of(), read.problems());
    List<Article> articles = Segmenter.segment(new Page("05.pdf", read.value().get(0)));
    assertEquals(List.of("应急救护进工地", "职工书屋上新书"), articles.stream().map(Article::headline).toList(),
        read.value().get(0));
    assertEquals("本报讯（记者 张三）", articles.get(0).byline());
    assertEquals(LEFT, articles.get(0).paragraphs());
    assertEquals(RIGHT, articles.get(1).paragraphs());
  }

  @Test
  void aHeadlineAcrossBothColumnsComesFirstAndTheColumnsStayApart() {
    List<Run> page = new ArrayList<>();
    page.add(new Run("职工书屋上新书 八百余册供借阅", 50, 50, 16));
    page.addAll(TestPdfs.column(50, 56, List.of(), 10, LEFT, 13, 10));
    page.addAll(TestPdfs.column(192, 56, List.of(), 10, RIGHT, 13, 10));
    Path pdf = TestPdfs.write(tmp.resolve("p.pdf"), List.of(page));

    String text = PdfPages.read(pdf, "p.pdf").value().get(0);

    String joined = text.replace("\n", "");
    assertTrue(joined.startsWith("职工书屋上新书 八百余册供借阅"), text);
    assertTrue(joined.contains(String.join("", LEFT) + String.join("", RIGHT)), text);
  }

  @Test
  void aPdfOfSeveralPagesGivesOneTextAPage() {
    List<List<Run>> pages = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      pages.add(TestPdfs.column(50, 60, List.of("第" + (i + 1) + "版新闻"), 14, List.of(LEFT.get(i)), 20, 10));
    }
    Path pdf = TestPdfs.write(tmp.resolve("issue.pdf"), pages);

    Reading<List<String>> read = PdfPages.read(pdf, "issue.pdf");

    assertEquals(List.of(), read.problems());
    assertEquals(3, read.value().size());
    for (int i = 0; i < 3; i++) {
      assertTrue(read.value().get(i).replace("\n", "").contains(LEFT.get(i)), read.value().get(i));
    }
  }

  @Test
  void aScanWithoutTextIsReportedByName() {
    Reading<List<String>> read = PdfPages.read(TestPdfs.writeScan(tmp.resolve("scan.pdf")), "d/scan.pdf");

    assertEquals(1, read.problems().size());
    assertTrue(read.problems().get(0).startsWith("d/scan.pdf: ") && read.problems().get(0).contains("no text layer"),
        read.problems().get(0));
  }

  @Test
  void anEncryptedPdfIsReportedByName() {
    Path pdf = TestPdfs.writeEncrypted(tmp.resolve("locked.pdf"), List.of(twoColumns()));

    Reading<List<String>> read = PdfPages.read(pdf, "locked.pdf");

    assertEquals(List.of(), read.value());
    assertEquals(1, read.problems().size());
    assertTrue(read.problems().get(0).startsWith("locked.pdf: ") && read.problems().get(0).contains("encrypted"),
        read.problems().get(0));
  }

  @Test
  void aTruncatedPdfIsReportedByName() {
    Path whole = TestPdfs.write(tmp.resolve("whole.pdf"), List.of(twoColumns()));
    Path cut = TestPdfs.truncated(whole, tmp.resolve("cut.pdf"));

    Reading<List<String>> read = PdfPages.read(cut, "cut.pdf");

    assertEquals(List.of(), read.value());
    assertEquals(1, read.problems().size());
    assertTrue(read.problems().get(0).startsWith("cut.pdf: ") && read.problems().get(0).contains("truncated"),
        read.problems().get(0));
  }

  @Test
  void aFileThatIsNotAPdfIsReportedByName() throws Exception {
    Path fake = java.nio.file.Files.writeString(tmp.resolve("fake.pdf"), "这不是 PDF\n%%EOF\n");

    Reading<List<String>> read = PdfPages.read(fake, "fake.pdf");

    assertEquals(1, read.problems().size());
    assertTrue(read.problems().get(0).startsWith("fake.pdf: unreadable") || read.problems().get(0).contains("unreadable PDF"),
        read.problems().get(0));
  }
}
