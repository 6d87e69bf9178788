package org.partnerengine.ecosystem;

import java.util.Map;
import org.partnerengine.engine.EngineUnavailable;
import org.partnerengine.messaging.PartnerMessages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A partner's answer to a play: stored first, then told to the play's intro-request instance. An
 * engine that does not take the message loses nothing: the answer stands, and the instance ends
 * when the window closes, leaving an answered play as it is.
 */
@Service
public class PlayAnswers {

  static final String ANSWERED_MESSAGE = "play-answered";
  private static final Logger log = LoggerFactory.getLogger(PlayAnswers.class);

  private final AccountPlays plays;
  private final PartnerMessages messages;

  PlayAnswers(AccountPlays plays, PartnerMessages messages) {
    this.plays = plays;
    this.messages = messages;
  }

  public AccountPlay answer(long partnerId, long playId, boolean accepted, String note, String answeredBy) {
    AccountPlay answered = plays.answer(partnerId, playId, accepted, note, answeredBy);
    try {
      messages.publish(ANSWERED_MESSAGE, String.valueOf(playId), "play-answer:" + playId, Map.of("playAccepted", accepted));
    } catch (EngineUnavailable e) {
      log.warn("Play {} is answered; its instance ends when the window closes: {}", playId, e.getMessage());
    }
    return answered;
  }
}
