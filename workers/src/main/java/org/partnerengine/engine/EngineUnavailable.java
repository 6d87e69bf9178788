package org.partnerengine.engine;

/** The engine did not take a command (unreachable, or pushing back): the caller may retry later. */
public class EngineUnavailable extends RuntimeException {
  public EngineUnavailable(String message, Throwable cause) {
    super(message, cause);
  }
}
