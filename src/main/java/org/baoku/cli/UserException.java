package org.baoku.cli;

/** A failure caused by input or configuration; the message tells the user what to do. */
public final class UserException extends RuntimeException {

  private final int exitCode;

  public UserException(String message) {
    this(message, 2);
  }

  public UserException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
