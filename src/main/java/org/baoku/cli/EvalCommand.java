package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", mixinStandardHelpOptions = true, description = "TODO")
final class EvalCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("eval: not built yet");
  }
}
