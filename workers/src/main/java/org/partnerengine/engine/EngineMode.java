package org.partnerengine.engine;

/** Where the Zeebe engine lives: in this process (the default) or behind a remote gateway. */
public enum EngineMode {
  EMBEDDED,
  REMOTE;

  public static final String PROPERTY = "partner-engine.engine.mode";
}
