package org.partnerengine.engine;

/**
 * The engine did not take a command (unreachable, pushing back, or too slow to answer): the caller
 * may retry later. When the engine was too slow, it may have taken the command after all: {@link
 * #outcomeUnknown()} tells a caller that must not undo what it stored for a command the engine may
 * be running.
 */
public class EngineUnavailable extends RuntimeException {

  private final boolean outcomeUnknown;

  public EngineUnavailable(String message, Throwable cause) {
    this(message, cause, false);
  }

  public EngineUnavailable(String message, Throwable cause, boolean outcomeUnknown) {
    super(message, cause);
    this.outcomeUnknown = outcomeUnknown;
  }

  /** Whether the engine may have taken the command: no answer came, so no refusal either. */
  public boolean outcomeUnknown() {
    return outcomeUnknown;
  }
}
