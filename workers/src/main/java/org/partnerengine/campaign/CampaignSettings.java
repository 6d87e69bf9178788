package org.partnerengine.campaign;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Joint campaigns as an operator sets them.
 *
 * @param landingPage the vendor's page a partner's copy links to; the response link is this address
 *     with the partner's tracking code as {@code ?c=}
 * @param maxLogoBytes the largest logo a partner may upload (PNG or JPEG)
 */
@ConfigurationProperties("partner-engine.campaigns")
public record CampaignSettings(URI landingPage, Integer maxLogoBytes) {

  public CampaignSettings {
    landingPage = landingPage == null ? URI.create("https://www.example.com/campaigns") : landingPage;
    maxLogoBytes = maxLogoBytes == null ? 512 * 1024 : maxLogoBytes;
    if (!"https".equals(landingPage.getScheme()) && !"http".equals(landingPage.getScheme())) {
      throw new IllegalArgumentException("partner-engine.campaigns.landing-page must be an http or https address");
    }
  }

  public static CampaignSettings defaults() {
    return new CampaignSettings(null, null);
  }

  String responseLink(String trackingCode) {
    return landingPage + (landingPage.getQuery() == null ? "?" : "&") + "c=" + trackingCode;
  }
}
