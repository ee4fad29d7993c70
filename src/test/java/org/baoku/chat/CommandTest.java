package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.baoku.chat.Command.Ask;
import org.baoku.chat.Command.Day;
import org.baoku.chat.Command.Malformed;
import org.baoku.chat.Command.Quote;
import org.baoku.chat.Command.Search;
import org.baoku.chat.Command.Source;
import org.baoku.chat.Command.Unknown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** What a reader types, and the one typed command each adapter hands on. */
class CommandTest {

  static Stream<Arguments> table() {
    return Stream.of(
        Arguments.of("北京电控系统的职工在哪里献血？", new Ask("北京电控系统的职工在哪里献血？")),
        Arguments.of("  两个   空格\u200b之间 ", new Ask("两个 空格之间")),
        Arguments.of("/ask 建工集团开展了几场培训？", new Ask("建工集团开展了几场培训？")),
        Arguments.of("/ask@baoku_bot 建工集团开展了几场培训？", new Ask("建工集团开展了几场培训？")),
        Arguments.of("/ASK 大写也行", new Ask("大写也行")),
        Arguments.of("／ask 全角斜杠", new Ask("全角斜杠")),
        Arguments.of("/ask", new Malformed(Verb.ASK)),
        Arguments.of("/ask@baoku_bot", new Malformed(Verb.ASK)),
        Arguments.of("", new Malformed(Verb.ASK)),
        Arguments.of("\u0000\u0007 ", new Malformed(Verb.ASK)),
        Arguments.of("/source", new Source(1)),
        Arguments.of("/source 3", new Source(3)),
        Arguments.of("/source [2]", new Source(2)),
        Arguments.of("/source 【2】", new Source(2)),
        Arguments.of("/source ２", new Source(2)),
        Arguments.of("/source 0", new Malformed(Verb.SOURCE)),
        Arguments.of("/source -1", new Malformed(Verb.SOURCE)),
        Arguments.of("/source abc", new Malformed(Verb.SOURCE)),
        Arguments.of("/source 99999999999", new Malformed(Verb.SOURCE)),
        Arguments.of("/quote “快乐耕种，劳动光荣”", new Quote("快乐耕种，劳动光荣")),
        Arguments.of("/quote 「被隔离也要出份力」", new Quote("被隔离也要出份力")),
        Arguments.of("/quote", new Malformed(Verb.QUOTE)),
        Arguments.of("/quote “”", new Malformed(Verb.QUOTE)),
        Arguments.of("/search 献血", new Search("献血")),
        Arguments.of("/search  献血  北京 ", new Search("献血 北京")),
        Arguments.of("/search", new Malformed(Verb.SEARCH)),
        Arguments.of("/day 2020-03-05", new Day(LocalDate.of(2020, 3, 5), "")),
        Arguments.of("/day 2020/3/5 北京日报", new Day(LocalDate.of(2020, 3, 5), "北京日报")),
        Arguments.of("/day 2020年3月5日", new Day(LocalDate.of(2020, 3, 5), "")),
        Arguments.of("/day ２０２０-０３-０５", new Day(LocalDate.of(2020, 3, 5), "")),
        Arguments.of("/day", new Malformed(Verb.DAY)),
        Arguments.of("/day 昨天", new Malformed(Verb.DAY)),
        Arguments.of("/day 2020-02-30", new Malformed(Verb.DAY)),
        Arguments.of("/day 2020-13-01", new Malformed(Verb.DAY)),
        Arguments.of("/read 2020-03-05 12", new Command.Read(LocalDate.of(2020, 3, 5), "", 12)),
        Arguments.of("/read 2020-03-05 北京日报 3", new Command.Read(LocalDate.of(2020, 3, 5), "北京日报", 3)),
        Arguments.of("/read 2020年3月5日 北京日报３", new Command.Read(LocalDate.of(2020, 3, 5), "北京日报", 3)),
        Arguments.of("/read 2020-03-05", new Malformed(Verb.READ)),
        Arguments.of("/read 2020-03-05 北京日报", new Malformed(Verb.READ)),
        Arguments.of("/read 2020-03-05 0", new Malformed(Verb.READ)),
        Arguments.of("/read 2020-02-30 1", new Malformed(Verb.READ)),
        Arguments.of("/read 2020-03-05 99999999999", new Malformed(Verb.READ)),
        Arguments.of("/reset", new Command.Reset()),
        Arguments.of("/reset 现在", new Command.Reset()),
        Arguments.of("/help", new Command.Help()),
        Arguments.of("/start", new Command.Start()),
        Arguments.of("/about", new Command.About()),
        Arguments.of("/stats", new Command.Stats()),
        Arguments.of("/reindex", new Command.Reindex()),
        Arguments.of("/exit", new Command.Exit()),
        Arguments.of("/quit", new Command.Exit()),
        Arguments.of("/q", new Command.Exit()),
        Arguments.of("/weather 北京", new Unknown("weather")),
        Arguments.of("/不存在", new Unknown("不存在")),
        Arguments.of("/", new Unknown("")),
        Arguments.of("a/b 不是命令", new Ask("a/b 不是命令")));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void parsesTo(String typed, Command expected) {
    assertEquals(expected, Command.parse(typed));
  }

  @Test
  void parsingNeverThrowsOnRandomText() {
    java.util.Random random = new java.util.Random(13);
    for (int i = 0; i < 2_000; i++) {
      StringBuilder s = new StringBuilder(random.nextBoolean() ? "/" : "");
      for (int j = random.nextInt(30); j > 0; j--) {
        s.appendCodePoint(random.nextInt(0x3000));
      }
      assertTrue(Command.parse(s.toString()) != null);
    }
    assertTrue(Command.parse(null) instanceof Malformed);
  }

  @Test
  void theLineNamesTheBotAGroupCommandIsFor() {
    Command.Line line = Command.Line.of("/ask@other_bot 问题").orElseThrow();
    assertEquals(new Command.Line("ask", "other_bot", "问题"), line);
    assertEquals(Verb.ASK, line.verb().orElseThrow());
    assertEquals("", Command.Line.of("/search 献血").orElseThrow().bot());
    assertFalse(Command.Line.of("没有斜杠").isPresent());
  }

  @Test
  void aBrokenCommandCannotBeBuilt() {
    assertThrows(IllegalArgumentException.class, () -> new Ask(" "));
    assertThrows(IllegalArgumentException.class, () -> new Source(0));
    assertThrows(IllegalArgumentException.class, () -> new Quote(""));
    assertThrows(IllegalArgumentException.class, () -> new Search("\n"));
    assertThrows(IllegalArgumentException.class, () -> new Day(LocalDate.of(2020, 3, 5), "", 0));
    assertThrows(IllegalArgumentException.class, () -> new Command.Read(LocalDate.of(2020, 3, 5), "", 0));
  }

  @Test
  void theTableHasOneRowPerNameAndAChineseDescriptionForEach() {
    Set<String> names = new HashSet<>();
    for (Verb v : Verb.values()) {
      assertTrue(names.add(v.command()), "twice: " + v.command());
      assertTrue(v.command().matches("[a-z]{1,32}"), "Telegram's command syntax: " + v.command());
      assertTrue(v.description().codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
      assertTrue(v.description().length() <= 256);
      assertEquals(v, Verb.named(v.command().toUpperCase()).orElseThrow());
    }
    assertEquals("用法：/ask 问题，例如 /ask 建工集团今年开展了几场应急救护培训？", Verb.ASK.usage());
    assertTrue(Arrays.stream(Verb.values()).allMatch(v -> Command.Line.of("/" + v.command()).orElseThrow()
        .command().getClass() != Unknown.class), "every row parses to its own command");
  }
}
