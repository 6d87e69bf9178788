package org.partnerengine.certification;

/** The variables the certification process gets back when a certificate is issued. */
public record IssuedCertificate(boolean certified, long certificateId, String certificateNumber, String expiresAt) {

  static IssuedCertificate of(Certificate certificate) {
    return new IssuedCertificate(
        true, certificate.getId(), certificate.getCertificateNumber(), certificate.getExpiresAt().toString());
  }
}
