package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bot", mixinStandardHelpOptions = true, description = "TODO")
final class BotCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("bot: not built yet");
  }
}
