package org.baoku.ingest;

import static org.baoku.ingest.BundledCorpus.P000;
import static org.baoku.ingest.BundledCorpus.P001;
import static org.baoku.ingest.BundledCorpus.P002;
import static org.baoku.ingest.BundledCorpus.P003;
import static org.baoku.ingest.BundledCorpus.P004;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Segmentation of the real pages, checked the way a reader of the paper would check it. */
class SegmentationTest {

  @ParameterizedTest(name = "page {0} has {1} articles")
  @CsvSource({
    BundledCorpus.P000 + ", 5",
    BundledCorpus.P001 + ", 6",
    BundledCorpus.P002 + ", 7",
    BundledCorpus.P003 + ", 7",
    BundledCorpus.P004 + ", 1"
  })
  void eachPageHasTheArticlesAReaderCounts(String page, int articles) {
    assertEquals(articles, BundledCorpus.of(page, ArticleKind.ARTICLE).size());
  }

  @Test
  void everyArticleHasAHeadlineAndAByline() {
    for (Article a : BundledCorpus.REPORT.articles()) {
      if (a.kind() == ArticleKind.ARTICLE) {
        assertFalse(a.headline().isEmpty(), a.page() + "#" + a.ordinal());
        assertTrue(a.titles().contains(a.headline()), a.page() + "#" + a.ordinal());
        assertFalse(a.byline().isEmpty(), a.page() + "#" + a.ordinal());
      }
    }
  }

  /**
   * Each news headline shares more of its distinctive words with its own body than with the
   * bodies before and after it, the two it could have been attached to. (A column name such as
   * {@code 我的抗疫日记} names no fact, so only dispatches count.)
   */
  @Test
  void everyHeadlineSitsOverItsOwnBody() {
    for (String page : List.of(P000, P001, P002, P003, P004)) {
      List<Article> articles = BundledCorpus.of(page, ArticleKind.ARTICLE);
      Vocabulary words = new Vocabulary(
          articles.stream().flatMap(a -> a.paragraphs().stream()).toList());
      for (int i = 0; i < articles.size(); i++) {
        Article a = articles.get(i);
        if (!a.byline().contains("本报")) {
          continue;
        }
        double own = words.affinity(a.headline(), a.body());
        for (int j = Math.max(0, i - 1); j <= Math.min(articles.size() - 1, i + 1); j++) {
          if (j != i) {
            assertTrue(own > words.affinity(a.headline(), articles.get(j).body()),
                a.headline() + " is closer to " + articles.get(j).headline());
          }
        }
      }
    }
  }

  @Test
  void headlinesPrintedAfterTheirBodiesAreAttachedToThem() {
    Article shunyi = BundledCorpus.headed(P000, "顺义各级工会纷纷行动 筑牢防疫“坚强堡垒”");
    assertEquals("本报讯（记者 王路曼）", shunyi.byline());
    assertTrue(shunyi.body().startsWith("近日，顺义区总工会4名工会干部下沉一线"));
    assertTrue(shunyi.body().endsWith("以实际行动筑起疫情防控的“坚强堡垒”。"));

    Article daxing = BundledCorpus.headed(P000, "大兴区总工会全力保障疫情防控一线人员");
    assertEquals(List.of("大兴区总工会全力保障疫情防控一线人员", "党员干部下沉防疫一线 及时拨付专项资金"),
        daxing.titles());
    assertTrue(daxing.body().startsWith("当前，大兴区防疫工作正处于疫情处置关键时期"));
    assertTrue(daxing.body().endsWith("团结力量打赢疫情防控攻坚战。"));

    Article pinggu = BundledCorpus.headed(P000, "滨河街道社区联合工会举办职工沟通会");
    assertTrue(pinggu.body().startsWith("近日，平谷区滨河街道平粮社区联合工会"));
  }

  @Test
  void headlinesPrintedBeforeTheirBodiesOnTheSamePageAreAttachedToThem() {
    Article training = BundledCorpus.headed(P000, "建工集团工会今年开展10场应急救护培训");
    assertEquals("本报讯（通讯员 陈力宁）", training.byline());
    assertTrue(training.body().startsWith("为了增强职工的安全意识"));
    assertTrue(training.body().contains("自动体外除颤仪（AED）的使用知识"));

    Article school = BundledCorpus.headed(P000, "市总工会职工大学“云授课”为新就业形态劳动者送“精神食粮”");
    assertTrue(school.body().startsWith("近日，北京市总工会职工大学"));
    assertTrue(school.body().endsWith("以实际行动贯彻落实党的二十大精神。"));
  }

  @Test
  void aTitleLineAfterATitledBodyIsItsPhotoCaption() {
    List<Article> captions = BundledCorpus.of(P000, ArticleKind.CAPTION);
    assertEquals(List.of("快递小哥线上聆听劳模成长故事"), captions.get(0).paragraphs());
    Article school = BundledCorpus.headed(P000, "市总工会职工大学“云授课”为新就业形态劳动者送“精神食粮”");
    assertEquals(school.ordinal() + 1, captions.get(0).ordinal());
  }

  @Test
  void aBannerGluedToAHeadlineIsSetApart() {
    List<Article> banners = BundledCorpus.of(P000, ArticleKind.BANNER);
    assertEquals(1, banners.size());
    assertEquals("众志成城 同心战疫", banners.get(0).body());
    assertEquals(List.of("同心抗疫 工会在行动"),
        BundledCorpus.of(P001, ArticleKind.BANNER).get(0).paragraphs());
  }

  @Test
  void kickerAndSubtitleStayWithTheHeadline() {
    Article chaoyang = BundledCorpus.headed(P001, "朝阳区总工会机关干部闻“令”而动支援疫情防控工作");
    assertEquals(List.of("朝阳区总工会机关干部闻“令”而动支援疫情防控工作", "“能为防控尽份力,再苦再累也值得”"),
        chaoyang.titles());
    assertEquals("□本报记者 刘欣欣", chaoyang.byline());

    Article village = BundledCorpus.headed(P003, "市总工会下沉工作组助力科学战“疫”");
    assertEquals(List.of("创新“四个一” 把好“四道关”", "市总工会下沉工作组助力科学战“疫”",
        "郑默杰到市总下沉参与疫情防控村调研指导工作"), village.titles());

    Article women = BundledCorpus.headed(P002, "疫情期间加强孕期哺乳期女职工特别保护");
    assertEquals("北京市总工会女职工委员会发出建议", women.titles().get(0));
    assertEquals("本报讯", women.byline());
  }

  @Test
  void theAdIsAnAdWithItsPhoneNumber() {
    List<Article> ads = BundledCorpus.of(P001, ArticleKind.AD);
    assertEquals(1, ads.size());
    assertTrue(ads.get(0).paragraphs().contains("燕京啤酒"));
    assertTrue(ads.get(0).body().contains("登报咨询电话:63522410"));
    assertEquals(1, BundledCorpus.REPORT.articles().stream()
        .filter(a -> a.kind() == ArticleKind.AD).count());
  }

  @Test
  void theDiaryIsSignedByItsAuthor() {
    Article diary = BundledCorpus.headed(P001, "我的抗疫日记");
    assertEquals("北京市服务工会主席 石岳", diary.byline());
    assertEquals("5月14日", diary.paragraphs().get(0));
    assertTrue(diary.body().contains("做好说明疏解,争取大家理解支持。"));
  }

  @Test
  void aPhotoCreditClosesItsArticle() {
    Article reading = BundledCorpus.headed(P001, "北京公交保修职工读书会上分享红色经典");
    assertEquals("本报讯 (通讯员 马振涛) 通讯员 李小雷 摄", reading.byline());
    Article photo = BundledCorpus.headed(P003, "公交职工宣传防疫");
    assertEquals("本报记者 边磊 摄影报道", photo.byline());
    assertTrue(photo.body().startsWith("面对疫情，北京公交客六分公司"));
    Article postal = BundledCorpus.headed(P003,
        "确保投递员吃上放心午餐 开设健康“微课堂” 邮政工会为一线职工打造温馨小“家”");
    assertFalse(postal.body().contains("公交"));
  }

  @Test
  void textContinuedFromAnotherPageIsAFragment() {
    List<Article> fragments = BundledCorpus.of(P002, ArticleKind.FRAGMENT);
    assertEquals(1, fragments.size());
    assertTrue(fragments.get(0).body().startsWith("生健康和民生保障相关职工的关心关怀。"));
    assertTrue(fragments.get(0).body().contains("四是工会源头参与"));
    Article huairou = BundledCorpus.headed(P002, "怀柔工会疫情防控员收到爱心礼");
    assertTrue(huairou.body().endsWith("让党员志愿者暖心、暖胃、暖开怀。"));
    assertEquals(1, BundledCorpus.REPORT.articles().stream()
        .filter(a -> a.kind() == ArticleKind.FRAGMENT).count());
  }

  @Test
  void aFeatureIsNotSplitAtItsSubheads() {
    List<Article> articles = BundledCorpus.of(P004, ArticleKind.ARTICLE);
    assertEquals(1, articles.size());
    Article feature = articles.get(0);
    assertEquals("“工”同战疫 “会”聚力量", feature.headline());
    assertEquals(List.of("“工”同战疫 “会”聚力量", "——大兴区工会工作者助力疫情防控纪实"), feature.titles());
    assertEquals("□本报记者 孙艳", feature.byline());
    assertTrue(feature.paragraphs().contains("工会党员干部下沉一线 全程、全时、全力奋战“疫”线"));
    assertTrue(feature.paragraphs().contains("工会织密“关爱网” 为防控一线职工鼓劲送清凉"));
    assertTrue(feature.body().endsWith("夺取抗疫最终胜利。"));
  }

  @Test
  void photoCaptionsDroppedIntoASentenceAreLiftedOut() {
    Article feature = BundledCorpus.of(P004, ArticleKind.ARTICLE).get(0);
    assertTrue(feature.body().contains(
        "5月25日，区总工会党组书记、常务副主席牛玉俊，党组成员、副主席张昊先后到大兴公安分局"));
    List<Article> captions = BundledCorpus.of(P004, ArticleKind.CAPTION);
    assertEquals(1, captions.size());
    assertEquals(4, captions.get(0).paragraphs().size());
    assertEquals("大兴区总工会党组书记、常务副主席牛玉俊（右五）带队慰问抗疫职工",
        captions.get(0).paragraphs().get(0));
  }

  @Test
  void ordinalsCountFromOneInPageOrder() {
    for (String page : List.of(P000, P001, P002, P003, P004)) {
      List<Article> articles = BundledCorpus.page(page);
      for (int i = 0; i < articles.size(); i++) {
        assertEquals(i + 1, articles.get(i).ordinal());
      }
    }
  }

  @Test
  void noBodyStartsWithABylineOrCarriesMarkup() {
    for (Article a : BundledCorpus.REPORT.articles()) {
      assertFalse(a.body().startsWith("本报讯"), a.page() + "#" + a.ordinal());
      assertFalse(a.body().contains("本报记者"), a.page() + "#" + a.ordinal());
    }
  }
}
