package org.baoku.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Golden table of {@link PicturePositions}: who stands at a place in a picture is told only by a
 * caption giving that place, in numerals or in digits.
 */
class PicturePositionsTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      the position given             | 照片里站在右一的是谁？     | 工会主席李明（右一）慰问职工     | true
      another position               | 照片里站在右一的是谁？     | 大兴区总工会副主席牛玉俊（右五）带队慰问抗疫职工 | false
      none given                     | 照片里站在右一的是谁？     | 区总工会领导带队慰问抗疫职工     | false
      digits for numerals            | 合影中左二是哪位领导？     | 前排左2为区总工会主席王强        | true
      no position asked              | 照片里带队的是谁？         | 区总工会领导带队慰问抗疫职工     | false
      左右 is no position            | 照片里站在右一的是谁？     | 左右一起合影留念                 | false
      """)
  void whoStandsWhereIsToldByACaptionGivingThePlace(String shows, String question, String sentence, boolean told) {
    String asked = PicturePositions.asked(Question.read(question));
    assertEquals(told, !asked.isEmpty() && PicturePositions.givenIn(asked, sentence), shows);
  }
}
