package org.partnerengine.campaign;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.partnerengine.security.Caller;
import org.partnerengine.security.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A partner's side of joint campaigns: its invitations, its answer, the files its launch rendered,
 * and the co-brand profile its copy shows. A partner sees its own only; managers read along and may
 * keep a profile for a partner, but only the partner opts in.
 */
@RestController
class PartnerCampaignController {

  private final Participations participations;
  private final CoBrand coBrand;

  PartnerCampaignController(Participations participations, CoBrand coBrand) {
    this.participations = participations;
    this.coBrand = coBrand;
  }

  record CampaignAnswer(@NotNull Boolean optIn) {}

  @GetMapping("/api/partners/{id}/campaigns")
  List<ParticipationView> campaigns(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    return participations.ofPartner(id);
  }

  @PostMapping("/api/partners/{id}/campaigns/{campaignId}/answer")
  ParticipationView answer(
      @PathVariable long id, @PathVariable long campaignId, @Valid @RequestBody CampaignAnswer answer, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    if (!caller.is(Role.PARTNER)) {
      throw new AccessDeniedException("A partner opts in to a campaign itself");
    }
    return participations.answer(id, campaignId, answer.optIn(), caller.username());
  }

  /** Served as an attachment, never rendered by the page: the copy is the partner's to send. */
  @GetMapping("/api/partners/{id}/campaigns/{campaignId}/files/{fileId}")
  ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long campaignId, @PathVariable long fileId, Authentication authentication) {
    Caller.forPartner(id, authentication);
    CampaignFile file = participations.file(id, campaignId, fileId);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(file.getContentType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.getFileName()).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .body(file.getData());
  }

  @GetMapping("/api/partners/{id}/co-brand")
  CoBrand.CoBrandView profile(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    return coBrand.profile(id);
  }

  @PutMapping("/api/partners/{id}/co-brand")
  CoBrand.CoBrandView describe(@PathVariable long id, @Valid @RequestBody CoBrandForm form, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    return coBrand.describe(id, form, caller.username());
  }

  @PutMapping(path = "/api/partners/{id}/co-brand/logo", consumes = {MediaType.IMAGE_PNG_VALUE, MediaType.IMAGE_JPEG_VALUE})
  CoBrand.CoBrandView logo(@PathVariable long id, @RequestBody byte[] image, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    return coBrand.logo(id, image, caller.username());
  }

  @GetMapping("/api/partners/{id}/co-brand/logo")
  ResponseEntity<byte[]> logo(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    CoBrandProfile profile = coBrand.withLogo(id);
    if (profile == null || profile.getLogo() == null) {
      throw new CampaignNotFound("Logo of partner " + id);
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(profile.getLogoType())).header("X-Content-Type-Options", "nosniff").body(profile.getLogo());
  }
}
