package org.partnerengine.engine;

import io.grpc.Status;

/**
 * The engine answered and refused a command for a reason the caller handles itself: something it
 * names does not exist (NOT_FOUND), its input is wrong (INVALID_ARGUMENT), or it was done before
 * (ALREADY_EXISTS). Every other failure is {@link EngineUnavailable}.
 */
public class EngineRefused extends RuntimeException {

  private final Status.Code code;

  public EngineRefused(Status.Code code, String message, Throwable cause) {
    super(message, cause);
    this.code = code;
  }

  public Status.Code code() {
    return code;
  }
}
