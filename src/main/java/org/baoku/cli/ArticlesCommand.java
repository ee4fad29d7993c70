package org.baoku.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "articles", mixinStandardHelpOptions = true, description = "TODO")
final class ArticlesCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UserException("articles: not built yet");
  }
}
