package org.partnerengine.certification;

public enum CertificateStatus {
  ACTIVE,
  EXPIRED
}
