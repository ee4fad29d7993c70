package org.baoku.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code baoku}: the command line. Wired by hand; every subcommand is one class in this package. */
@Command(
    name = "baoku",
    mixinStandardHelpOptions = true,
    version = "baoku 0.1.0",
    description = "报库：报纸档案问答，每个回答都带可核对的引用。%nCited question answering over a Chinese newspaper archive.",
    subcommands = {
      ArticlesCommand.class,
      IndexCommand.class,
      SolrSetupCommand.class,
      SearchCommand.class,
      DayCommand.class,
      QuoteCommand.class,
      AskCommand.class,
      ChatCommand.class,
      BotCommand.class,
      EvalCommand.class,
      TrainCommand.class,
      BenchCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new Main());
    UserErrors errors = new UserErrors();
    cli.setExecutionExceptionHandler(errors);
    cli.setParameterExceptionHandler(errors);
    return cli.execute(args);
  }
}
