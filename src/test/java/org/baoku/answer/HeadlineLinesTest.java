package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.baoku.retrieve.Hit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A report's title lines besides its headline, asked of the bundled pages. */
class HeadlineLinesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      “工”同战疫 “会”聚力量那篇，破折号后面的副题原文是什么？        | 助力疫情防控纪实         | ——大兴区工会工作者助力疫情防控纪实
      朝阳区总工会机关干部支援疫情防控那篇，标题下面那行字是什么？   | 闻“令”而动支援疫情防控工作 | “能为防控尽份力,再苦再累也值得”
      大兴区总工会保障一线人员那篇报道，另一行标题怎么写的？         | 全力保障疫情防控一线人员   | 党员干部下沉防疫一线 及时拨付专项资金
      北辰集团义务理发那篇的副标题是什么？                           | 义务理发小分队上门送服务   | ''
      北辰集团工会给多少名职工理了发？                               | 义务理发小分队上门送服务   | -
      副标题为“党员干部下沉防疫一线”的那篇报道写了哪个区？           | 全力保障疫情防控一线人员   | -
      """)
  void theLinesBesidesTheHeadlineAnswer(String question, String phrase, String lines) {
    List<Hit> hits = Passages.hits(3, phrase);
    Optional<List<Scored>> asked = HeadlineLines.asked(Question.read(question), hits, Passages::article);
    assertEquals(lines != null, asked.isPresent(), question);
    if (lines != null) {
      assertEquals(lines, asked.get().stream().map(s -> s.span().text().strip()).collect(Collectors.joining("|")));
    }
  }
}
