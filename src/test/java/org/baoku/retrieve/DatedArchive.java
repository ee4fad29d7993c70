package org.baoku.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.baoku.index.Embedder;
import org.baoku.index.IndexBuild;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;

/**
 * A small dated archive for the tests of what readers see of dates: two papers, two days, pages
 * with numbers and sections, one article in two passages, one without a headline. It is built
 * from passages that carry their {@link Imprint} (a corpus directory gets dates from its layout
 * only through ingest), indexed for real and served through the {@link Archive} interface as
 * {@link HybridArchive} serves the bundled corpus ({@link IndexArchive}). One per test JVM; tests
 * must not close it.
 *
 * <pre>
 * 晚报 2020-03-15  第1版 要闻  1 本市新增确诊病例12例 (本报记者 张三; two passages)
 *                             2 公园恢复开放
 *                 第2版 城市  1 地铁新线年底通车
 *                             2 (no headline) 社区食堂开业…
 *                 第3版       1 图书馆推出夜间阅读服务
 * 日报 2020-03-15  第1版 要闻  1 春季植树活动举行
 * 晚报 2020-03-16  第1版 要闻  1 本市新增确诊病例7例
 * </pre>
 */
public final class DatedArchive {

  public static final LocalDate MARCH_15 = LocalDate.of(2020, 3, 15);
  public static final LocalDate MARCH_16 = LocalDate.of(2020, 3, 16);
  public static final String CASES_HEADLINE = "本市新增确诊病例12例";
  public static final String CASES_BYLINE = "本报记者 张三";
  /** The two sentences of the two-passage article's body, in order. */
  public static final String CASES_FIRST = "3月15日0时至24时，本市新增确诊病例12例，均为境外输入病例。";
  public static final String CASES_SECOND = "治愈出院2例，在院隔离治疗的病例共有30例，其中重症病例3例，病情稳定。";

  private static IndexArchive shared;

  private DatedArchive() {}

  private static IndexArchive build(Path dir) {
    IndexBuild.build(printed(), dir, Progress.none());
    PassageSearcher index = PassageSearcher.open(dir);
    return new IndexArchive(index, new HybridRetriever(index, Embedder.shared()));
  }

  /** The shared archive, built on first use. */
  public static synchronized Archive get() {
    if (shared == null) {
      try {
        Path dir = Files.createTempDirectory("baoku-dated-index");
        shared = build(dir.resolve("index"));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          shared.close();
          RealArchive.deleteTree(dir);
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  /** The passages, as the chunker would cut their articles: exact spans of title, byline and body lines. */
  static List<Passage> printed() {
    List<Passage> out = new ArrayList<>();
    String cases = CASES_HEADLINE + "\n" + CASES_BYLINE + "\n" + CASES_FIRST + "\n" + CASES_SECOND;
    String page = "晚报/2020-03-15/01.txt";
    Imprint front = new Imprint("晚报", MARCH_15, 1, "要闻");
    int cut = cases.indexOf(CASES_SECOND);
    out.add(new Passage(page + "#1.1", page, 1, CASES_HEADLINE, CASES_BYLINE, cases.substring(0, cut - 1), 0,
        cut - 1, front));
    out.add(new Passage(page + "#1.2", page, 1, CASES_HEADLINE, CASES_BYLINE, CASES_SECOND, cut, cases.length(),
        front));
    out.add(article(page, 2, "公园恢复开放", "5家公园15日起恢复开放，游客需预约入园。", front));
    Imprint city = new Imprint("晚报", MARCH_15, 2, "城市");
    out.add(article("晚报/2020-03-15/02.txt", 1, "地铁新线年底通车", "地铁新线预计年底通车，沿线设站十二座。", city));
    out.add(article("晚报/2020-03-15/02.txt", 2, "", "社区食堂开业，老年人用餐可享受八折优惠。", city));
    out.add(article("晚报/2020-03-15/03.txt", 1, "图书馆推出夜间阅读服务", "图书馆每周五开放至晚上九点。",
        new Imprint("晚报", MARCH_15, 3, null)));
    out.add(article("日报/2020-03-15/01.txt", 1, "春季植树活动举行", "市民在郊野公园种下银杏树苗。",
        new Imprint("日报", MARCH_15, 1, "要闻")));
    out.add(article("晚报/2020-03-16/01.txt", 1, "本市新增确诊病例7例", "3月16日本市新增确诊病例7例。",
        new Imprint("晚报", MARCH_16, 1, "要闻")));
    return out;
  }

  private static Passage article(String page, int n, String headline, String body, Imprint imprint) {
    String text = headline.isEmpty() ? body : headline + "\n" + body;
    return new Passage(page + "#" + n + ".1", page, n, headline, "", text, 0, text.length(), imprint);
  }
}
