package org.partnerengine.partner;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Says what a history entry means in people's words, in the reader's language: a short label and
 * a sentence per event type ({@code i18n/history*.properties}). A type without wording (a new
 * process that records one before its bundle lines are written) reads as its code spelled out,
 * never as the code itself.
 */
@Component
public class HistoryWording {

  /** The label and sentence of one entry. */
  public record Wording(String label, String sentence) {}

  private final ResourceBundleMessageSource bundle = new ResourceBundleMessageSource();

  public HistoryWording() {
    bundle.setBasename("i18n/history");
    bundle.setDefaultEncoding(StandardCharsets.UTF_8.name());
    // English is the bundle without a suffix: a reader in any other language gets it, whatever
    // language the server runs in.
    bundle.setFallbackToSystemLocale(false);
  }

  public Wording of(String type, Stage stage, Locale locale) {
    String label = bundle.getMessage(type + ".label", null, null, locale);
    if (label == null) {
      String spelled = spelledOut(type);
      return new Wording(spelled, spelled + ".");
    }
    String stageName = stage == null ? "" : bundle.getMessage("stage." + stage.name(), null, stage.name(), locale);
    // {0} is replaced as text, not through MessageFormat, so an apostrophe in a sentence stays as written.
    String sentence = bundle.getMessage(type + ".sentence", null, label + ".", locale);
    return new Wording(label, sentence.replace("{0}", stageName));
  }

  /** Whether the type has its own wording (tests use it to find types recorded without one). */
  public boolean isWorded(String type) {
    try {
      bundle.getMessage(type + ".label", null, Locale.ENGLISH);
      return true;
    } catch (NoSuchMessageException e) {
      return false;
    }
  }

  static String spelledOut(String type) {
    String words = type == null ? "" : type.replace('_', ' ').toLowerCase(Locale.ROOT).strip();
    return words.isEmpty() ? "Event" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
