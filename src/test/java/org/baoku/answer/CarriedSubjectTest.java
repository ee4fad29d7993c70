package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Who a sentence is about when it does not name them: here, the speaker of a first-person piece. */
class CarriedSubjectTest {

  private static final String DIARY = "我的抗疫日记北京市服务工会主席石岳5月7日,我作为市总工会机关系统下沉社区人员,到居住地所在社区参与防控。";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the diary's author speaks as 我         | 5月7日,我作为市总工会机关系统下沉社区人员。 | 石岳
      a sentence naming him needs no speaker  | 石岳5月7日下沉社区。                        | ''
      我们 is a group, not the author         | 我们每天6点前到岗。                          | ''
      no first person                         | 社区正开展第三轮全员核酸检测。              | ''
      """)
  void aFirstPersonSentenceIsAboutTheSpeakerThePassageNames(String shows, String sentence, String speaker) {
    assertEquals(speaker.isEmpty() ? Optional.empty() : Optional.of(speaker),
        CarriedSubject.speaker(List.of("华苇景苑社区", "石岳"), sentence, DIARY), shows);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      a person                  | 石岳         | true
      a community               | 华苇景苑社区 | false
      a union                   | 东城区总工会 | false
      """)
  void aPersonIsANameTheTaggerReadsAsAPersons(String shows, String entity, boolean person) {
    assertEquals(person, CarriedSubject.person(entity), shows);
  }

  @Test
  void aPassageThatDoesNotNameThePersonGivesNoSpeaker() {
    assertEquals(Optional.empty(), CarriedSubject.speaker(List.of("石岳"), "我作为下沉社区人员到社区报到。", "社区正开展核酸检测。"));
  }
}
