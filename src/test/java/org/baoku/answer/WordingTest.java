package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Spoken and literary wordings in the plain forms the reading rules know, and what stays as typed. */
class WordingTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      讲座的题目叫啥？                 | 讲座的题目叫什么？
      项目部咋想起让工人种菜           | 项目部怎么想起让工人种菜
      活动多会儿办的                   | 活动什么时候办的
      怀柔那保温水壶多少钱             | 怀柔的保温水壶多少钱
      城建那工地开了几块菜地           | 城建的工地开了几块菜地
      那管了几个社区                   | 管了几个社区
      她去过以后，那管了几个社区       | 她去过以后，管了几个社区
      几张图，名称各为何？             | 几张图，名称各是什么？
      那几个工会送了多少慰问品？       | 那几个工会送了多少慰问品？
      那次培训请的谁？                 | 那次培训请的谁？
      那各镇街的工会筹了多少钱？       | 那各镇街的工会筹了多少钱？
      那么朝阳区呢？                   | 那么朝阳区呢？
      她去那干什么了？                 | 她去那干什么了？
      工会的那位干部是谁？             | 工会的那位干部是谁？
      为何要组织职工种菜？             | 为何要组织职工种菜？
      两位理发师傅 嗯叫什么名字啊      | 两位理发师傅 叫什么名字啊
      嗯，她那天值守了多长时间         | 她那天值守了多长时间
      听众朋友想知道，宣传片时长是多少？ | 宣传片时长是多少？
      有位建筑工地的老师傅问，为什么搞培训？ | 为什么搞培训？
      有位听众听了日记，想问问，过去了几天？ | 有位听众听了日记，过去了几天？
      老师傅问的问题是什么？           | 老师傅问的问题是什么？
      他一个钟头能测多少人？           | 他一个小时能测多少人？
      献血那天是礼拜几？               | 献血那天是星期几？
      一共献了多少ml的血？             | 一共献了多少毫升的血？
      菜地离工地几 km？                | 菜地离工地几公里？
      他们有多少staff？                | 他们有多少staff？
      我是医学院的学生，想知道东城区有多少人？ | 东城区有多少人？
      作为基层工会干部我想了解一下：处级领导有几名？ | 处级领导有几名？
      我是个退休老党员，看报上说他们搞了共建 | 看报上说他们搞了共建
      我是不是能领补贴，找哪个部门？   | 我是不是能领补贴，找哪个部门？
      作为军转干部，施剑用什么标准要求自己？ | 作为军转干部，施剑用什么标准要求自己？
      我是社区工作者，我们社区派了几名干部？ | 我们社区派了几名干部？
      作为东城区居民，我们能去哪里打疫苗？ | 作为东城区居民，我们能去哪里打疫苗？
      我是说，这次一共派了多少人？     | 我是说，这次一共派了多少人？
      """)
  void writesSpokenFormsPlainly(String asked, String plain) {
    assertEquals(plain, Wording.plain(asked));
  }
}
