package org.partnerengine.onboarding;

/** One agreement rendered to PDF in one language, with the SHA-256 (hex) of exactly these bytes. */
public record AgreementDocument(String templateVersion, AgreementLanguage language, byte[] pdf, String sha256) {

  /** The file name a download is offered under. */
  public String fileName() {
    return "partner-agreement-" + templateVersion + "-" + language.code() + ".pdf";
  }
}
