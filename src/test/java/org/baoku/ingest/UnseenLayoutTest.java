package org.baoku.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Layouts the bundled pages do not show, built from the same signals. */
class UnseenLayoutTest {

  private static List<Article> articles(String text) {
    return Segmenter.segment(new Page("x.txt", text));
  }

  @Test
  void titledStoriesWithoutBylinesAreSeparateArticles() {
    List<Article> articles = articles("""
        平谷区工会开展职工读书活动

        平谷区工会近日组织职工开展读书活动，二百余名职工踊跃参加。

        读书活动共持续三天，职工们分享了各自喜爱的书籍。

        电控集团百余职工爱心献血

        电控集团百余名职工来到采血点，为抗击疫情爱心献血。
        """);
    assertEquals(2, articles.size());
    assertEquals("平谷区工会开展职工读书活动", articles.get(0).headline());
    assertEquals("电控集团百余职工爱心献血", articles.get(1).headline());
    assertTrue(articles.get(1).body().startsWith("电控集团百余名职工来到采血点"));
  }

  @Test
  void subheadsThatEchoTheLeadStayInTheArticle() {
    List<Article> articles = articles("""
        社区防控 工会在行动

        □本报记者 张三

        工会干部下沉社区，职工志愿者坚守卡口，工会为一线职工送去慰问。

        工会干部下沉社区 助力防控

        区总工会二十名干部下沉社区，协助核酸检测。

        职工志愿者坚守卡口 守护平安

        三百名职工志愿者在卡口值守，登记出入人员。
        """);
    assertEquals(1, articles.size());
    assertEquals(5, articles.get(0).paragraphs().size());
  }

  @Test
  void textAboveTheFirstHeadlineIsAFragment() {
    List<Article> articles = articles("""
        这些措施得到了广大职工的欢迎。

        某区工会开展读书活动

        本报讯（记者 张三）近日，某区工会开展读书活动，职工踊跃参加。
        """);
    assertEquals(ArticleKind.FRAGMENT, articles.get(0).kind());
    assertEquals(ArticleKind.ARTICLE, articles.get(1).kind());
    assertEquals("某区工会开展读书活动", articles.get(1).headline());
    assertEquals("本报讯（记者 张三）", articles.get(1).byline());
  }

  @Test
  void aHeadlineAfterItsBodyOnAPageThatAlsoHasHeadlinesBefore() {
    List<Article> articles = articles("""
        本报讯（记者 张三）近日，顺义区总工会组织干部下沉社区，参与顺义疫情防控。

        顺义区总工会干部下沉社区

        北辰集团义务理发小分队上门送服务

        本报讯（记者 李四）北辰集团工会组建义务理发小分队，为职工上门理发。
        """);
    assertEquals(2, articles.size());
    assertEquals("顺义区总工会干部下沉社区", articles.get(0).headline());
    assertEquals("北辰集团义务理发小分队上门送服务", articles.get(1).headline());
  }

  @Test
  void datedDispatchesAreBylines() {
    List<Article> articles = articles("""
        北京电控职工爱心献血

        本报北京3月4日电（记者 唐诗）北京电控系统100多名职工来到采血点，为抗击疫情爱心献血。
        """);
    assertEquals(1, articles.size());
    assertEquals("本报北京3月4日电（记者 唐诗）", articles.get(0).byline());
    assertTrue(articles.get(0).body().startsWith("北京电控系统100多名职工"));
  }
}
