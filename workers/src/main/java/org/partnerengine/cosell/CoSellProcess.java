package org.partnerengine.cosell;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/**
 * Starts one co-sell-request instance per request. Besides the ids it carries what the direct sales
 * group's task shows (the help asked for, by when) and the group itself: no personal data.
 */
@Component
public class CoSellProcess {

  public static final String BPMN_PROCESS_ID = "co-sell-request";
  private static final String WHAT = "the co-sell request";

  private final ProcessStarter engine;
  private final CoSellingSettings settings;

  public CoSellProcess(ProcessStarter engine, CoSellingSettings settings) {
    this.engine = engine;
    this.settings = settings;
  }

  public long start(CoSellRequest request) {
    return engine.start(WHAT, BPMN_PROCESS_ID, variables(request));
  }

  public CompletableFuture<Long> startAsync(CoSellRequest request) {
    return engine.startAsync(WHAT, BPMN_PROCESS_ID, variables(request));
  }

  private Map<String, Object> variables(CoSellRequest request) {
    return Map.of(
        "coSellRequestId", request.getId(),
        "dealId", request.getDealId(),
        "partnerId", request.getPartnerId(),
        "coSellHelp", request.getHelp().name(),
        "coSellNeededBy", request.getNeededBy().toString(),
        "directSalesGroup", request.getDirectSalesGroup(),
        "coSellAnswerWithin", settings.answerWithin().toString());
  }
}
