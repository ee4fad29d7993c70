package org.baoku.answer;

import java.util.regex.Pattern;

/**
 * Words the tagger's recognisers misread as names. Its own class because two readers of a
 * question share it: {@link QuestionEntities} leaves them out of the question's names, and
 * {@link KeyTerms} weighs them as plain words.
 */
final class MisreadNames {

  /**
   * What the place recogniser misreads as a name: a word starting with a particle ({@code 的村} in
   * {@code 走访慰问的村和社区}), one holding a demonstrative ({@code 1路那部宣传片} → 路那部) or
   * starting with one ({@code 那各镇街} → 那各镇) or with a count of two ({@code 这俩村} → 俩村), a span of time ({@code 一个月里}, {@code
   * 一个来月里} → 来月里), 一 and one character ({@code 坚守一站}; {@code 四厂} is a name), or a body's kind before
   * any name ({@code 总工会派人}: a 总工会 comes after its name), a division's kind alone ({@code
   * 替区里拨}: the district spoken of, not named) or after a verb of going ({@code 抽进区防控专班} →
   * 进区), a locative before 全 or 各 ({@code 一个月内全区职工} → 内全区), a count of things
   * ({@code 三支支援队}), the adverb 都 glued to the verb after it ({@code 都种上/nr}; 都江堰 and the
   * like excepted) or to the division before it ({@code 两个区都派了人} → 区都, stop 56), a verb of carrying with its direction that the dictionary lists as a proper
   * noun ({@code 搬去/nz}), or people glued to where they went ({@code 干部下社区}; {@code 28个人下社区}
   * → 人下社区, stop 55: one read and one never-read false refusal answered, every other answer of the
   * 171 sets the same), also after 社工 or 派人 ({@code 专职社工下社区}), a verb of going before the kind of
   * place it goes to ({@code 社工进社区} → 进社区/nt, {@code 下基层}; stop 70, two read and two
   * never-read false refusals answered on every corpus, every other answer of the 240 sets the same)
   * or does for it ({@code 帮社区做了多少人次核酸}, stop 82),
   * the reader's own reading ({@code 我读着/nz挺有感触}: stop 74, read +1 on the pages), or many or some of a
   * kind written in one character ({@code 辖区不少村/ns}, {@code 一些村/ns}, stop 76); {@link
   * QuestionEntities} cuts the quantity off a longer one.
   */
  static final Pattern PLACE =
      Pattern.compile("^[的了着和与及在那这俩]|^两\\p{IsHan}$|[那这][部个次位场家]|[月年天周][里内]$|^[一二两三四五六七八九十\\d]+(?:个月|个星期|个小时|天|年|周)[里内来]?$"
          + "|^(?:干部|职工|党员|人员|员工|人)[下到去进回赴派]|(?:社工|派人)[下到去进赴](?:社区|街道|乡村|村|基层|一线)$|^一\\p{IsHan}$|^一[站次个名位批场天趟遍]|^图[里中上内]$|^[区市县镇乡村][里内上]$|^[进到去回往入出][区市县镇乡村]$|^[进到去回往入出下赴帮替给为](?:社区|街道|乡村|基层|一线)$|^[内外里中][全各本该此]|^[二两三四五六七八九十\\d]+[支个名位批项]|^都(?![江匀昌兰安])|^[区市县镇乡村]都$|^总工会\\p{IsHan}|^[搬送带拿运扛抬寄捎][去来到走出进回]$"
          + "|^[读看听]着$|^(?:不少|好多|许多|很多|诸多|一些|有些|某些)\\p{IsHan}$");

  private MisreadNames() {}
}
