package org.partnerengine.content;

/** What a manager says about an asset when creating it. */
public record ContentDescription(String title, String description, ContentKind kind, String locale, ContentAudience audience) {

  public ContentDescription {
    audience = audience == null ? new ContentAudience(null, null, null, null) : audience;
  }
}
