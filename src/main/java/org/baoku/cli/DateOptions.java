package org.baoku.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.baoku.retrieve.Scope;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The dates a command may be limited to ({@code --from}, {@code --to}); shared by {@code search},
 * {@code ask} and {@code chat}. Questions also take {@link Today}.
 */
final class DateOptions {

  @Option(names = "--from", paramLabel = "DATE", converter = IsoDate.class,
      description = "只查这一天及以后的报纸和日期不详的版面（YYYY-MM-DD）/ only issues on or after DATE, and undated pages")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = IsoDate.class,
      description = "只查这一天及以前的报纸和日期不详的版面（YYYY-MM-DD）/ only issues on or before DATE, and undated pages")
  LocalDate to;

  /**
   * The range the options set.
   *
   * @throws UserException when {@code --to} is before {@code --from}
   */
  Scope scope() {
    if (from != null && to != null && to.isBefore(from)) {
      throw new UserException("--to（" + to + "）早于 --from（" + from + "）/ --to is before --from");
    }
    return new Scope(from, to, null, null);
  }

  /** The day relative dates in a question count from ({@code --today}), for {@code ask} and {@code chat}. */
  static final class Today {
    @Option(names = "--today", paramLabel = "DATE", converter = IsoDate.class,
        description = "“昨天”“上个月”等从这一天算起（默认：档案里最新的一期）/ the day relative dates count from"
            + " (default: the archive's newest issue)")
    LocalDate today;
  }

  /** Parses {@code YYYY-MM-DD}; anything else is one line naming the value. */
  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("日期应写作 YYYY-MM-DD，例如 2020-03-15，而不是 “" + value + "”"
            + " / a date must be YYYY-MM-DD: " + value);
      }
    }
  }
}
