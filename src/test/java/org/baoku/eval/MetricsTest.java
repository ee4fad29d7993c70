package org.baoku.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.baoku.ingest.Passage;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

class MetricsTest {

  static Passage passage(String id, String text) {
    return new Passage(id, id, 1, "", "", text, 0, text.length());
  }

  static List<Hit> hits(String... texts) {
    List<Hit> out = new ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      out.add(new Hit(passage("p" + (i + 1), texts[i]), 1.0 / (i + 1), i + 1));
    }
    return out;
  }

  @Test
  void firstRelevantRankUsesListOrderAndEvidenceContainment() {
    List<Hit> h = hits("无关的段落", "另一段，也无关", "督查对进村、社区人员严格查验24小时核酸阴性证明", "严格查验24小时");
    List<String> evidence = List.of("督查对进村、社区人员严格查验 24 小时核酸阴性证明");
    assertEquals(3, Metrics.firstRelevantRank(h, p -> Metrics.supports(p, evidence)));
    assertEquals(0, Metrics.firstRelevantRank(h, p -> Metrics.supports(p, List.of("不存在的证据"))));
    assertEquals(0, Metrics.firstRelevantRank(List.of(), p -> true));
  }

  @Test
  void evidenceMayRunFromTheHeadlineAndBylineIntoTheText() {
    Passage p = new Passage("p", "x.txt", 1, "北京城建十六公司项目部职工体验农耕快乐", "本报讯（记者 周美玉）",
        "近日，项目部职工利用业余时间种菜。", 0, 16);
    assertTrue(Metrics.supports(p, List.of("职工体验农耕快乐本报讯(记者周美玉")));
    assertTrue(Metrics.supports(p, List.of("项目部职工利用业余时间种菜")));
    assertEquals(false, Metrics.supports(p, List.of("农耕快乐近日")));
  }

  @Test
  void rankStatsRecallAndMrrByHand() {
    RankStats s = new RankStats();
    for (int rank : new int[] {1, 2, 6, 11, 0}) {
      s.add(rank);
    }
    assertEquals(5, s.count());
    assertEquals(1 / 5.0, s.recall(1), 1e-12);
    assertEquals(2 / 5.0, s.recall(5), 1e-12);
    assertEquals(3 / 5.0, s.recall(10), 1e-12);
    // 1/1 + 1/2 + 1/6, rank 11 and "none" count 0
    assertEquals((1 + 0.5 + 1 / 6.0) / 5, s.mrr10(), 1e-12);
    assertTrue(Double.isNaN(new RankStats().recall(1)));
  }

  @Test
  void containmentAcceptsCanonicalOrVariant() {
    List<String> answers = List.of("丰台区华苇景苑社区", "华苇景苑社区");
    assertEquals(1, Metrics.containment("石岳下沉到华苇景苑社区。[1]", answers, false));
    assertEquals(0, Metrics.containment("档案中没有相关内容。", answers, false));
    assertEquals(0, Metrics.containment("anything", List.of(), false));
  }

  @Test
  void citationMarkersAreNotAnswerText() {
    assertEquals(0, Metrics.containment("成立了工作组。[2]", List.of("2"), false));
    assertEquals(1, Metrics.containment("成立了2个工作组。[1]", List.of("2个", "2"), false));
  }

  @Test
  void listContainmentIsTheShareOfListedItems() {
    List<String> items = List.of("劳模精神", "劳动精神", "工匠精神");
    assertEquals(1.0, Metrics.containment("重在弘扬劳模精神、劳动精神和工匠精神[1]", items, true), 1e-12);
    assertEquals(2 / 3.0, Metrics.containment("弘扬劳模精神和工匠精神", items, true), 1e-12);
    assertEquals(0.0, Metrics.containment("没有提到", items, true), 1e-12);
  }

  @Test
  void percentileIsNearestRank() {
    List<Double> v = List.of(5.0, 1.0, 4.0, 2.0, 3.0, 10.0, 6.0, 7.0, 8.0, 9.0);
    assertEquals(5.0, Metrics.percentile(v, 50));
    assertEquals(10.0, Metrics.percentile(v, 95));
    assertEquals(1.0, Metrics.percentile(v, 1));
    assertEquals(7.0, Metrics.percentile(List.of(7.0), 99));
    assertTrue(Double.isNaN(Metrics.percentile(List.of(), 50)));
  }
}
