package org.partnerengine.cosell;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one revenue-split instance per proposed split: ids and the owner's answer window, no shares. */
@Component
public class RevenueSplitProcess {

  public static final String BPMN_PROCESS_ID = "revenue-split";
  private static final String WHAT = "the revenue split";

  private final ProcessStarter engine;
  private final CoSellingSettings settings;

  public RevenueSplitProcess(ProcessStarter engine, CoSellingSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  public long start(DealSplit split) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(split));
  }

  public CompletableFuture<Long> startAsync(DealSplit split) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(split));
  }

  private Map<String, Object> variables(DealSplit split) {
    return Map.of(
        "splitId", split.getId(),
        "dealId", split.getDealId(),
        "partnerId", split.getOwnerPartnerId(),
        "ownerAccepted", split.getStatus() == SplitStatus.OWNER_ACCEPTED,
        "splitOwnerAnswerWindow", settings.ownerAnswerWindow().toString());
  }

  /** "partner 12 OWNER 60.00 %, partner 31 FULFILLING 40.00 %": what the approver decides. */
  static String summary(DealSplit split) {
    return String.join(
        ", ",
        split.getShares().stream()
            .map(s -> "partner " + s.partnerId() + " " + s.role() + " " + s.sharePercent().toPlainString() + " %")
            .toList());
  }
}
