package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sums and differences from two cited figures: computed only of one measure and multiplier. */
class ArithmeticTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      甲乙两个项目的投入相差多少万元？     | 甲项目投入500万元。   | 乙项目投入139万元。   | 相差361万元（据[1][2]计算）
      两支服务队一共服务了多少人次？       | 第一支服务队服务85人次。 | 第二支服务队服务84人次。 | 合计169人次（据[1][2]计算）
      驰援服务队加上报到服务队累计多少人次？ | 驰援服务队服务85人次。 | 报到服务队服务84人次。 | 合计169人次（据[1][2]计算）
      两个街道的志愿者相差多少名？         | 东街道有32名志愿者。  | 西街道有12.5名志愿者。 | 相差19.5名（据[1][2]计算）
      甲项目的工期比乙项目长多少天？       | 甲项目工期30天。      | 乙项目工期12天。      | 相差18天（据[1][2]计算）
      东街道的志愿者比西街道多几名？       | 东街道有32名志愿者。  | 西街道有28名志愿者。  | 相差4名（据[1][2]计算）
      东街道和西街道每个卡口最多几名志愿者？ | 东街道有32名志愿者。 | 西街道有28名志愿者。  | -
      东城跟怀柔两个区都派了人，东城比怀柔多派了几个？ | 东城区总工会选派32名干部。 | 怀柔区总工会抽调28名党员干部。 | 相差4名（据[1][2]计算）
      第二批比首批的干部少几个人？         | 第二批12名干部下沉。  | 首批39名干部报到。    | 相差27名（据[1][2]计算）
      甲乙两个项目的投入相差多少万元？     | 甲项目投入5亿元。     | 乙项目投入139万元。   | -
      这次活动一共有多少名职工参加？       | 共有100名职工参加。   | 其中30名是党员。      | -
      甲乙两个项目的投入相差多少万元？     | 甲项目投入500万元。   | 乙项目尚未公布。      | -
      服务队和下沉干部，两拨人一共有多少？ | 由12人组成的服务队。  | 抽调44名下沉干部。    | 合计56人（据[1][2]计算）
      两支服务队一共有多少人？             | 东队有26名队员。      | 西队有32名队员。      | 合计58名（据[1][2]计算）
      两个项目一共有多少？                 | 甲项目投入12万元。    | 乙项目有44名职工。    | -
      服务队和志愿者一共有多少人？         | 服务队有26人。        | 志愿者累计到岗185人次。 | -
      服务队、下沉干部、社工三支队伍合计多少人？ | 抽调44名下沉干部。 | 基层50名社工下沉。  | -
      下沉干部和社工两支队伍合计多少人？   | 抽调44名下沉干部。    | 基层50名社工下沉。    | 合计94名（据[1][2]计算）
      西坝镇送的物资比东坝镇送的多了多少件？ | 西坝镇总工会送去1200余件防暑物资。 | 东坝镇总工会将800件饮料送到一线。 | 相差400余件（据[1][2]计算）
      西坝镇送的物资比东坝镇送的少了多少件？ | 西坝镇总工会送去1200件防暑物资。 | 东坝镇总工会将800余件饮料送到一线。 | -
      西坝镇送的物资比东坝镇送的多了多少件？ | 西坝镇总工会送去1200余件防暑物资。 | 东坝镇总工会将800余件饮料送到一线。 | -
      西坝镇送的物资比东坝镇送的多多少？     | 西坝镇总工会送去1200余件防暑物资。 | 东坝镇总工会将800件饮料送到一线。 | -
      """)
  void computesOnlyWhatTheCitedFiguresAllow(String question, String first, String second, String expected) {
    Optional<String> got = Arithmetic.of(Question.read(question),
        List.of(new CitedSentence(first, 1), new CitedSentence(second, 2)));
    assertEquals(Optional.ofNullable(expected), got, question);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      东坝镇和西坝镇工会送出的慰问品，哪个镇的更多？ | 东坝镇总工会将800件饮料送到一线。 | 西坝镇总工会为20个村送去1200余件防暑物资。 | 西坝镇更多（1200余件[2]，东坝镇800件[1]）
      东坝镇和西坝镇工会送出的慰问品，哪个镇的更少？ | 东坝镇总工会将800件饮料送到一线。 | 西坝镇总工会为20个村送去1200余件防暑物资。 | 东坝镇更少（800件[1]，西坝镇1200余件[2]）
      东坝镇和西坝镇工会送出的慰问品，哪个镇的更多？ | 东坝镇总工会将800件饮料送到一线。 | 西坝镇总工会为20个村送去慰问品。          | -
      东坝镇和西坝镇工会送出的慰问品，哪个镇的更多？ | 东坝镇总工会将800件饮料送到一线。 | 西坝镇总工会送去800件防暑物资。          | 一样多（东坝镇800件[1]，西坝镇800件[2]）
      东坝镇和西坝镇派的干部，哪边人数更多？ | 东坝镇总工会为17个街道选派32名干部。 | 西坝镇总工会选派40名干部下沉12个社区。 | 西坝镇更多（40名[2]，东坝镇32名[1]）
      市总工会捐赠的口罩和酒精棉片哪一样更多？ | 看望市总工会10名党员干部，向两个村分别捐赠4000个口罩、10000片酒精棉片。 | 市总工会10名机关党员干部一直坚守在第一线。 | -
      """)
  void aComparisonSaysWhichPartHasTheLargerFigureOfOneMeasure(String question, String first, String second,
      String expected) {
    Question q = Question.read(question);
    List<CitedSentence> cited = List.of(new CitedSentence(first, 1), new CitedSentence(second, 2));
    assertEquals(Optional.ofNullable(expected), Arithmetic.of(q, cited), question);
  }

  @ParameterizedTest(name = "{0} / {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      那批水壶平均一个多少钱？         | 这30个保温水壶是他个人出资3000元购买的。                     | 平均每个100元（据[1]计算：3000元÷30个）
      下沉干部平均每人收到多少元慰问品？ | 为17个街道各拨付慰问金5万元，为177名机关干部送去慰问品27万元。 | 平均每人约1525.42元（据[1]计算：27万元÷177名）
      那批水壶平均一个多少钱？         | 这批保温水壶平均每个100元，共30个。                        | -
      那批水壶算下来一个多少钱？       | 这30个保温水壶是他个人出资3000元购买的。                     | 平均每个100元（据[1]计算：3000元÷30个）
      那批水壶一个壶合多少钱？         | 这30个保温水壶是他个人出资3000元购买的。                     | 平均每个100元（据[1]计算：3000元÷30个）
      那批水壶单价多少元？             | 这30个保温水壶是他个人出资3000元购买的。                     | 平均每个100元（据[1]计算：3000元÷30个）
      那批呼吸机单价多少元？           | 工会购买了单价15万元的呼吸机30台。                          | -
      那批水壶每个多少钱？             | 这批保温水壶每个100元，共30个。                            | -
      每个街道的慰问金算下来总共多少钱？ | 为全区17个街道各拨付慰问金5万元。                          | 合计85万元（据[1]计算：17×5万元）
      给17个街道每个拨的慰问金，加上给干部的慰问品，总共算下来是多少万元？ | 为全区17个街道各拨付慰问金5万元，为全区下沉社区的177名机关干部送去慰问品27万元。 | 合计112万元（据[1]计算：17×5万元+27万元）
      给那俩村一共捐了多少口罩？       | 向两个村分别捐赠4000个口罩。                               | 合计8000个（据[1]计算：2×4000个）
      镇里发给各村的补贴总共多少？     | 镇工会为辖区12个村各发放补贴3万元。                         | 合计36万元（据[1]计算：12×3万元）
      给村里的补贴总共多少？           | 镇工会为辖区12个村各发放补贴3万元，另拨付5万元。              | 合计36万元（据[1]计算：12×3万元）
      给东村的补贴总共多少？           | 镇工会为辖区12个村各发放补贴3万元。                         | -
      区里给全区街道的慰问金总共多少？ | 区工会为全区8个街道各拨付慰问金2万元。                       | 合计16万元（据[1]计算：8×2万元）
      区工会：8个街道慰问金合计 + 下沉干部慰问品，总金额？ | 区工会为全区8个街道各拨付慰问金2万元，为下沉干部送去慰问品6万元。 | 合计22万元（据[1]计算：8×2万元+6万元）
      镇里发给各村的补贴是多少？       | 镇工会为辖区12个村各发放补贴3万元。                         | -
      水壶一共3000元，算下来一个多少钱？ | 这30个保温水壶是他个人出资3000元购买的。                     | 平均每个100元（据[1]计算：3000元÷30个）
      慰问金平均每个街道多少元？       | 为全区17个街道各拨付慰问金5万元。                          | -
      平均每家单位理发多少名？         | 师傅们为12家单位的240名职工上门理发。                       | 平均每家20名（据[1]计算：240名÷12家）
      师傅们平均每天理发多少名？       | 师傅们为12家单位的240名职工上门理发。                       | -
      平均每个单位拿到多少钱？         | 为21个镇街和产业基地拨付疫情防控专项资金。                   | -
      How much did each flask cost?    | 这30个保温水壶是他个人出资3000元购买的。                     | 平均每个100元（据[1]计算：3000元÷30个）
      How much did the union give each subdistrict? | 为全区17个街道各拨付慰问金5万元，为177名机关干部送去慰问品27万元。 | -
      """)
  void anAverageIsATotalOverTheCountInItsClauseUnlessAReportGivesIt(String question, String sentence,
      String expected) {
    assertEquals(Optional.ofNullable(expected),
        Arithmetic.of(Question.read(question), List.of(new CitedSentence(sentence, 1))), question);
  }

  @Test
  void aboutSoManyAddsUpToAboutSoManyWhenTwoPartsAreJoinedBy加() {
    Question q = Question.read("公司工会要做宣传的养护员工加保洁工人一共多少人？");
    String sentence = "分别向1000余名养护员工和800余名保洁协作单位工人做好宣传工作。";
    assertEquals(Optional.of("合计1800余名（据[1]计算）"), Arithmetic.of(q, List.of(new CitedSentence(sentence, 1))));
    // a plus sign between the parts, as a note writes them, asks their sum without a word for it
    Question plus = Question.read("公司工会要做宣传的养护员工 + 保洁工人，合记多少？");
    assertEquals(Optional.of("合计1800余名（据[1]计算）"), Arithmetic.of(plus, List.of(new CitedSentence(sentence, 1))));
    // a plus sign inside a name joins no parts
    assertTrue(ArithmeticQuestion.asked(Question.read("“互联网+政务”平台办了多少件？")).isEmpty());
    // 参加 joins nothing; how many the parts are is none of them
    assertEquals(List.of("服务队", "下沉干部", "专职社工"), ArithmeticQuestion.parts(Question.read("服务队、下沉干部和专职社工，三拨人合计多少人？")));
    // how many the parts are (三个镇) ends the last part, in a sum as in a comparison
    assertEquals(List.of("庞各庄镇", "旧宫镇", "青云店镇"),
        ArithmeticQuestion.parts(Question.read("庞各庄镇、旧宫镇、青云店镇三个镇总工会送出的慰问品加起来有多少件？")));
    assertEquals(List.of("这次活动", "三个街道的志愿者参加的"), ArithmeticQuestion.parts(Question.read("这次活动和三个街道的志愿者参加的一共多少人？")));
    // 两者 says how many the parts are; a time before the first part sets the question
    assertEquals(List.of("养护员工", "保洁协作单位工人"), ArithmeticQuestion.parts(Question.read("养护员工和保洁协作单位工人，两者合计多少？")));
    assertEquals(List.of("庞各庄镇", "旧宫镇", "青云店镇"),
        ArithmeticQuestion.parts(Question.read("端午前后庞各庄镇、旧宫镇、青云店镇三个镇总工会送出的慰问品加起来有多少件？")));
    assertEquals(List.of("朝阳区总工会前后两批干部", "东城区总工会的干部"),
        ArithmeticQuestion.parts(Question.read("朝阳区总工会前后两批干部和东城区总工会的干部一共多少人？")));
  }

  @Test
  void whatEachPartDidIsNoPartOfTheLast() {
    Question q = Question.read("顺义商业集团工会和东城区总工会各选派干部（职工）下沉支援社区，两家加起来一共派了多少名？");
    assertEquals(List.of("顺义商业集团工会", "东城区总工会"), ArithmeticQuestion.parts(q));
    assertEquals(Optional.of("合计64名（据[1][2]计算）"), Arithmetic.of(q, List.of(
        new CitedSentence("顺义商业集团工会选派32名干部职工下沉支援双丰街道12个社区卡口值守工作。", 1),
        new CitedSentence("东城区总工会选派32名干部到社区一线参与支援疫情防控工作。", 2))));
    // a setting with 各 before the parts stays out, as without it
    assertEquals(List.of("旧宫镇总工会", "青云店镇总工会送出的慰问品件数"), ArithmeticQuestion.parts(
        Question.read("大兴区各镇工会慰问一线人员时，旧宫镇总工会和青云店镇总工会送出的慰问品件数，哪个镇更多？")));
  }

  @Test
  void clausesThatEachNameASumOfMoneyAreThePartsWhole() {
    // 街道和镇, 各镇街、园区: what a clause lists is no part of its own; the 几 of 几个街道 is no count asked
    Question q = Question.read("门头沟区总工会给几个街道和镇拨的防控专项资金，再加上各镇街、园区工会自己筹的钱，一共是多少呀？");
    assertEquals(List.of("门头沟区总工会给几个街道和镇拨的防控专项资金", "各镇街园区工会自己筹的钱"), ArithmeticQuestion.parts(q));
    assertEquals("元", q.count().measure());
    assertEquals(Optional.of("合计42万元（据[1]计算）"), Arithmetic.of(q, List.of(new CitedSentence(
        "目前已经向大峪街道、东辛房街道、清水镇拨付防控专项资金30万元，全部用于慰问社区(村)一线的疫情防控工作人员；"
            + "各镇街、园区总工会已筹集资金12万元，支持基层党组织购买疫情防控有关物资。", 1))));
    // one clause of money and one of people: parts as the joining words cut them
    assertEquals(List.of("区总工会拨的专项资金", "各镇街派的干部"),
        ArithmeticQuestion.parts(Question.read("区总工会拨的专项资金，和各镇街派的干部，一共多少？")));
  }

  /**
   * A part named by its deed in the reader's words ({@code 西坝区工会拨的钱}) finds the sentence that
   * names its body and its verb ({@code 西坝区总工会…拨付防控专项资金30万元}), though most of its
   * character pairs (拨的, 的钱) are in none; spoken words for the total (合一块, 统共) ask a sum.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      西坝区工会拨的钱加上镇街筹的 一共多少
      西坝区工会拨的钱跟镇街园区凑的钱 合一块是多少
      西坝：区总工会拨付专项资金 + 各镇街、园区总工会筹集资金，合计？
      西坝区工会拨的钱和镇街园区凑的钱 统共多少
      """)
  void aPartNamedByItsDeedInOwnWordsFindsItsFigure(String question) {
    List<CitedSentence> cited = List.of(
        new CitedSentence("据西坝区总工会相关负责人介绍,区总工会目前已经向东街道、西街道、北镇拨付防控专项资金30万元,全部用于慰问一线人员;", 1),
        new CitedSentence("各镇街、园区总工会已筹集资金12万元,支持基层党组织购买疫情防控有关物资。", 2));
    assertEquals(Optional.of("合计42万元（据[1][2]计算）"), Arithmetic.of(Question.read(question), cited), question);
  }

  /**
   * Matched word by word, a part finds its figure past another cited first, which the first two
   * figures cited would have added; not in a sentence naming another kind of body (区委, a party
   * committee, for 区工会).
   */
  @Test
  void aPartMatchedWordByWordFindsItsFigurePastAnotherCitedFirst() {
    Question q = Question.read("西坝区工会拨的钱跟镇街园区凑的钱 合一块是多少");
    List<CitedSentence> cited = List.of(
        new CitedSentence("东坝镇总工会筹集慰问资金8万元。", 1),
        new CitedSentence("据西坝区总工会介绍,区总工会已经向东街道、北镇拨付防控专项资金30万元;", 2),
        new CitedSentence("各镇街、园区总工会已筹集资金12万元。", 3));
    assertEquals(Optional.of("合计42万元（据[2][3]计算）"), Arithmetic.of(q, cited));
    Question other = Question.read("西坝区委拨的钱跟镇街园区凑的钱 合一块是多少");
    assertEquals(List.of(), PartFigures.partFigures(List.of("西坝区委拨的钱"),
        List.of("据西坝区总工会介绍,区总工会已经向东街道、北镇拨付防控专项资金30万元;"),
        PartFigures.figures(other, List.of("据西坝区总工会介绍,区总工会已经向东街道、北镇拨付防控专项资金30万元;"))));
  }

  @Test
  void theDistrictAFirstPartSetsAllPartsInIsNoneOfThem() {
    // the district's own figure (21个镇街) answered for the town when 大兴区 stayed in the part
    for (String q : List.of("大兴区旧宫镇总工会和青云店镇总工会，哪家送的慰问品更多？",
        "大兴的旧宫镇总工会和青云店镇总工会都送了慰问品，哪家送的件数更多？",
        "端午前后，大兴的旧宫镇总工会和青云店镇总工会都送了慰问品，哪家送的件数更多？")) {
      assertEquals("旧宫镇总工会", ArithmeticQuestion.parts(Question.read(q)).get(0), q);
    }
    // the district named bare before the town, after a festival's 节前: both the question's names
    for (String q : List.of("大兴旧宫镇和青云店镇工会都送了慰问品，哪个镇送的件数多？",
        "端午节前大兴旧宫镇和青云店镇工会都送了慰问品，哪个镇送的件数多？",
        "端午节前旧宫镇和青云店镇工会都送了慰问品，哪个镇送的件数多？")) {
      assertEquals("旧宫镇", ArithmeticQuestion.parts(Question.read(q)).get(0), q);
    }
    // 区总 is a district's 总工会: the 总和 of 区总和 is no sum asked
    assertEquals(List.of("朝阳区总", "丰台区总的防疫专项资金"),
        ArithmeticQuestion.parts(Question.read("朝阳区总和丰台区总的防疫专项资金差多少？")));
    // a district compared with another keeps its name
    assertEquals(List.of("朝阳区总工会", "丰台区总工会"),
        ArithmeticQuestion.parts(Question.read("朝阳区总工会和丰台区总工会，哪个投入的资金更多？")));
  }

  @Test
  void aFigureListedAfter分别IsEachOnesAndPartsJoinedBy跟AddUp() {
    Question q = Question.read("工会给东村和西村捐的消毒液，两个村加一块一共多少瓶？");
    String sentence = "工会向两个村分别捐赠2000个口罩、300只手套、500瓶消毒液等防护物资。";
    assertEquals(Optional.of("合计1000瓶（据[1]计算：2×500瓶）"), Arithmetic.of(q, List.of(new CitedSentence(sentence, 1))));
    // a figure of the next clause is not one the 分别 gives
    String another = "工会向两个村分别捐赠2000个口罩，另送去500瓶消毒液。";
    assertEquals(Optional.empty(), Arithmetic.of(q, List.of(new CitedSentence(another, 1))));
    // so many things the question counts, each given the figure
    Question counted = Question.read("给17个街道发的慰问金加一块多少钱？");
    assertEquals(Optional.of("合计85万元（据[1]计算：17×5万元）"),
        Arithmetic.of(counted, List.of(new CitedSentence("为全区17个街道各拨付慰问金5万元。", 1))));
    Question joined = Question.read("做宣传的养护员工跟保洁工人加一块大概多少人？");
    assertEquals(Optional.of(ArithmeticOp.SUM), ArithmeticQuestion.asked(joined));
  }

  @Test
  void aWhichClauseBeforeTheDifferenceIsNoPart() {
    assertEquals(List.of("东坝镇总工会首批报到的干部", "另一篇讲西坝镇总工会派去社区的干部"),
        ArithmeticQuestion.parts(Question.read("东坝镇总工会首批报到的干部，同另一篇讲西坝镇总工会派去社区的干部比，哪边多？多几个？")));
  }

  @Test
  void whichSideHasMoreComparesThePartsNamedNotWhereTheyAre() {
    // 那边 says where the parts are; 总共 inside a part does not end the parts
    Question q = Question.read("顺义那边，东坝镇几支服务队总共的人，跟西坝镇派出去的人比，哪边人多？");
    assertEquals(List.of("东坝镇几支服务队总共的人", "西坝镇派出去的人"), ArithmeticQuestion.parts(q));
    assertEquals(Optional.of("西坝镇更多（32名[2]，东坝镇26名[1]）"), Arithmetic.of(q,
        List.of(new CitedSentence("东坝镇组建了由26名职工构成的3支服务队。", 1),
            new CitedSentence("西坝镇选派32名干部下沉社区。", 2))));
  }

  @Test
  void whichPlaceHasMoreComparesThePlacesNotASettingOrAPartCutOffAtIts和() {
    Question cut = Question.read("东坝镇总工会往社区派的干部，跟西坝镇总工会抽调的党员干部和社工比，哪个镇派的人多？");
    assertEquals(Optional.of("东坝镇更多（32名[1]，西坝镇28名[2]）"), Arithmetic.of(cut,
        List.of(new CitedSentence("东坝镇总工会选派32名干部到社区一线。", 1),
            new CitedSentence("西坝镇总工会抽调28名党员干部和专职社工。", 2))));
    Question oneOf = Question.read("东坝镇总工会派的干部，跟西坝镇总工会抽调的党员干部和社工比，哪一个镇派的人多？");
    assertEquals(Optional.of("东坝镇更多（32名[1]，西坝镇28名[2]）"), Arithmetic.of(oneOf,
        List.of(new CitedSentence("东坝镇总工会选派32名干部到社区一线。", 1),
            new CitedSentence("西坝镇总工会抽调28名党员干部和专职社工。", 2))));
    Question setting = Question.read("顺义的报道里，东坝镇工会组建的支援队和西坝镇工会派去下沉的干部职工，哪一方人数更多？");
    assertEquals(Optional.of("西坝镇更多（32名[2]，东坝镇26名[1]）"), Arithmetic.of(setting,
        List.of(new CitedSentence("东坝镇工会组建了由26名精干力量构成的3支支援队；北京顺义物业服务集团组织60余名干部职工下沉。", 1),
            new CitedSentence("西坝镇工会选派32名干部职工下沉支援。", 2))));
  }

  @Test
  void thePartsASumRefersBackToAreWhatItsReaderToldFirst() {
    Question q = Question.read("东坝区总工会给17个街道每个街道都拨了慰问金，另外还给下沉社区的机关干部买了慰问品。请问这两项加在一起一共花了多少钱呢？");
    assertEquals(List.of("东坝区总工会给17个街道每个街道都拨了慰问金", "另外还给下沉社区的机关干部买了慰问品"), ArithmeticQuestion.parts(q));
    assertEquals(Optional.of("合计112万元（据[1]计算：17×5万元+27万元）"),
        cited(q, "东坝区总工会为全区17个街道各拨付慰问金5万元，为下沉社区的177名机关干部送去慰问品27万元。"));
    Question unnamed = Question.read("东坝区总工会给街道拨了慰问金。请问一共花了多少钱呢？");
    assertTrue(ArithmeticQuestion.parts(unnamed).size() < 2, "no reference back, no parts from what was told");
  }

  @Test
  void aSettingBeforeTheTwoComparedWithALongPhraseIsNoPart() {
    Question q = Question.read("在东坝区各级工会的端午慰问中，东坝镇总工会与西坝镇总工会相比，哪一家送出的慰问物资件数更多？");
    assertEquals(List.of("东坝镇总工会", "西坝镇总工会"), ArithmeticQuestion.parts(q));
    assertEquals(Optional.of("西坝镇更多（1200余件[2]，东坝镇800件[1]）"),
        cited(q, "东坝镇总工会为900余名干部职工送去800件慰问品。", "西坝镇总工会为20个村送去1200余件防暑物资。"));
  }

  @Test
  void ofTwoFiguresInAPartsClauseTheOneRightAfterItsHeadNounIsItsOwn() {
    Question q = Question.read("东坝区总工会给各街道拨付的慰问金总额，加上给下沉干部送的慰问品，合计是多少？");
    assertEquals(Optional.of("合计112万元（据[1]计算：17×5万元+27万元）"),
        cited(q, "东坝区总工会为全区17个街道各拨付慰问金5万元，为下沉社区的177名机关干部送去慰问品27万元。"));
    Question listed = Question.read("向东坝村、西坝村所捐之口罩，两村合计几何？");
    assertEquals(Optional.of("合计8000个（据[1]计算：2×4000个）"),
        cited(listed, "向两个村分别捐赠4000个口罩、1000只PVC手套等应急防护物资。"), "the gloves' figure after 口罩、");
  }

  @Test
  void whoOfTwoHasMoreIsAComparisonNotAPerson() {
    Question q = Question.read("端午节前，东坝镇总工会和西坝镇总工会谁送出的慰问品更多？");
    assertEquals(Question.Asked.COMPARISON, q.asks());
    assertEquals(Optional.of("西坝镇更多（1200余件[2]，东坝镇800件[1]）"), Arithmetic.of(q,
        List.of(new CitedSentence("东坝镇总工会将800件饮料送到一线。", 1),
            new CitedSentence("西坝镇总工会为20个村送去1200余件防暑物资。", 2))));
  }

  @Test
  void twoPartsCountedInOneSentenceAreBothFoundThere() {
    Question q = Question.read("东坝镇总工会走访慰问一线人员，村和社区合计是多少个？");
    String sentence = "东坝镇总工会对辖区23个村、8个社区一线防疫人员进行走访慰问。";
    // one entry for each part: the caller tells two parts found in one sentence from one part
    assertEquals(List.of(0, 0), Arithmetic.sentences(q, List.of(sentence)));
    assertEquals(Optional.of("合计31个（据[1]计算）"), Arithmetic.of(q, List.of(new CitedSentence(sentence, 1))));
  }

  @Test
  void theMostOfThreePartsIsTheLargestFigureOfOneMeasure() {
    Question q = Question.read("东坝镇、西坝镇和南坝镇三家镇工会送出的慰问品，哪家件数最多？");
    List<CitedSentence> cited = List.of(new CitedSentence("东坝镇总工会将800件饮料送到一线。", 1),
        new CitedSentence("西坝镇总工会为20个村送去1200余件防暑物资。", 2),
        new CitedSentence("南坝镇总工会送去慰问品950件。", 3));
    assertEquals(Optional.of("西坝镇最多（1200余件[2]，南坝镇950件[3]，东坝镇800件[1]）"), Arithmetic.of(q, cited));
    assertEquals(List.of(0, 1, 2), Arithmetic.sentences(q, cited.stream().map(CitedSentence::sentence).toList()));
    // a part without a figure leaves the question unanswered by arithmetic
    assertEquals(Optional.empty(), Arithmetic.of(q, cited.subList(0, 2)));
    // 三个镇 after the last part says how many they are: the part is 南坝
    Question counted = Question.read("东坝、西坝、南坝三个镇总工会送的慰问品，哪个镇最多？");
    assertEquals(Optional.of("西坝最多（1200余件[2]，南坝950件[3]，东坝800件[1]）"), Arithmetic.of(counted, cited));
    // 几个镇 in the setting counts the towns and names none: no part without a figure
    Question set = Question.read("端午前后几个镇总工会的慰问中，东坝镇、西坝镇、南坝镇三家送出的慰问品，哪一家件数最多？");
    assertEquals(Optional.of("西坝镇最多（1200余件[2]，南坝镇950件[3]，东坝镇800件[1]）"), Arithmetic.of(set, cited));
  }

  @Test
  void levelsAreCountedFromTheFiguresAReportListsUnlessItCountsThem() {
    Question q = Question.read("区总工会的慰问补贴按社区大小分成几档？");
    List<String> listed = List.of("另有17个街道参加。", "区总工会按社区大小分别予以5万、8万、10万元的慰问补贴。");
    assertEquals(List.of(1), Arithmetic.sentences(q, listed));
    assertEquals(Optional.of("共3档（据[2]：5万、8万、10万元）"),
        Arithmetic.of(q, List.of(new CitedSentence(listed.get(1), 2))));
    List<String> counted = List.of("慰问补贴分为三档，分别予以5万、8万、10万元。");
    assertEquals(List.of(), Arithmetic.sentences(q, counted));
    assertEquals(Optional.empty(), Arithmetic.of(q, List.of(new CitedSentence(counted.get(0), 1))));
    // 几个档次: levels counted with 个, said with their noun
    Question noun = Question.read("区总工会的慰问补贴按社区大小分了几个档次？");
    assertEquals(Optional.of("共3个档次（据[2]：5万、8万、10万元）"),
        Arithmetic.of(noun, List.of(new CitedSentence(listed.get(1), 2))));
  }

  @Test
  void citesTheSentenceOfEachNamedPartAndAddsTheirFigures() {
    Question q = Question.read("东城区工会服务队和西城区的志愿者，加起来一共多少人？");
    List<String> texts = List.of("另有100名居民参与了这次活动。", "东城区工会服务队由26名队员组成。", "西城区志愿者共32人参加值守。");
    assertEquals(List.of(1, 2), Arithmetic.sentences(q, texts));
    assertEquals(Optional.of("合计58人（据[1][2]计算）"),
        Arithmetic.of(q, List.of(new CitedSentence(texts.get(1), 1), new CitedSentence(texts.get(2), 2))));
  }

  @Test
  void threePartsAddUpAndAPartNamedInPiecesCountsOnce() {
    Question three = Question.read("服务队、下沉干部和专职社工，三拨人合计多少人？");
    List<CitedSentence> cited = List.of(new CitedSentence("区总工会依托由12人组成的服务队开展工作；区总工会抽调44名下沉干部到社区。", 1),
        new CitedSentence("基层50名专职社工下沉到各区域。", 2));
    assertEquals(Optional.of("合计106人（据[1][2]计算）"), Arithmetic.of(three, cited));
    Question pieces = Question.read("区总工会拨付的资金和各镇街、园区筹集的资金，加起来一共多少万元？");
    List<CitedSentence> money = List.of(new CitedSentence("区总工会拨付专项资金30万元。", 1),
        new CitedSentence("各镇街、园区已筹集资金12万元。", 2));
    assertEquals(Optional.of("合计42万元（据[1][2]计算）"), Arithmetic.of(pieces, money));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      驰援社区的人次，加上回社区报到的人次，一共是多少？ | 干部驰援社区85人次，回社区报到累计84人次。 | 合计169人次（据[1]计算）
      区总工会拨付的资金，加上各镇街筹到的钱，一共多少？ | 区总工会拨付资金30万元，各镇街已筹集资金12万元。 | 合计42万元（据[1]计算）
      给每个街道都拨了慰问金，所有街道一共拨了多少？     | 为全区17个街道各拨付慰问金5万元。            | 合计85万元（据[1]计算：17×5万元）
      给各街道拨付的慰问金，按每个街道的标准计算，总额是多少？ | 为全区17个街道各拨付慰问金5万元。      | 合计85万元（据[1]计算：17×5万元）
      给各街道拨付的慰问金，按每个街道的标准算下来合计总额是多少？ | 为全区17个街道各拨付慰问金5万元。  | 合计85万元（据[1]计算：17×5万元）
      口子村和胡家堡村的口罩，两个村加起来一共多少个？   | 向两个村分别捐赠4000个口罩、1000只手套。      | 合计8000个（据[1]计算：2×4000个）
      给17个街道的慰问金加上给干部的慰问品，合计多少钱？ | 为全区17个街道各拨付慰问金5万元，为177名机关干部送去慰问品27万元。 | 合计112万元（据[1]计算：17×5万元+27万元）
      给17个街道的慰问金和给干部的慰问品，合计投入多少？ | 为全区17个街道各拨付慰问金5万元，为177名机关干部送去慰问品27万元。 | 合计112万元（据[1]计算：17×5万元+27万元）
      驰援社区的人次和回社区报到的人次，加在一起是多少？ | 干部驰援社区85人次，回社区报到累计84人次。 | 合计169人次（据[1]计算）
      驰援社区的人次，加上报到的人数，一共是多少？       | 驰援社区85人次，报到的有84名干部。            | -
      送给保障组的牛奶、巧克力和饼干，一共值多少钱？     | 为全区17个街道各拨付慰问金5万元。            | -
      """)
  void aQuestionNamingNoMeasureAddsFiguresOfOneMeasureAndMultipliesAFigureForEach(String question, String sentence,
      String expected) {
    assertEquals(Optional.ofNullable(expected),
        Arithmetic.of(Question.read(question), List.of(new CitedSentence(sentence, 1))), question);
  }

  @Test
  void theFirstThingListedIsNotTheBodyWhoseListItIs() {
    // 东城区总工会…的牛奶、巧克力: the parts are the things, not the body that gave them
    Question q = Question.read("东城区总工会送给医疗保障组的牛奶、巧克力、饼干这些慰问品，一共花了多少钱？");
    assertEquals("牛奶", ArithmeticQuestion.parts(q).get(0));
    List<String> texts = List.of("东城区总工会为全区17个街道各拨付慰问金5万元，为下沉社区的177名机关干部送去慰问品27万元。");
    assertEquals(List.of(), Arithmetic.sentences(q, texts));
  }

  @Test
  void aPartThatIsOnlyASettingFindsNoFigureOfTheAskedThing() {
    Question q = Question.read("疫情防控期间，朝阳区总工会和丰台区总工会拿出的专款加起来是多少？");
    List<String> texts = List.of("朝阳区总工会选派2名处级领导支援一线。", "朝阳区总工会拨专款500万元，按社区大小分别予以5万、8万、10万元的补贴。",
        "丰台区总工会投入专项资金139万元。");
    assertEquals(List.of(1, 2), Arithmetic.sentences(q, texts));
    assertEquals(Optional.of("合计639万元（据[1][2]计算）"), Arithmetic.of(q, List.of(new CitedSentence(texts.get(0), 1),
        new CitedSentence(texts.get(1), 1), new CitedSentence(texts.get(2), 2))));
  }

  @Test
  void eachPartsFigureIsCitedFromItsOwnSentence() {
    List<String> texts = List.of("对口支援香河园街道的12名干部立即下沉。", "区总工会机关首批39名干部前往居住地所在社区报到。",
        "西城区总工会面向全区22万会员职工发出倡议。");
    Question q = Question.read("机关首批前往居住地社区报到的干部，以及对口支援香河园街道立即下沉的干部，人数分别是多少？");
    assertEquals(List.of(1, 0), Arithmetic.eachSentences(q, texts));
    assertEquals(List.of(), Arithmetic.eachSentences(
        Question.read("机关首批前往居住地社区报到的干部和对口支援香河园街道的干部一共多少人？"), texts), "a sum, no figure of each");
    assertEquals(List.of(), Arithmetic.eachSentences(Question.read("西城区和东城区总工会分别有多少会员职工？"), texts),
        "one part's figure alone");
  }

  @Test
  void aQuestionThatAsksNoSumPicksNoParts() {
    assertEquals(List.of(), Arithmetic.sentences(Question.read("东城区工会服务队有多少人？"), List.of("服务队由26名队员组成。")));
  }

  @Test
  void 两OfANameIsNoCountAndATimeClauseNoPart() {
    assertEquals(Optional.empty(), ArithmeticQuestion.asked(Question.read("村里的村两委干部一共有多少名？")));
    assertEquals(Optional.of(ArithmeticOp.SUM), ArithmeticQuestion.asked(Question.read("两个区的工会一共派了多少人？")));
    // 累计 sums two parts joined, not all of some kind
    assertEquals(Optional.of(ArithmeticOp.SUM),
        ArithmeticQuestion.asked(Question.read("驰援香河园街道和到居住地社区报到，两项累计共多少人次？")));
    assertEquals(Optional.empty(), ArithmeticQuestion.asked(Question.read("市总工会向所有下沉村累计捐赠了多少个口罩？")));
    // 和 joining the people of one total the report gives
    assertEquals(Optional.empty(), ArithmeticQuestion.asked(Question.read("丰台区累计有多少名职工和志愿者参与卡口值守？")));
    assertEquals(List.of("加班工时", "值班工时"), ArithmeticQuestion.parts(Question.read("加班工时和值班工时一共多少小时？")));
    assertEquals(List.of("村里的村两委干部", "驻村的党员"),
        ArithmeticQuestion.parts(Question.read("画防控点位图的时候，村里的村两委干部和驻村的党员一共有多少名？")));
  }

  /** {@link Arithmetic#of} the sentences cited [1], [2], … in order. */
  private static Optional<String> cited(Question q, String... sentences) {
    List<CitedSentence> cited = new ArrayList<>();
    for (String sentence : sentences) {
      cited.add(new CitedSentence(sentence, cited.size() + 1));
    }
    return Arithmetic.of(q, cited);
  }
}
