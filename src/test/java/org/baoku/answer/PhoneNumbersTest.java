package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Golden table of {@link PhoneNumbers}: a number asked is answered only by digits the page gives. */
class PhoneNumbersTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      hours are no telephone number           | 心理咨询热线电话号码是多少？ | 开通工会心理咨询热线24小时值守服务。     | false
      a hotline's digits                      | 心理咨询热线电话号码是多少？ | 职工可拨打心理咨询热线010-12351咨询。    | true
      a group chat's number not given         | 防疫微信群 群号多少           | 建立专用的防疫微信群，及时传达到每一名员工。 | false
      a group chat's number                   | 防疫微信群的群号是多少？       | 防疫微信群群号为80512345，欢迎加入。     | true
      English, the number dialled             | What number do workers dial for the union's counselling hotline? | 开通工会心理咨询热线24小时值守服务。 | false
      digits glued to letters name an app     | 联合工会的入会咨询电话是多少？ | 指导职工下载“北京工会12351APP”。         | false
      """)
  void aTelephoneOrAnotherNumberIsDigitsThePageGives(String shows, String question, String sentence, boolean gives) {
    Question q = Question.read(question);
    assertEquals(true, PhoneNumbers.asksPhoneNumber(q), question);
    assertEquals(gives, PhoneNumbers.givesPhoneNumber(q, sentence), shows);
  }
}
