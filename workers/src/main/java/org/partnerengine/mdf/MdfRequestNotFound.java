package org.partnerengine.mdf;

public class MdfRequestNotFound extends RuntimeException {
  public MdfRequestNotFound(long id) {
    super("No MDF request with id " + id);
  }
}
