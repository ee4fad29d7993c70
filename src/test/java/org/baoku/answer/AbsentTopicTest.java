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
    // nor the paper's wording
    assertFalse(AbsentTopic.absent(Question.read("何少花给快递小哥宣讲时用的题目，书名号里原文是怎么写的？"),
        Passages.hits(10, "快递小哥", "何少花")));
    // nor the words of working a figure out
    assertFalse(AbsentTopic.absent(Question.read("王敏买的保温水壶：总价÷数量，单价多少元？"), Passages.hits(10, "保温水壶")));
    // nor the grown-ups a child names the workers by
    assertFalse(AbsentTopic.absent(Question.read("顺义商业集团工会派的叔叔阿姨去哪个街道站卡口了？"),
        Passages.hits(10, "顺义商业集团")));
  }

  @Test
  void anEnglishQuestionNamingAPlaceNoPassageWritesIsAboutAnother() {
    List<Hit> hits = Passages.hits(10, "门头沟", "清水镇");
    // 永定镇 is in no page: the Mentougou grant was to 大峪, 东辛房 and 清水镇
    assertTrue(AbsentTopic.absentName(Question.read(
        "How much funding has the Mentougou District union allocated to Yongding Town?"), hits));
    assertFalse(AbsentTopic.absentName(Question.read(
        "How much funding has the Mentougou District union allocated to Qingshui Town?"), hits));
    // spelled by ear: 胡家堡 (the converter's hujiabao) and 临空 (linkong)
    assertFalse(AbsentTopic.absentName(Question.read("How do outside residents register in Hujiapu village?"),
        Passages.hits(10, "胡家堡")));
    assertFalse(AbsentTopic.absentName(Question.read("How many staff of the Lingkong District union took part?"),
        Passages.hits(10, "临空区")));
    // a lone syllable, a date or an English word is no name
    assertFalse(AbsentTopic.absentName(Question.read("When did Mr. Shi start work at the Science Park?"), hits));
  }

  @Test
  void anEnglishQuestionNamingAnEventOrBodyNoPassageWritesIsAboutAnother() {
    List<Hit> hits = Passages.hits(10, "志愿", "红十字会");
    // 冬奥会 and 共青团 are in no page; 红十字会 is
    assertTrue(AbsentTopic.absentName(Question.read(
        "What did Beijing's trade unions do to look after volunteers at the Winter Olympics?"), hits));
    assertTrue(AbsentTopic.absentName(Question.read(
        "How many Communist Youth League members served in the Pinggu volunteer teams?"), hits));
    assertFalse(AbsentTopic.absentName(Question.read("Which lecturers did the Red Cross send?"), hits));
    // the dictionary's form longer than the page's: 心肺复苏术 for 心肺复苏
    assertFalse(AbsentTopic.absentName(Question.read(
        "How many Cardiopulmonary Resuscitation trainings did the group hold?"), Passages.hits(10, "心肺复苏")));
    // lower case, the words are no name; a holiday may be written as its date (五一)
    assertFalse(AbsentTopic.absentName(Question.read(
        "What did the unions do for volunteers at the winter olympics?"), hits));
    assertFalse(AbsentTopic.absentName(Question.read("Which May Day medal winner made the video?"), hits));
  }

  @Test
  void aTimeOfAnEventNoRetrievedPassageNamesIsAnotherTime() {
    List<Hit> hits = Passages.hits(10, "市总工会", "职工", "志愿");
    assertTrue(AbsentTopic.absent(Question.read("北京冬奥会期间，市总工会组织了哪些职工志愿服务？"), hits));
    assertFalse(AbsentTopic.absent(Question.read("疫情期间，市总工会组织了哪些职工志愿服务？"), hits));
    assertFalse(AbsentTopic.absent(Question.read("端午节前夕，大兴区各级工会给一线人员送了什么？"), Passages.hits(10, "端午节")));
  }

  @Test
  void aTitleNoRetrievedPassageNamesIsAbsent() {
    List<Hit> hits = Passages.hits(10, "读书会", "大国追梦");
    assertTrue(AbsentTopic.absent(Question.read("读书会上《平凡的世界》是谁读的？"), hits));
    assertFalse(AbsentTopic.absent(Question.read("读书会上《大国追梦》是谁读的？"), hits));
    // a title shortened by the reader is still the one reported
    assertFalse(AbsentTopic.absent(Question.read("《抗疫日记》的作者每天几点到岗？"), Passages.hits(10, "我的抗疫日记", "到岗")));
  }
}
