package org.partnerengine.attention;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.partnerengine.partner.Partner;
import org.partnerengine.partner.Partners;
import org.partnerengine.paging.PageView;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The partners that need attention now (open reasons), longest waiting first. */
@RestController
public class AttentionController {

  private final PartnerAttentions attentions;
  private final Partners partners;

  AttentionController(PartnerAttentions attentions, Partners partners) {
    this.attentions = attentions;
    this.partners = partners;
  }

  record AttentionView(
      long partnerId, String companyName, String reason, AttentionKind kind, int round, Instant raisedAt, Instant followedUpAt) {}

  @GetMapping("/api/analytics/attention")
  @Transactional(readOnly = true)
  PageView<AttentionView> attention(
      // Optional for binding, required by validation: a missing kind is a 400 that names the field.
      @RequestParam(required = false) @NotNull AttentionKind kind,
      @RequestParam(defaultValue = "0") @Min(0) @Max(PageView.MAX_PAGE) int page,
      @RequestParam(defaultValue = "20") @Min(1) @Max(PageView.MAX_SIZE) int size) {
    Page<PartnerAttention> open =
        attentions.findByStatusAndKind(
            AttentionStatus.OPEN, kind, PageRequest.of(page, size, Sort.by("raisedAt", "id")));
    Map<Long, String> names =
        partners.findAllById(open.map(PartnerAttention::getPartnerId).toList()).stream()
            .collect(Collectors.toMap(Partner::getId, Partner::getCompanyName, (a, b) -> a));
    return PageView.of(
        open,
        (Function<PartnerAttention, AttentionView>)
            a -> new AttentionView(
                a.getPartnerId(), names.get(a.getPartnerId()), a.getReason(), a.getKind(), a.getRound(), a.getRaisedAt(), a.getFollowedUpAt()));
  }
}
