package org.partnerengine.ecosystem;

import java.util.Map;
import org.partnerengine.engine.ProcessStarter;
import org.springframework.stereotype.Component;

/** Starts one intro-request instance per play; its only variable is the play's id. */
@Component
public class IntroRequestProcess {

  public static final String BPMN_PROCESS_ID = "intro-request";

  private final ProcessStarter engine;

  public IntroRequestProcess(ProcessStarter engine) {
    this.engine = engine;
  }

  public long start(long playId) {
    return engine.start("intro-request for play " + playId, BPMN_PROCESS_ID, Map.of("playId", playId));
  }
}
