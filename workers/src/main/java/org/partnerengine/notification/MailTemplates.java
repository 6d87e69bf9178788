package org.partnerengine.notification;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.ClassPathResource;

/**
 * The mail texts, one Mustache file per template and language under {@code templates/mail/}
 * ({@code portal-invitation.de.mustache}): the first line is {@code Subject: ...}, then a blank
 * line, then the plain-text body. A language without its own file gets the English one. Values are
 * strict: a template that names a value the mail does not have fails, rather than mailing a gap.
 */
public class MailTemplates {

  static final String FALLBACK_LANGUAGE = "en";
  private static final String SUBJECT = "Subject:";

  private final Mustache.Compiler compiler;
  private final Map<String, Template> compiled = new ConcurrentHashMap<>();

  public MailTemplates(Mustache.Compiler compiler) {
    // Plain text: no HTML escaping of a company name like "Smith & Sons".
    this.compiler = compiler.escapeHTML(false).nullValue("");
  }

  /** A rendered mail. */
  public record RenderedMail(String language, String subject, String body) {}

  public boolean exists(String template, String language) {
    return resource(template, language).exists();
  }

  public RenderedMail render(String template, Locale locale, Map<String, Object> values) {
    String language = exists(template, locale.getLanguage()) ? locale.getLanguage() : FALLBACK_LANGUAGE;
    if (!exists(template, language)) {
      throw new UndeliverableNotification("No mail template " + template);
    }
    String text = compiled.computeIfAbsent(template + "." + language, key -> compile(template, language)).execute(values);
    int lineEnd = text.indexOf('\n');
    if (!text.startsWith(SUBJECT) || lineEnd < 0) {
      throw new IllegalStateException("Mail template " + template + "." + language + " does not start with " + SUBJECT);
    }
    return new RenderedMail(language, text.substring(SUBJECT.length(), lineEnd).strip(), text.substring(lineEnd + 1).strip() + "\n");
  }

  private Template compile(String template, String language) {
    try (Reader reader = new InputStreamReader(resource(template, language).getInputStream(), StandardCharsets.UTF_8)) {
      return compiler.compile(reader);
    } catch (IOException e) {
      throw new IllegalStateException("Mail template " + template + "." + language + " not readable", e);
    }
  }

  private static ClassPathResource resource(String template, String language) {
    if (!template.matches("[a-z0-9-]+") || !language.matches("[a-z]{2,3}")) {
      throw new IllegalArgumentException("Not a template name: " + template + "." + language);
    }
    return new ClassPathResource("templates/mail/" + template + "." + language + ".mustache");
  }
}
