package org.partnerengine.engine;

/** The configured engine mode cannot run in this build; {@link #action()} says what to do. */
class EngineModeUnavailable extends IllegalStateException {

  private final String action;

  EngineModeUnavailable(String description, String action) {
    super(description);
    this.action = action;
  }

  String action() {
    return action;
  }
}
