package org.baoku.cli;

import org.baoku.solr.SolrUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that escapes a command into one line on stderr and an exit code: a reader
 * never sees a stack trace. {@link UserException} carries a message written for the user; anything
 * else is a bug, reported briefly (run with {@code BAOKU_DEBUG=1} to see the trace).
 */
final class UserErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /**
   * A command line picocli cannot parse (an unknown option, {@code -k abc}, a date written wrong):
   * one line naming what is wrong and where help is, exit code 2, as for a bad file.
   */
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cli = e.getCommandLine();
    cli.getErr().println("错误 / error: " + e.getMessage() + "（baoku " + cli.getCommandName()
        + " --help 查看用法 / see --help）");
    return 2;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
    if (e instanceof UserException u) {
      cli.getErr().println("错误 / error: " + u.getMessage());
      return u.exitCode();
    }
    if (e instanceof SolrUnavailableException s) {
      cli.getErr().println("错误 / error: " + s.getMessage());
      return 69;
    }
    if (System.getenv("BAOKU_DEBUG") != null) {
      e.printStackTrace(cli.getErr());
    }
    cli.getErr().println("内部错误 / internal error: " + e + " (BAOKU_DEBUG=1 shows details)");
    return 70;
  }
}
