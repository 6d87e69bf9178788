package org.partnerengine.leads;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.partnerengine.idempotency.Replays;
import org.partnerengine.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Leads in, from a partner manager or the CRM's service client. One lead answers 201 when its
 * lead-distribution instance started within the answer time, 202 while the start is under way. An
 * import (a CSV file) answers 200 with the report of rows stored and refused. With an
 * Idempotency-Key a replayed request gets the first answer and stores nothing new.
 */
@RestController
class LeadController {

  private static final String RECEIVE = "POST /api/leads";
  private static final String IMPORT = "POST /api/leads/import";

  private final LeadIntake intake;
  private final Replays replays;
  private final ObjectMapper json;

  LeadController(LeadIntake intake, Replays replays, ObjectMapper json) {
    this.intake = intake;
    this.replays = replays;
    this.json = json;
  }

  @PostMapping("/api/leads")
  ResponseEntity<?> receive(
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String key,
      @Valid @RequestBody LeadSubmission submission)
      throws JsonProcessingException {
    Supplier<Replays.Answer> work =
        () -> {
          LeadReceipt receipt = intake.receive(submission);
          HttpStatus status = receipt.processInstanceKey() != null ? HttpStatus.CREATED : HttpStatus.ACCEPTED;
          return new Replays.Answer(status.value(), write(receipt), "/api/leads/" + receipt.leadId() + "/routing");
        };
    return answer(key == null ? work.get() : replays.once(RECEIVE, key, json.writeValueAsString(submission), work));
  }

  /**
   * The report is stored with the import; the idempotency record keeps only its id, so a replay of
   * an import of any size answers the same report.
   */
  @PostMapping(path = "/api/leads/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> importCsv(
      @RequestHeader(name = "Idempotency-Key", required = false) @Pattern(regexp = "[\\x21-\\x7E]{1,100}") String key,
      @RequestPart("file") MultipartFile file)
      throws IOException {
    String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
    Supplier<Replays.Answer> work =
        () -> {
          LeadIntake.ImportReport report;
          try {
            report = intake.importCsv(csv);
          } catch (IllegalArgumentException unreadable) {
            throw ProblemResponses.invalidField("file", unreadable.getMessage());
          }
          return new Replays.Answer(HttpStatus.OK.value(), "{\"importId\":" + report.importId() + "}", null);
        };
    Replays.Answer answer = key == null ? work.get() : replays.once(IMPORT, key, csv, work);
    long importId = json.readTree(answer.body()).get("importId").asLong();
    return ResponseEntity.status(answer.status()).contentType(MediaType.APPLICATION_JSON).body(intake.importReport(importId));
  }

  private String write(Object body) {
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ResponseEntity<String> answer(Replays.Answer answer) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    if (answer.location() != null) {
      headers.setLocation(URI.create(answer.location()));
    }
    return ResponseEntity.status(answer.status()).headers(headers).body(answer.body());
  }
}
