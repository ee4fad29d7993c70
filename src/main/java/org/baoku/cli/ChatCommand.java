package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "chat", mixinStandardHelpOptions = true, description = "TODO")
final class ChatCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("chat: not built yet");
  }
}
