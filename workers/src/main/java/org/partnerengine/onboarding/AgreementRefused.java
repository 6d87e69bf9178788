package org.partnerengine.onboarding;

/** A signature, countersignature or download the agreement's state does not allow. */
public class AgreementRefused extends RuntimeException {

  public enum Reason {
    /** Onboarding has not generated an agreement for the partner yet. */
    NOT_GENERATED,
    ALREADY_SIGNED,
    /** The hash sent is not that of the document as it reads now. */
    DOCUMENT_CHANGED,
    NOT_SIGNED,
    ALREADY_COUNTERSIGNED,
    SAME_PERSON
  }

  private final Reason reason;

  public AgreementRefused(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
