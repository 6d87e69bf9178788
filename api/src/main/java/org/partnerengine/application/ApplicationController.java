package org.partnerengine.application;

import jakarta.validation.Valid;
import java.net.URI;
import org.partnerengine.recruitment.ApplicationReceipt;
import org.partnerengine.recruitment.PartnerApplication;
import org.partnerengine.recruitment.PartnerApplications;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public "become a partner" form: no login, one partner and one lifecycle per application. */
@RestController
@RequestMapping("/api/applications")
class ApplicationController {

  private final PartnerApplications applications;

  ApplicationController(PartnerApplications applications) {
    this.applications = applications;
  }

  @PostMapping
  ResponseEntity<ApplicationReceipt> apply(@Valid @RequestBody PartnerApplication application) {
    ApplicationReceipt receipt = applications.apply(application);
    return ResponseEntity.created(URI.create("/api/partners/" + receipt.partnerId())).body(receipt);
  }
}
