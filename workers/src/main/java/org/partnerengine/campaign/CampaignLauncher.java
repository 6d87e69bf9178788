package org.partnerengine.campaign;

import java.util.List;

/**
 * Puts a partner's co-branded campaign out. The default ({@link CoBrandedCopyLauncher}) renders the
 * copy as files the partner downloads and sends itself; a marketing-automation integration
 * replaces it with a bean of its own. A launch may be asked twice for one participation (a
 * redelivered job): it must not send twice.
 */
public interface CampaignLauncher {

  record Launch(Campaign campaign, CampaignParticipation participation, CoBrandProfile profile, String responseLink) {}

  record RenderedFile(String fileName, String contentType, byte[] data) {}

  /** The files the partner downloads for this launch (none when the launch went out elsewhere). */
  List<RenderedFile> launch(Launch launch);
}
