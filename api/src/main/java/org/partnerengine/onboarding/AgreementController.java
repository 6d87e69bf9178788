package org.partnerengine.onboarding;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import org.partnerengine.security.Caller;
import org.partnerengine.web.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner agreement as a PDF, signed by click in the portal and countersigned by a manager.
 * A partner user reaches its own partner's agreement only (another's answers 404, as if it did
 * not exist); managers reach every partner's. The PDF's ETag is the SHA-256 of its bytes: the
 * signature sends it back, so what is signed is exactly what was opened.
 */
@RestController
@RequestMapping("/api/partners/{id}/agreement")
class AgreementController {

  private static final String LANGUAGE = "en|de";
  /** Any text a person types on one line: no control characters. */
  private static final String ONE_LINE = "[^\\p{Cntrl}]*";

  private final PartnerAgreements agreements;

  AgreementController(PartnerAgreements agreements) {
    this.agreements = agreements;
  }

  /** What the signer typed and ticked, and the document it signs (hash and language as opened). */
  record AgreementSigning(
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String signerName,
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String signerTitle,
      @NotNull @AssertTrue(message = "must be ticked to sign") Boolean consent,
      @NotBlank @Pattern(regexp = "[0-9a-fA-F]{64}", message = "must be the SHA-256 (hex) of the PDF opened") String documentSha256,
      @Pattern(regexp = LANGUAGE) String language) {}

  record Countersigning(
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String signerName,
      @NotBlank @Size(max = 200) @Pattern(regexp = ONE_LINE) String signerTitle) {}

  record SignatureView(
      String templateVersion,
      String language,
      String signerName,
      String signerTitle,
      String signedBy,
      Instant signedAt,
      String documentSha256,
      String countersignerName,
      String countersignerTitle,
      String countersignedBy,
      Instant countersignedAt) {

    static SignatureView of(AgreementSignature s) {
      return new SignatureView(
          s.getTemplateVersion(), s.getLanguage(), s.getSignerName(), s.getSignerTitle(), s.getSignedBy(), s.getSignedAt(),
          s.getDocumentSha256(), s.getCountersignerName(), s.getCountersignerTitle(), s.getCountersignedBy(),
          s.getCountersignedAt());
    }
  }

  /** The agreement as it reads now, in {@code lang} (else the request's language), to open and sign. */
  @GetMapping
  ResponseEntity<byte[]> agreement(
      @PathVariable long id,
      @RequestParam(name = "lang", required = false) @Pattern(regexp = LANGUAGE) String lang,
      Locale locale,
      Authentication authentication) {
    Caller.forPartner(id, authentication);
    AgreementLanguage language = lang != null ? AgreementLanguage.ofCode(lang) : AgreementLanguage.of(locale);
    AgreementDocument document = agreements.document(id, language);
    return pdf(document.pdf(), document.sha256(), document.fileName(), language);
  }

  @PostMapping("/signature")
  ResponseEntity<SignatureView> sign(
      @PathVariable long id,
      @Valid @RequestBody AgreementSigning body,
      Authentication authentication,
      HttpServletRequest request) {
    Caller caller = Caller.forPartner(id, authentication);
    AgreementSignature signature =
        agreements.sign(
            id,
            AgreementLanguage.ofCode(body.language()),
            body.documentSha256(),
            new Signer(body.signerName(), body.signerTitle()),
            caller.username(),
            request.getRemoteAddr());
    return ResponseEntity.status(HttpStatus.CREATED).body(SignatureView.of(signature));
  }

  /** Who signed and countersigned, when, and the hash of the document signed. */
  @GetMapping("/signature")
  SignatureView signature(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    try {
      return SignatureView.of(agreements.signature(id));
    } catch (AgreementRefused e) {
      throw new NotFound("No signed agreement", e.getMessage());
    }
  }

  /** The PDF exactly as signed; its ETag is the SHA-256 kept with the signature. */
  @GetMapping("/signed-copy")
  ResponseEntity<byte[]> signedCopy(@PathVariable long id, Authentication authentication) {
    Caller.forPartner(id, authentication);
    AgreementSignature signature;
    try {
      signature = agreements.signature(id);
    } catch (AgreementRefused e) {
      throw new NotFound("No signed agreement", e.getMessage());
    }
    AgreementLanguage language = AgreementLanguage.ofCode(signature.getLanguage());
    return pdf(
        signature.getDocument(),
        signature.getDocumentSha256(),
        "partner-agreement-" + signature.getTemplateVersion() + "-" + language.code() + "-signed.pdf",
        language);
  }

  /** A manager's countersignature (managers only, see the security configuration). */
  @PostMapping("/countersignature")
  SignatureView countersign(@PathVariable long id, @Valid @RequestBody Countersigning body, Authentication authentication) {
    Caller caller = Caller.forPartner(id, authentication);
    return SignatureView.of(agreements.countersignOutsideTheInbox(id, new Signer(body.signerName(), body.signerTitle()), caller.username()));
  }

  /** Refusals of the agreement's state: one status and title each. */
  @ExceptionHandler(AgreementRefused.class)
  ProblemDetail refused(AgreementRefused e) {
    HttpStatus status = e.reason() == AgreementRefused.Reason.DOCUMENT_CHANGED ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.CONFLICT;
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
    problem.setTitle(
        switch (e.reason()) {
          case NOT_GENERATED -> "No agreement yet";
          case ALREADY_SIGNED -> "Agreement already signed";
          case DOCUMENT_CHANGED -> "Agreement changed since it was opened";
          case NOT_SIGNED -> "Agreement not signed yet";
          case ALREADY_COUNTERSIGNED -> "Agreement already countersigned";
          case SAME_PERSON -> "Countersignature by another person";
        });
    return problem;
  }


  private static ResponseEntity<byte[]> pdf(byte[] bytes, String sha256, String fileName, AgreementLanguage language) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .eTag("\"" + sha256 + "\"")
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.CONTENT_LANGUAGE, language.code())
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
        .body(bytes);
  }
}
