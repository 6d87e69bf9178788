package org.partnerengine.onboarding;

/**
 * Where an external e-signature service (qualified or advanced signatures) would plug in; none is
 * wired. An implementation sends the rendered agreement out and, when the service reports the
 * signed document back, calls {@link PartnerAgreements#sign} with the signer the service verified
 * and the hash of the document it was given, so the process hears the same
 * {@code agreement-signed} message as from the portal. See docs/api.md.
 */
public interface ExternalSignatureProvider {

  /**
   * Asks the service to collect a signature on this document.
   *
   * @return the service's envelope id, kept to match its callback to the partner
   */
  String requestSignature(long partnerId, AgreementDocument document, String signerEmail);

  /** The signed file as the service returns it (with its own signature embedded), by envelope id. */
  byte[] signedDocument(String envelopeId);
}
