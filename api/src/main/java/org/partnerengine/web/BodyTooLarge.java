package org.partnerengine.web;

import java.io.IOException;

/**
 * A request body grew past the limit while being read (a chunked body announces no length). An
 * {@link IOException} so the stream reading it can throw it; answered with 413.
 */
public class BodyTooLarge extends IOException {

  private final long limitBytes;

  public BodyTooLarge(long limitBytes) {
    super("The request body is larger than " + limitBytes / 1024 + " KB");
    this.limitBytes = limitBytes;
  }

  public long limitBytes() {
    return limitBytes;
  }
}
