package org.partnerengine.content;

/** No such asset or version, or (to a partner) one outside its audience: the same answer. */
public class ContentNotFound extends RuntimeException {

  public ContentNotFound(long id) {
    super("No library content with id " + id);
  }
}
