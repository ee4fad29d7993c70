package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "search", mixinStandardHelpOptions = true, description = "TODO")
final class SearchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("search: not built yet");
  }
}
