package org.baoku.ingest;

import java.util.Objects;

/**
 * One cleaned piece of a page, the segmenter's input: a paragraph, a display line, a byline, an ad.
 *
 * @param type what the cleaner recognised
 * @param text cleaned text; for {@link Type#AD} one line per ad line, joined by {@code \n}
 * @param heading markdown heading level (1 for {@code #}), 0 when the line was not a heading
 */
record Unit(Type type, String text, int heading) {

  enum Type {
    /** Running text: a paragraph with prose punctuation. */
    PROSE,
    /** A line without prose punctuation: headline, kicker, subhead, caption or banner. */
    BARE,
    /** A date standing alone ({@code 5月14日}), as diaries and letters carry. */
    DATELINE,
    /** A byline that opens a body: {@code 本报讯（记者 白莹）}, {@code □本报记者 刘欣欣}. */
    BYLINE,
    /** A byline that closes a body: photo credit or author signature. */
    CREDIT,
    /** A photo caption that interrupted a sentence and was lifted out of it. */
    CAPTION,
    /** An advertisement: the {@code 广告} label line and the lines set with it. */
    AD
  }

  Unit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }

  boolean isTitleLike() {
    return type == Type.BARE;
  }

  boolean isBody() {
    return type == Type.PROSE || type == Type.DATELINE;
  }
}
