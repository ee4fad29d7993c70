package org.baoku.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises bylines in the forms Chinese newspapers print them. A byline is the strongest
 * structural signal on a page: it opens a body ({@code 本报讯（记者 白莹）}, {@code □本报记者 刘欣欣},
 * {@code （通讯员 陈力宁）}) or closes one (photo credit {@code 本报记者 边磊 摄影报道}, author
 * signature {@code 北京市服务工会主席 石岳}).
 */
final class Bylines {

  private Bylines() {}

  /** A byline found at the start of a line, and the running text glued after it. */
  record Match(String byline, String rest, boolean closing) {}

  private static final String MARK = "[□■◆◇☆★]?\\s*";
  private static final String ROLE = "(?:本报|特约|实习|见习)?(?:记者|通讯员|摄影记者)";

  /**
   * A dispatch line ({@code 本报讯}, {@code 本报北京3月4日电}, {@code 新华社北京电}) with an optional
   * bracketed list of reporters; running text may follow on the same line.
   */
  private static final Pattern DISPATCH = Pattern.compile("^" + MARK
      + "(?:本报讯|新华社讯|(?:本报|新华社)[^\\s（(，。,]{0,16}电)\\s*(?:[（(][^）()）]{0,40}[）)])?");

  /** A bracketed list of reporters alone: {@code （记者 张晶 通讯员 秦一夫）}. */
  private static final Pattern BRACKETED =
      Pattern.compile("^[（(]\\s*" + ROLE + "[^）()）]{1,40}[）)]");

  /** A whole line naming reporters: {@code □本报记者 刘欣欣}, {@code 通讯员 李小雷 摄}. */
  private static final Pattern STANDALONE =
      Pattern.compile("^" + MARK + ROLE + "\\s*[\\p{IsHan}·]{2,4}(?:\\s+" + ROLE + "?\\s*[\\p{IsHan}·]{2,4})*$");

  /** What a photo credit ends with. */
  private static final Pattern CREDIT = Pattern.compile("\\s*(?:摄影报道|摄影|摄|供图|报道|图)$");

  /** An author signing off: a position or affiliation, a space, a two- to four-character name. */
  private static final Pattern SIGNATURE = Pattern.compile(
      "^[^\\s，。,；;：:！？!?]{2,24}(?:主席|书记|主任|经理|部长|局长|厂长|校长|院长|站长|队长|组长|社长"
          + "|职工|员工|干部|教师|医生|护士|工人|志愿者|会员|代表|作者)\\s+\\p{IsHan}{2,4}$");

  /** Lines longer than this are prose even if they start like a byline. */
  private static final int MAX_STANDALONE = 30;

  /**
   * The byline opening or forming {@code line}, if any. {@code closing} is true for photo credits
   * and signatures, which end a body rather than open one.
   */
  static Optional<Match> find(String line) {
    String t = line.strip();
    Matcher m = DISPATCH.matcher(t);
    if (m.find()) {
      return Optional.of(new Match(m.group().strip(), t.substring(m.end()).strip(), false));
    }
    m = BRACKETED.matcher(t);
    if (m.find()) {
      return Optional.of(new Match(m.group().strip(), t.substring(m.end()).strip(), false));
    }
    if (Chars.length(t) <= MAX_STANDALONE) {
      Matcher credit = CREDIT.matcher(t);
      boolean photo = credit.find();
      String names = photo ? t.substring(0, credit.start()) : t;
      if (STANDALONE.matcher(names).find() && (photo || names.chars().anyMatch(Chars::isSpace))) {
        return Optional.of(new Match(t, "", photo));
      }
      if (SIGNATURE.matcher(t).find()) {
        return Optional.of(new Match(t, "", true));
      }
    }
    return Optional.empty();
  }
}
