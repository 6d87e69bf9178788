package org.partnerengine.content;

/** An upload the library does not take: too large, or not one of the allowed file types. */
public class ContentRejected extends RuntimeException {

  public enum Reason {
    TOO_LARGE,
    UNSUPPORTED_TYPE
  }

  private final Reason reason;

  public ContentRejected(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
