package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationVerifierTest {

  @Test
  void markersAreReadInTheShapesModelsWrite() {
    List<CitationVerifier.Claim> claims = CitationVerifier.claims(
        "甲社区有150名工作人员[1]。乙街道在12月开展了活动。[2][3] 丙镇的数据是24小时【4】；"
            + "丁单位捐了5万元[1, 2]。戊说了话[^5]。己做了事［6］");
    assertEquals(6, claims.size());
    assertEquals(List.of(1), claims.get(0).cited());
    assertEquals(List.of(2, 3), claims.get(1).cited());
    assertEquals(List.of(4), claims.get(2).cited());
    assertEquals(List.of(1, 2), claims.get(3).cited());
    assertEquals(List.of(5), claims.get(4).cited());
    assertEquals(List.of(6), claims.get(5).cited());
    assertEquals("乙街道在12月开展了活动。", claims.get(1).text());
  }

  @Test
  void textWithoutMarkersOrOnlyMarkersGivesNoCitations() {
    assertEquals(List.of(), CitationVerifier.claims("没有引用的一句话。").get(0).cited());
    assertEquals(0, CitationVerifier.claims("[1][2]").size());
    assertEquals(0, CitationVerifier.claims(null).size());
  }
}
