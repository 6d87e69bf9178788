package org.partnerengine.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.partnerengine.content.FileTypes;
import org.partnerengine.content.FileTypes.FileType;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.partner.Partners;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partner's co-brand profile. When a change makes it complete, every campaign part waiting for
 * it goes on.
 */
@Service
public class CoBrand {

  private static final Logger log = LoggerFactory.getLogger(CoBrand.class);

  /** The profile as the partner and managers read it; the logo is downloaded on its own. */
  public record CoBrandView(
      long partnerId, String legalName, String contactName, String contactEmail, String website, boolean hasLogo, boolean complete, List<String> missing) {}

  private final CoBrandProfiles profiles;
  private final Partners partners;
  private final Participations participations;
  private final CampaignSettings settings;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public CoBrand(
      CoBrandProfiles profiles, Partners partners, Participations participations, CampaignSettings settings, TransactionTemplate transaction, Clock clock) {
    this.profiles = profiles;
    this.partners = partners;
    this.participations = participations;
    this.settings = settings;
    this.transaction = transaction;
    this.clock = clock;
  }

  public CoBrandView profile(long partnerId) {
    return transaction.execute(status -> {
      partners.require(partnerId);
      return profiles.findById(partnerId).map(CoBrand::view).orElseGet(() -> view(new CoBrandProfile(partnerId)));
    });
  }

  public CoBrandView describe(long partnerId, CoBrandForm form, String username) {
    return change(partnerId, profile -> profile.describe(form, username, clock.instant()));
  }

  /** A PNG or JPEG (told from its bytes), at most the configured size. */
  public CoBrandView logo(long partnerId, byte[] image, String username) {
    if (image.length == 0 || image.length > settings.maxLogoBytes()) {
      throw new InvalidCampaign("logo", "must be a PNG or JPEG image of at most " + settings.maxLogoBytes() + " bytes");
    }
    FileType type = FileTypes.sniff(image)
        .filter(t -> t == FileType.PNG || t == FileType.JPEG)
        .orElseThrow(() -> new InvalidCampaign("logo", "must be a PNG or JPEG image"));
    return change(partnerId, profile -> profile.logo(image, type.mediaType(), username, clock.instant()));
  }

  /** The logo, for the page to show; null when there is none. */
  public CoBrandProfile withLogo(long partnerId) {
    return transaction.execute(status -> {
      partners.require(partnerId);
      CoBrandProfile profile = profiles.findById(partnerId).orElse(null);
      if (profile != null) {
        profile.getLogo();
      }
      return profile;
    });
  }

  private CoBrandView change(long partnerId, java.util.function.Consumer<CoBrandProfile> change) {
    Instant at = clock.instant();
    CoBrandView view = transaction.execute(status -> {
      partners.require(partnerId);
      CoBrandProfile profile = profiles.findById(partnerId).orElseGet(() -> new CoBrandProfile(partnerId));
      change.accept(profile);
      return view(profiles.saveAndFlush(profile));
    });
    if (view.complete()) {
      try {
        participations.coBrandCompleted(partnerId, at);
      } catch (EngineUnavailable e) {
        log.warn("Partner {}'s campaigns learn of its complete profile with its next change: {}", partnerId, e.getMessage());
      }
    }
    return view;
  }

  private static CoBrandView view(CoBrandProfile p) {
    return new CoBrandView(
        p.getPartnerId(), p.getLegalName(), p.getContactName(), p.getContactEmail(), p.getWebsite(), p.getLogoType() != null, p.isComplete(), p.missing());
  }
}
