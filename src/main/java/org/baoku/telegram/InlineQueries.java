package org.baoku.telegram;

import java.util.List;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * Inline queries ({@code @botname query} in any chat), answered with {@link InlineAnswers}'
 * results; a reader not on the allowlist, or typing faster than their allowance, gets an empty
 * list rather than an error, since Telegram shows inline answers without a place for one.
 */
final class InlineQueries {

  /** Inline queries allowed per question allowance: a typed query of a few words sends about this many. */
  private static final int PER_QUESTION = 6;
  /** Seconds Telegram may reuse an answer to the same query; results do not change faster. */
  private static final int CACHE_SECONDS = 60;

  private final TelegramApi api;
  private final BotSettings settings;
  private final InlineAnswers answers;
  /** Telegram sends an inline query per keystroke, so inline search gets its own, wider allowance. */
  private final RateLimiter limiter;

  InlineQueries(TelegramApi api, BotSettings settings, InlineAnswers answers) {
    this.api = api;
    this.settings = settings;
    this.answers = answers;
    this.limiter = new RateLimiter(settings.questionsPerMinute() * PER_QUESTION);
  }

  void handle(InlineQuery q) throws TelegramApiException {
    long userId = q.getFrom().getId();
    String query = Html.clean(q.getQuery()).text().strip();
    boolean ok = settings.allows(userId, userId) && (query.isEmpty() || limiter.acquire(userId) == 0);
    api.call(AnswerInlineQuery.builder()
        .inlineQueryId(q.getId())
        .results(ok ? answers.results(query) : List.of())
        .cacheTime(CACHE_SECONDS)
        .isPersonal(false)
        .build());
  }
}
