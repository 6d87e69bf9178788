package org.partnerengine.questions;

/** An FAQ entry that cannot be published (no answer yet, or published already): answered with 409. */
public class FaqRefused extends RuntimeException {

  public FaqRefused(String message) {
    super(message);
  }
}
