package org.partnerengine.campaign;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The default launch: the copy with the partner's merge fields filled, as an HTML mail and as plain
 * text. An integration's own launcher, declared {@code @Primary}, takes its place.
 */
@Component
class CoBrandedCopyLauncher implements CampaignLauncher {

  @Override
  public List<RenderedFile> launch(Launch launch) {
    String base = "campaign-" + launch.campaign().getId();
    return List.of(
        new RenderedFile(base + "-email.html", "text/html;charset=UTF-8",
            CampaignCopy.html(launch.campaign(), launch.profile(), launch.responseLink()).getBytes(StandardCharsets.UTF_8)),
        new RenderedFile(base + "-email.txt", "text/plain;charset=UTF-8",
            CampaignCopy.text(launch.campaign(), launch.profile(), launch.responseLink()).getBytes(StandardCharsets.UTF_8)));
  }
}
