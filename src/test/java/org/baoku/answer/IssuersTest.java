package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The issuer of a document asked is read from the sentence citing the document after it. */
class IssuersTest {

  private static final String CITED =
      "近日，国家卫生健康委员会发布的《关于做好儿童和孕产妇新型冠状病毒感染的肺炎疫情防控工作的通知》明确：“儿童和孕产妇是易感人群”。";

  @Test
  void theDocumentWhoseIssuerIsAskedIsRead() {
    assertEquals(Optional.of("通知"), Issuers.asked(Question.read("女职工委员会援引的那份通知，是由哪个部门发布的？")));
    assertEquals(Optional.of("通知"), Issuers.asked(Question.read("市总女职委引用的防疫通知是哪个部委发的？")));
    assertEquals(Optional.empty(), Issuers.asked(Question.read("女职工委员会发出了什么建议？")));
  }

  @Test
  void theSentenceCitingTheDocumentAfterItsIssuerAnswersWhereverItRanks() {
    List<String> texts = List.of("北京市总工会女职工委员会发出建议", "结合本地实际，积极向地方有关部门反映诉求；", CITED);
    double[] p = {0.1, 0.01, 0.003};
    assertEquals(Optional.of(List.of(2, 0)), Issuers.answering("通知", p, texts, List.of(0)));
    // a document of another kind is not the one asked
    assertEquals(Optional.empty(), Issuers.answering("意见", p, texts, List.of(0)));
  }
}
