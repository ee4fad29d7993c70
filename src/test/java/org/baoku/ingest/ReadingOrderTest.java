package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.baoku.ingest.ReadingOrder.Glyph;
import org.junit.jupiter.api.Test;

/** Glyphs placed by hand, read back in the order a reader reads them. */
class ReadingOrderTest {

  /** {@code text} set from {@code x} on the baseline {@code y}, one 10 pt em a character. */
  private static List<Glyph> line(String text, double x, double y) {
    List<Glyph> out = new ArrayList<>();
    for (int i = 0; i < text.length(); i++) {
      out.add(new Glyph(text.substring(i, i + 1), x + 10 * i, y, 10, 10));
    }
    return out;
  }

  @Test
  void aParagraphsShortLastLineAndTheNextIndentAreNotTwoColumns() {
    List<Glyph> g = new ArrayList<>();
    g.addAll(line("一二三四五六七八九十", 0, 15));
    g.addAll(line("。", 0, 30));
    g.addAll(line("甲乙丙丁戊己庚辛", 20, 45));
    g.addAll(line("子丑寅卯辰巳午未申酉", 0, 60));

    assertEquals("一二三四五六七八九十\n。\n\n甲乙丙丁戊己庚辛\n子丑寅卯辰巳午未申酉", ReadingOrder.text(g));
  }

  @Test
  void columnsOnTheSameBaselinesAreReadOneAfterTheOther() {
    List<Glyph> g = new ArrayList<>();
    for (int row = 1; row <= 3; row++) {
      g.addAll(line("左" + row + "左左左", 0, 15 * row));
      g.addAll(line("右" + row + "右右右", 62, 15 * row));
    }

    assertEquals("左1左左左\n左2左左左\n左3左左左\n\n右1右右右\n右2右右右\n右3右右右", ReadingOrder.text(g));
  }

  @Test
  void aWideSpaceInOneLineDoesNotMakeColumns() {
    List<Glyph> g = new ArrayList<>(line("顺义各级工会纷纷行动", 0, 15));
    g.addAll(line("筑牢防疫坚强堡垒", 115, 15));

    assertEquals("顺义各级工会纷纷行动 筑牢防疫坚强堡垒", ReadingOrder.text(g));
  }

  @Test
  void aHeadlineAboveTwoColumnsComesFirst() {
    List<Glyph> g = new ArrayList<>(line("通栏标题横跨两栏", 0, 12));
    for (int row = 1; row <= 3; row++) {
      g.addAll(line("左" + row + "左左左", 0, 12 + 13 * row));
      g.addAll(line("右" + row + "右右右", 62, 12 + 13 * row));
    }

    assertEquals("通栏标题横跨两栏\n\n左1左左左\n左2左左左\n左3左左左\n\n右1右右右\n右2右右右\n右3右右右",
        ReadingOrder.text(g));
  }

  @Test
  void noGlyphsNoText() {
    assertEquals("", ReadingOrder.text(List.of(new Glyph(" ", 0, 10, 3, 10))));
  }
}
