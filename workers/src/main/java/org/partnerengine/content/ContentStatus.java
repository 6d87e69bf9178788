package org.partnerengine.content;

/** Where a version of an asset stands in the content-publication process. */
public enum ContentStatus {
  DRAFT,
  IN_REVIEW,
  PUBLISHED,
  SUPERSEDED,
  RETIRED
}
