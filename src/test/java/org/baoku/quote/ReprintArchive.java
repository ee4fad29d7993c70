package org.baoku.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import com.hankcs.hanlp.HanLP;
import org.baoku.index.IndexBuild;
import org.baoku.index.PassageSearcher;
import org.baoku.index.Progress;
import org.baoku.ingest.Article;
import org.baoku.ingest.ArticleKind;
import org.baoku.ingest.Chunker;
import org.baoku.ingest.Imprint;
import org.baoku.ingest.Passage;

/**
 * A small dated archive built once per test JVM: one report (four paragraphs of a real page of the
 * bundled corpus) printed first on 2020-03-05, reprinted on 2020-03-20 re-punctuated, in
 * traditional script and with two characters misread, and once more in a clipping of unknown date;
 * beside them unrelated articles, some on the same subject. Text only: the quotation path reads no
 * vectors.
 */
public final class ReprintArchive {

  public static final String HEADLINE = "市总工会下沉工作组助力科学战“疫”";
  static final List<String> PARAGRAPHS = List.of(
      "编制一个小程序，把好“入口关”。针对该村外来人口多、返京时段长的客观实际，编制《胡家堡村外来人口登记专属程序》，外来人口通过二维码注册，手机填写，即可完成姓名、性别、身份证号、体温、流出地、进村时间等多项信息采集，后台直接汇总统计实现了对外来人口的实时监测，有效避免了纸质登记的接触风险和二次电脑录入的重复劳动。",
      "制作一套趋势图，把好“研判关”。挂图作战，针对外来人口来源复杂的形势，制作《外来人口返京流量趋势图》《返京人员省份分布图》和《胡家堡村租户分布趋势图》，用大数据实时监控和研判分析返京外来人口情况，精准配备防疫力量，为胡家堡村科学防疫提供决策依据。",
      "绘制一张点位图，把好“布控关”。积极配合所在村党支部，结合“胡家堡村租户每日发证、隔离趋势图”，坚持化整为零、时时联动，绘制村党员防控点位图，科学安排调整78名党员防控分布，确保重点群体管控全覆盖，充分发挥党员先锋作用，科学布控、精准防控。");

  public static final Imprint FIRST = new Imprint("京工日报", LocalDate.of(2020, 3, 5), 2, "要闻");
  public static final Imprint REPRINT = new Imprint("城郊晚报", LocalDate.of(2020, 3, 20), 5, null);

  public static final String FIRST_PAGE = "2020-03-05-02.txt";
  public static final String REPRINT_PAGE = "2020-03-20-05.txt";
  public static final String CLIPPING_PAGE = "clipping.txt";

  private static PassageSearcher index;

  private ReprintArchive() {}

  /** The original article, as printed first. */
  static Article original() {
    return new Article(FIRST_PAGE, 1, ArticleKind.ARTICLE, List.of(HEADLINE), HEADLINE,
        "本报讯（记者 白莹）", PARAGRAPHS, FIRST);
  }

  /**
   * The reprint: 、 and ， become spaces, the book-title and quotation marks go, traditional script,
   * and two characters misread (填→慎 in 手机填写, 码→玛 in 二维码).
   */
  static List<String> reprintParagraphs() {
    List<String> out = new ArrayList<>();
    for (String p : PARAGRAPHS) {
      String t = p.replace("，", " ").replace("、", " ").replaceAll("[《》“”]", "")
          .replace("手机填写", "手机慎写").replace("二维码", "二维玛");
      out.add(HanLP.convertToTraditionalChinese(t));
    }
    return out;
  }

  public static synchronized PassageSearcher index() {
    if (index == null) {
      List<Article> articles = List.of(
          new Article("2020-03-04-01.txt", 1, ArticleKind.ARTICLE, List.of("郑默杰到市总下沉参与疫情防控村调研指导工作"),
              "郑默杰到市总下沉参与疫情防控村调研指导工作", "本报讯（记者 白莹）", List.of(
              "3月4日，市总工会党组书记、副主席郑默杰到市总工会下沉参与防控的通州区台湖镇口子村、胡家堡村，调研村疫情防控工作，并看望市总工会10名下沉一线参加村疫情防控工作的党员干部。",
              "郑默杰深入口子村和胡家堡村疫情防控点，详细了解当地疫情防控工作开展情况以及存在的困难问题，并看望慰问村两委干部，对他们一直坚守在疫情防控第一线表示诚挚的敬意。"),
              new Imprint("京工日报", LocalDate.of(2020, 3, 4), 1, null)),
          original(),
          new Article(FIRST_PAGE, 2, ArticleKind.ARTICLE, List.of("北京电控百余职工抗疫期间爱心献血"),
              "北京电控百余职工抗疫期间爱心献血", "", List.of(
              "3月4日一大早，北京电控系统100多名职工来到设在飞宇公司的集中采血点，为抗击新冠肺炎疫情爱心献血。"),
              FIRST),
          new Article(REPRINT_PAGE, 1, ArticleKind.ARTICLE, List.of("郊区村庄外来人口登记有新招"),
              "郊区村庄外来人口登记有新招", "", reprintParagraphs(), REPRINT),
          new Article(REPRINT_PAGE, 2, ArticleKind.ARTICLE, List.of("春季植树"), "春季植树", "", List.of(
              "植树节前后，各区组织职工义务植树，共栽下各类树木两万余株，为首都增添一片新绿。"), REPRINT),
          new Article(CLIPPING_PAGE, 1, ArticleKind.ARTICLE, List.of(), "", "", List.of(PARAGRAPHS.get(0)),
              Imprint.NONE));
      List<Passage> passages = new ArrayList<>();
      articles.forEach(a -> passages.addAll(Chunker.chunk(a)));
      try {
        Path dir = Files.createTempDirectory("baoku-quote-test");
        IndexBuild.buildTextOnly(passages, dir, Progress.none());
        index = PassageSearcher.open(dir);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return index;
  }
}
