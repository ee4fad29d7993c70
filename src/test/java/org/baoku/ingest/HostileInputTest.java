package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages nobody has seen: segmentation and chunking never throw and never lose text. */
class HostileInputTest {

  private static List<Article> segment(String text) {
    List<Article> articles = Segmenter.segment(new Page("x.txt", text));
    for (Article a : articles) {
      List<Passage> passages = Chunker.chunk(a);
      for (Passage p : passages) {
        assertEquals(a.text().substring(p.start(), p.end()), p.text());
        assertTrue(p.text().length() <= Chunker.DEFAULT_MAX);
      }
    }
    return articles;
  }

  private static String all(List<Article> articles) {
    StringBuilder sb = new StringBuilder();
    for (Article a : articles) {
      sb.append(a.text());
    }
    return sb.toString().replaceAll("\\s", "");
  }

  @Test
  void emptyPageHasNoArticles() {
    assertTrue(segment("").isEmpty());
  }

  @Test
  void whitespaceOnlyPageHasNoArticles() {
    assertTrue(segment(" \n\n\t\u3000\u00a0\r\n  \n").isEmpty());
  }

  @Test
  void pageWithoutPunctuationKeepsItsText() {
    String text = "这是一段没有任何标点符号的文字\n它还有第二行\n\n第三行也一样没有标点";
    assertEquals(text.replaceAll("\\s", ""), all(segment(text)));
  }

  @Test
  void veryLongLineIsCutIntoBoundedPassages() {
    String line = "职工志愿者参与核酸检测、物资转运配送".repeat(6000);
    List<Article> articles = segment("本报讯（记者 张三）" + line);
    assertEquals(line, all(articles).replace("本报讯（记者张三）", ""));
    assertTrue(Chunker.chunk(articles.get(0)).size() > 250);
  }

  @Test
  void controlAndInvisibleCharactersAreDropped() {
    List<Article> articles = segment(
        "\ufeff标题\u0007行\n\n本报讯（记者 张三）\u0000近日，\u200b某单位\u001b开展活动。\r\n");
    String text = all(articles);
    assertTrue(text.contains("近日，某单位开展活动。"), text);
    assertTrue(text.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL
        || Character.getType(c) == Character.FORMAT));
  }

  @Test
  void halfWidthPunctuationIsReadLikeFullWidth() {
    List<Article> articles = segment(
        "某区工会开展读书活动\n\n本报讯 (记者 张三) 近日,某区工会开展读书活动,职工踊跃参加.\n\n据了解,活动共持续\n\n三天;职工们表示收获很大!");
    assertEquals(1, articles.size());
    assertEquals("某区工会开展读书活动", articles.get(0).headline());
    assertEquals("本报讯 (记者 张三)", articles.get(0).byline());
    assertTrue(articles.get(0).text().contains("据了解,活动共持续三天;"));
  }

  @Test
  void markdownOnlyPageKeepsItsWords() {
    String text = "# \n## 标题\n**\n**粗体**\n";
    assertEquals("标题粗体", all(segment(text)));
  }

  @Test
  void randomTextNeverThrowsAndLosesNoLetter() {
    Random random = new Random(20240601);
    String alphabet = "本报讯记者通讯员摄（）()【】“”，。、；：！？,.;:!?#*— \n\n\t广告众众志志成成城城工会职工abcXYZ0123";
    for (int round = 0; round < 300; round++) {
      StringBuilder sb = new StringBuilder();
      int length = random.nextInt(600);
      for (int i = 0; i < length; i++) {
        int pick = random.nextInt(alphabet.length() + 6);
        if (pick < alphabet.length()) {
          sb.append(alphabet.charAt(pick));
        } else {
          sb.appendCodePoint(random.nextInt(0x30000));
        }
      }
      String page = sb.toString();
      List<Article> articles = segment(page);
      for (Article a : articles) {
        assertTrue(a.ordinal() >= 1);
      }
    }
  }

  @Test
  void corpusReportsBadFilesAndGoesOn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.txt"), "某区工会开展读书活动\n\n本报讯（记者 张三）近日，某区工会开展读书活动。",
        StandardCharsets.UTF_8);
    Files.write(dir.resolve("b.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3, 0x28});
    Files.writeString(dir.resolve("c.txt"), "");
    Files.writeString(dir.resolve("notes.md"), "not a page");
    Corpus.Report report = Corpus.read(dir);
    assertEquals(2, report.pages().size());
    assertEquals(1, report.articles().size());
    assertEquals(1, report.problems().size());
    assertTrue(report.problems().get(0).startsWith("b.txt"), report.problems().get(0));
  }

  @Test
  void corpusRejectsAMissingDirectory(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> Corpus.read(dir.resolve("missing")));
  }

  @Test
  void reduplicatedWordsAndRepeatedGlyphsAreNotUndoubled() {
    for (String text : List.of("千千万万", "哈哈哈哈哈哈", "大家高高兴兴明明白白地过节", "电话112233")) {
      assertEquals(List.of(new Undoubler.Segment(text, false)), Undoubler.split(text));
    }
    assertEquals(List.of(new Undoubler.Segment("沟通会", false), new Undoubler.Segment("众志成城 同心战疫", true)),
        Undoubler.split("沟通会众众志志成成城城 同同心心战战疫疫"));
    assertEquals(List.of(new Undoubler.Segment("众志成城", true)), Undoubler.split("众众志志成成城城"));
  }
}
