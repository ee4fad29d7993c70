package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ask", mixinStandardHelpOptions = true, description = "TODO")
final class AskCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("ask: not built yet");
  }
}
