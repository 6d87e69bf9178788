package org.partnerengine.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.partnerengine.idempotency.Replays;
import org.partnerengine.recruitment.ApplicationReceipt;
import org.partnerengine.recruitment.PartnerApplication;
import org.partnerengine.recruitment.PartnerApplications;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public "become a partner" form: no login, one partner and one lifecycle per application.
 * 201 when the engine created the lifecycle within the answer time, 202 when the start is still
 * under way (the partner page shows the instance once it runs). With an Idempotency-Key a
 * replayed request gets the first answer and starts nothing new.
 */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private static final String ENDPOINT = "POST /api/applications";

  private final PartnerApplications applications;
  private final Replays replays;
  private final ObjectMapper json;

  ApplicationController(PartnerApplications applications, Replays replays, ObjectMapper json) {
    this.applications = applications;
    this.replays = replays;
    this.json = json;
  }

  @PostMapping
  ResponseEntity<?> apply(
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String key,
      @Valid @RequestBody PartnerApplication application)
      throws JsonProcessingException {
    if (key == null) {
      ApplicationReceipt receipt = applications.apply(application);
      return ResponseEntity.status(status(receipt)).location(location(receipt)).body(receipt);
    }
    Replays.Answer answer =
        replays.once(
            ENDPOINT,
            key,
            json.writeValueAsString(application),
            () -> {
              ApplicationReceipt receipt = applications.apply(application);
              try {
                return new Replays.Answer(
                    status(receipt).value(), json.writeValueAsString(receipt), location(receipt).toString());
              } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
              }
            });
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (answer.location() != null) {
      headers.setLocation(URI.create(answer.location()));
    }
    return ResponseEntity.status(answer.status()).headers(headers).body(answer.body());
  }

  private static HttpStatus status(ApplicationReceipt receipt) {
    return receipt.started() ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
  }

  private static URI location(ApplicationReceipt receipt) {
    return URI.create("/api/partners/" + receipt.partnerId());
  }
}
