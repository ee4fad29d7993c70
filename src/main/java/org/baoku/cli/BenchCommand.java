package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "bench", mixinStandardHelpOptions = true, description = "TODO")
final class BenchCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("bench: not built yet");
  }
}
