package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report's byline and photo credit answer who wrote or photographed it, on the bundled pages. */
class CreditsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      建工集团应急救护培训那篇稿子，署名的通讯员叫什么？   | 应急救护培训   | 陈力宁
      顺义各级工会下沉防疫的那篇报道，记者是谁？           | 顺义区总工会4名工会干部 | 王路曼
      公交保修读书会那篇报道附的照片，是谁拍的？           | 诵读红色经典   | 李小雷
      李桥镇总工会下村支援的那4名工会工作者分别叫什么名字？ | 李桥镇         | -
      读书会上诵读的《正道沧桑》，作者是谁？               | 诵读红色经典   | -
      这篇抗疫日记是谁写的？                               | 抗疫日记       | 石岳
      写抗疫日记那个下沉社区的服务工会主席叫啥名字？       | 华苇景苑社区   | 石岳
      钟华说的是谁写的决心书？                             | 钟华           | -
      石岳在日记里写到的那位居民是谁？                     | 抗疫日记       | -
      公交保修职工读书会那篇是哪位记者写的？               | 诵读红色经典   | -
      东城工会慰问医疗保障组那篇图文报道，摄影是谁？       | 医疗保障组     | 边磊
      """)
  void aBylineOrCreditAnswersWhoWroteOrPhotographed(String question, String phrase, String name) {
    List<Hit> hits = Passages.hits(5, phrase);
    Optional<Scored> line = Credits.line(Question.read(question), hits, Passages::article);
    assertEquals(name != null, line.isPresent(), question);
    if (name != null) {
      assertTrue(line.get().span().text().contains(name), line.get().span().text());
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      记者从顺义区总工会获悉，全区各级工会干部纷纷响应。 | false
      本报讯（记者 唐诗 通讯员 王彬）                    | true
      """)
  void aSentenceThatMentionsAReporterIsNoByline(String line, boolean byline) {
    assertEquals(byline, Credits.credits(line, false, "记者"), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      北京市服务工会主席 石岳                            | true
      5月7日,我作为市总工会机关系统下沉社区人员。        | false
      一、 筑牢防线                                      | false
      责任编辑 李四                                      | false
      """)
  void aSignatureClosingAPieceCreditsItsWriter(String line, boolean signature) {
    assertEquals(signature, Credits.credits(line, false, null), line);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      建工集团培训那篇的现场照片是谁拍的？   | true
      那篇报道署名的通讯员是谁？             | true
      接受记者采访的职工是谁？               | false
      《大国追梦》的作者是谁？               | false
      照片上右五是谁？                       | false
      数珠丸被谁拍下后交到了本兴寺？         | false
      这部影片，凌云是和谁一起拍的？         | false
      那篇图文报道，摄影是谁？               | true
      通讯员马振涛报道中诵读的女职工是谁？   | false
      《胡家堡防疫村约十六条》是谁撰写的？   | false
      """)
  void aCreditAskedInWordsThatAskNothingElse(String question, boolean named) {
    assertEquals(named, Credits.namedCreditAsked(Question.read(question)), question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      署名记者马超的稿子有哪几篇？               | 马超 | 3 | 马超
      孙艳采写的大兴区工会报道有哪些？           | 孙艳 | 2 | 孙艳
      边磊以摄影报道署名的图片新闻是哪几条？     | 边磊 | 2 | 摄影报道
      记者崔欣在这几版里写了哪两篇稿子？         | 崔欣 | 2 | 崔欣
      记者马超写过哪几条关于平谷区工会的消息？   | 马超 | 3 | 马超
      马超在报道里写到的平谷区派了多少名社工？   | 马超 | 0 | -
      记者白莹报道中郑默杰强调了哪几条要求？     | 白莹 | 0 | -
      白莹那篇报道写了什么？                     | 白莹 | 0 | -
      """)
  void aWritersReportsAreTheRetrievedReportsTheirBylinesCredit(String question, String name, int reports, String each) {
    List<Scored> lines = Credits.reports(Question.read(question), Passages.hits(40, name), Passages::article);
    assertEquals(reports, lines.size(), question);
    lines.forEach(s -> assertTrue(s.span().text().contains(each), s.span().text()));
  }
}
