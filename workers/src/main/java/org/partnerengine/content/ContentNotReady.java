package org.partnerengine.content;

/** A version asked to do what its status forbids (publish a draft, upload into a published one). */
public class ContentNotReady extends RuntimeException {

  public ContentNotReady(Long versionId, String why) {
    super("Content version " + versionId + " " + why);
  }
}
