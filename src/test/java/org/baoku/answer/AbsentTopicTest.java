package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.api.Test;

/** A question about something the retrieved pages never mention, on the bundled pages. */
class AbsentTopicTest {

  @Test
  void aTopicNoRetrievedPassageMentionsIsAbsent() {
    List<Hit> hits = Passages.hits(10, "北京市", "职工", "第一");
    assertTrue(AbsentTopic.absent(Question.read("今年北京市职工职业技能大赛焊工决赛的第一名是谁？"), hits));
  }

  @Test
  void aReportedTopicAskedInOtherWordsIsNot() {
    List<Hit> hits = Passages.hits(10, "献血", "北京电控");
    assertFalse(AbsentTopic.absent(Question.read("北京电控的献血活动是哪天举行的？"), hits));
    // 名字 and 东西 frame the question; they name no topic
    assertFalse(AbsentTopic.absent(Question.read("给快递小哥讲课的匠师叫什么名字，带了什么东西？"), Passages.hits(10, "快递小哥")));
    // the paper and its pictures are no topic either
    assertFalse(AbsentTopic.absent(Question.read("大兴纪实配图里，带队慰问的牛玉俊站在照片什么位置？"),
        Passages.hits(10, "牛玉俊")));
  }
}
