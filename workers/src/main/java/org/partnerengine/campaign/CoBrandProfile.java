package org.partnerengine.campaign;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** What a partner's co-branded material shows of it; complete with a legal name, a contact e-mail and a logo. */
@Entity
public final class CoBrandProfile {

  @Id private Long partnerId;

  private String legalName;
  private String contactName;
  private String contactEmail;
  private String website;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(columnDefinition = "longblob")
  private byte[] logo;

  private String logoType;
  private String updatedBy;
  private Instant updatedAt;

  @Version private long version;

  protected CoBrandProfile() {}

  CoBrandProfile(long partnerId) {
    this.partnerId = partnerId;
  }

  void describe(CoBrandForm form, String by, Instant at) {
    legalName = blankToNull(form.legalName());
    contactName = blankToNull(form.contactName());
    contactEmail = blankToNull(form.contactEmail());
    website = blankToNull(form.website());
    updatedBy = by;
    updatedAt = at;
  }

  void logo(byte[] image, String mediaType, String by, Instant at) {
    logo = image;
    logoType = mediaType;
    updatedBy = by;
    updatedAt = at;
  }

  public boolean isComplete() {
    return legalName != null && contactEmail != null && logoType != null;
  }

  /** What is still missing, in the words of the form's fields. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (legalName == null) {
      missing.add("legalName");
    }
    if (contactEmail == null) {
      missing.add("contactEmail");
    }
    if (logoType == null) {
      missing.add("logo");
    }
    return missing;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public String getLegalName() {
    return legalName;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getWebsite() {
    return website;
  }

  public byte[] getLogo() {
    return logo;
  }

  public String getLogoType() {
    return logoType;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
