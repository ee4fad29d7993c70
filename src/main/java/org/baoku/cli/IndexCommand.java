package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "index", mixinStandardHelpOptions = true, description = "TODO")
final class IndexCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("index: not built yet");
  }
}
