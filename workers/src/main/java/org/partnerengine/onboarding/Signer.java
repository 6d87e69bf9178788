package org.partnerengine.onboarding;

/** The full name and title a person typed to sign, as they typed them (trimmed). */
public record Signer(String name, String title) {

  public Signer {
    name = name.strip();
    title = title.strip();
  }
}
