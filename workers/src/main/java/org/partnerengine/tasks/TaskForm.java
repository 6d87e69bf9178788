package org.partnerengine.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A Camunda form (form-js schema) as a validator of task input: every keyed field's type, its
 * required flag, length and range limits, and the choices of selects and radios. Fields the form
 * does not have are refused, so a completion sets only what the designer put on the form. A
 * field's pattern is checked with a bound on the regex engine's work.
 */
public final class TaskForm {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The longest value checked against a pattern; patterns check codes and short text. */
  static final int MAX_PATTERN_INPUT = 2_000;
  /** Reads of the value a pattern may make: a linear pattern on the longest value needs a few thousand. */
  private static final long MAX_PATTERN_STEPS = 1_000_000;
  private static final Duration PATTERN_TIME_LIMIT = Duration.ofMillis(200);
  private static final Set<String> LAYOUT =
      Set.of("text", "html", "image", "button", "spacer", "separator", "iframe", "table", "documentPreview");

  private final List<JsonNode> fields = new ArrayList<>();

  private TaskForm(JsonNode schema) {
    collect(schema.path("components"));
  }

  public static TaskForm parse(String json) {
    try {
      return new TaskForm(JSON.readTree(json));
    } catch (Exception e) {
      throw new IllegalArgumentException("Not a form schema", e);
    }
  }

  private void collect(JsonNode components) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collect(component.path("components"));
      }
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && !LAYOUT.contains(type)) {
        fields.add(component);
      }
    }
  }

  public List<FormViolation> validate(Map<String, Object> variables) {
    List<FormViolation> violations = new ArrayList<>();
    Set<String> known = new java.util.HashSet<>();
    for (JsonNode field : fields) {
      String key = field.path("key").asText();
      known.add(key);
      Object value = variables.get(key);
      boolean required = field.path("validate").path("required").asBoolean(false);
      if (value == null || (value instanceof String s && s.isBlank())) {
        if (required) {
          violations.add(new FormViolation(key, "is required"));
        }
        continue;
      }
      String problem = check(field, value);
      if (problem != null) {
        violations.add(new FormViolation(key, problem));
      }
    }
    variables.keySet().stream()
        .filter(k -> !known.contains(k))
        .sorted()
        .forEach(k -> violations.add(new FormViolation(k, "is not a field of the form")));
    return violations;
  }

  private static BigDecimal decimal(Number number) {
    if (number instanceof BigDecimal exact) {
      return exact;
    }
    try {
      return new BigDecimal(number.toString());
    } catch (NumberFormatException notFinite) {
      return null;
    }
  }

  private static String check(JsonNode field, Object value) {
    JsonNode validate = field.path("validate");
    return switch (field.path("type").asText()) {
      case "number" -> {
        // Compared as decimals: a number field is often an amount of money, exact at its bounds.
        BigDecimal number = value instanceof Number n ? decimal(n) : null;
        if (number == null) {
          yield "must be a number";
        }
        if (validate.has("min") && number.compareTo(validate.path("min").decimalValue()) < 0) {
          yield "must be at least " + validate.path("min").asText();
        }
        if (validate.has("max") && number.compareTo(validate.path("max").decimalValue()) > 0) {
          yield "must be at most " + validate.path("max").asText();
        }
        yield null;
      }
      case "checkbox" -> value instanceof Boolean ? null : "must be true or false";
      case "checklist", "taglist" -> {
        if (!(value instanceof Collection<?> values)) {
          yield "must be a list";
        }
        yield values.stream().allMatch(v -> allowed(field, v)) ? null : "must contain only " + choices(field);
      }
      case "select", "radio" -> allowed(field, value) ? null : "must be one of " + choices(field);
      case "datetime" -> {
        if (!(value instanceof String text)) {
          yield "must be a date";
        }
        try {
          if (!"time".equals(field.path("subtype").asText())) {
            LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
          }
          yield null;
        } catch (DateTimeParseException e) {
          yield "must be a date such as 2026-12-31";
        }
      }
      default -> {
        if (!(value instanceof String text)) {
          yield "must be a string";
        }
        if (validate.has("minLength") && text.length() < validate.path("minLength").asInt()) {
          yield "must be at least " + validate.path("minLength").asInt() + " characters";
        }
        if (validate.has("maxLength") && text.length() > validate.path("maxLength").asInt()) {
          yield "must be at most " + validate.path("maxLength").asInt() + " characters";
        }
        yield validate.hasNonNull("pattern") ? matchPattern(validate.path("pattern").asText(), text) : null;
      }
    };
  }

  /**
   * Checks the text against a pattern the form's designer wrote, with a bound: a pattern that
   * backtracks catastrophically on the text gives up after a number of steps (or a short time)
   * instead of holding the request's thread. The bound is far above what any sane pattern needs
   * on text of the length checked.
   */
  private static String matchPattern(String pattern, String text) {
    if (text.length() > MAX_PATTERN_INPUT) {
      return "is too long to be checked against the form's pattern (at most " + MAX_PATTERN_INPUT + " characters)";
    }
    Pattern compiled;
    try {
      compiled = Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      // Closed by default: a pattern nobody can check accepts nothing.
      return "cannot be checked: the form's pattern is not a valid pattern";
    }
    try {
      return compiled.matcher(new BoundedText(text)).matches() ? null : "does not match the expected pattern";
    } catch (PatternTooCostly e) {
      return "cannot be checked: the form's pattern takes too long on this value";
    }
  }

  /** Text that counts the regex engine's reads and stops it when they run over the bound. */
  private static final class BoundedText implements CharSequence {
    private final String text;
    private final long deadline;
    private long steps;

    BoundedText(String text) {
      this(text, System.nanoTime() + PATTERN_TIME_LIMIT.toNanos());
    }

    private BoundedText(String text, long deadline) {
      this.text = text;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if (++steps > MAX_PATTERN_STEPS || ((steps & 0x3FF) == 0 && System.nanoTime() > deadline)) {
        throw new PatternTooCostly();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new BoundedText(text.substring(start, end), deadline);
    }

    @Override
    public String toString() {
      return text;
    }
  }

  private static final class PatternTooCostly extends RuntimeException {
    PatternTooCostly() {
      super(null, null, false, false);
    }
  }

  private static boolean allowed(JsonNode field, Object value) {
    JsonNode values = field.path("values");
    if (!values.isArray() || values.isEmpty()) {
      // Options from a variable or an expression: only the type is known.
      return value instanceof String || value instanceof Number || value instanceof Boolean;
    }
    for (JsonNode option : values) {
      if (option.path("value").asText().equals(String.valueOf(value))) {
        return true;
      }
    }
    return false;
  }

  private static List<String> choices(JsonNode field) {
    List<String> choices = new ArrayList<>();
    field.path("values").forEach(v -> choices.add(v.path("value").asText()));
    return choices;
  }
}
