package org.baoku.answer;

import java.util.List;
import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * The one HanLP configuration that tags questions and sentences: its default segmenter with
 * person, place and organisation recognition, because an answer check is only as good as the tags
 * it compares and a question and its answer must be cut alike. Segmenters are thread-safe once
 * configured.
 */
public final class Tagger {

  private static final Segment NAMED = HanLP.newSegment()
      .enableNameRecognize(true)
      .enablePlaceRecognize(true)
      .enableOrganizationRecognize(true)
      .enableOffset(true);

  /**
   * Without organisation recognition: the place inside an organisation's name stands alone
   * ({@code 东城区/ns 总工会} instead of {@code 东城区总工会/nt}).
   */
  private static final Segment PLACES = HanLP.newSegment().enablePlaceRecognize(true);

  private Tagger() {}

  /** Words of {@code text} with their part of speech and offset; never null. */
  public static List<Term> tag(String text) {
    return NAMED.seg(text);
  }

  /** Words of {@code text} with places recognised but organisations not; never null. */
  public static List<Term> tagPlaces(String text) {
    return PLACES.seg(text);
  }
}
