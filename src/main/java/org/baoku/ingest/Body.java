package org.baoku.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * A body being assembled: the units it spans and the titles it is given. {@link Segmenter} finds
 * where it starts and ends and fills in its text, {@link TitleLines} gives it the title lines
 * around it; mutable while a page is segmented, then read into articles.
 */
final class Body {
  final int start;
  final boolean ad;
  int end;
  final List<String> lead = new ArrayList<>();
  final List<String> trail = new ArrayList<>();
  final List<String> captions = new ArrayList<>();
  final List<String> bannersBefore = new ArrayList<>();
  final List<String> bannersAfter = new ArrayList<>();
  String byline = "";
  final List<String> paragraphs = new ArrayList<>();
  int heading = Integer.MAX_VALUE;
  String headingLine = "";

  Body(int start, boolean ad) {
    this.start = start;
    this.ad = ad;
  }

  String text() {
    return String.join("\n", paragraphs);
  }
}
