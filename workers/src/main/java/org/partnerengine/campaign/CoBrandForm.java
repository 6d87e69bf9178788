package org.partnerengine.campaign;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The words of a partner's co-brand profile; the logo is uploaded on its own. */
public record CoBrandForm(
    @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String legalName,
    @Size(max = 200) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must be one line of text") String contactName,
    @Email @Size(max = 254) String contactEmail,
    @Size(max = 255) @Pattern(regexp = "(https?://[^\\s<>\"']+)?", message = "must be an http or https address") String website) {}
