package org.baoku.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.baoku.answer.ExtractiveComposer;
import org.baoku.index.Embedder;
import org.baoku.index.IndexBuild;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Archive;
import org.baoku.retrieve.HybridRetriever;
import org.baoku.retrieve.IndexArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about a day answered from an issue weeks later, and then a follow-up: the follow-up
 * carries the day, and the issues of its week, searched first, hold another report of the kind
 * that does not name its day. The answer must stay with the report of the day asked.
 */
class LaterFollowUpTest {

  @TempDir static Path dir;
  private static PassageSearcher index;
  private static Archive archive;

  @BeforeAll
  static void build() {
    List<Passage> passages = new ArrayList<>();
    String[] week = {"区总工会组织职工开展应急救护培训，共有两百余人参加。", "地铁新线预计年底通车，沿线设站十二座。",
        "图书馆推出夜间阅读服务，每周五开放至晚上九点。", "区红十字会在中学组织无偿献血活动，共有120名师生参加。",
        "中学生科技节开幕，展出机器人和航模作品。", "社区食堂开业，老年人用餐可享受八折优惠。"};
    for (int i = 0; i < week.length; i++) {
      LocalDate day = LocalDate.of(2020, 3, 6 + i);
      add(passages, "晚报/" + day + "/03.txt", week[i], day);
    }
    add(passages, "晚报/2020-04-20/05.txt",
        "3月5日，区红十字会在社区组织无偿献血活动，共有86名志愿者参加，献血总量达2.5万毫升。", LocalDate.of(2020, 4, 20));
    add(passages, "晚报/2020-04-21/02.txt", "旧城改造项目启动，涉及居民三百余户。", LocalDate.of(2020, 4, 21));
    IndexBuild.build(passages, dir.resolve("index"), Progress.none());
    index = PassageSearcher.open(dir.resolve("index"));
    archive = new IndexArchive(index, new HybridRetriever(index, Embedder.shared()));
  }

  private static void add(List<Passage> passages, String page, String text, LocalDate day) {
    passages.add(new Passage(page + "#1.1", page, 1, "", "", text, 0, text.length(),
        new Imprint("晚报", day, Integer.parseInt(page.substring(page.length() - 6, page.length() - 4)), null)));
  }

  @AfterAll
  static void close() {
    index.close();
  }

  @Test
  void aFollowUpStaysWithTheLaterIssueItsQuestionWasAnsweredFrom() {
    Conversations chat = Conversations.builder().archive(archive).composer(new ExtractiveComposer(archive)).build();
    Reply first = chat.handle("drive", Command.parse("3月5日区红十字会组织的无偿献血活动，献血总量达到多少毫升？"));
    assertEquals(Reply.Kind.ANSWER, first.kind(), first.text());
    assertEquals("晚报/2020-04-20/05.txt#1.1", first.answer().citations().get(0).passage().id(),
        first.answer().text());
    assertTrue(first.answer().text().contains("2.5万毫升"), first.answer().text());

    // The week of 3月5日 holds another blood drive, with its own count of people.
    Reply next = chat.handle("drive", Command.parse("有多少人参加？"));
    assertEquals(Reply.Kind.ANSWER, next.kind(), next.text());
    assertEquals("晚报/2020-04-20/05.txt#1.1", next.answer().citations().get(0).passage().id(),
        next.answer().text());
    assertTrue(next.answer().text().contains("86名"), next.answer().text());

    // A new question about the day is not a follow-up: its week is searched first again.
    Reply fresh = chat.handle("drive", Command.parse("3月6日的应急救护培训有多少人参加？"));
    assertEquals("晚报/2020-03-06/03.txt#1.1", fresh.answer().citations().get(0).passage().id(),
        fresh.answer().text());
  }
}
