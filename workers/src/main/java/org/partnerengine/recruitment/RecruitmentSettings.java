package org.partnerengine.recruitment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.partnerengine.lifecycle.LifecycleVariables;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How recruitment waits and whom it refuses.
 *
 * @param approvalReminder when the approvers are reminded of an application they have not decided
 * @param approvalEscalation when an undecided application goes to a manager (also the task's due date)
 * @param restrictedCountries ISO country codes refused by due diligence; by default the bundled
 *     {@code recruitment/restricted-countries.txt}
 * @param restrictedEntities company names refused by due diligence (matched case-insensitively as
 *     part of the name); by default the bundled {@code recruitment/restricted-entities.txt}
 */
@ConfigurationProperties("partner-engine.recruitment")
public record RecruitmentSettings(
    Duration approvalReminder,
    Duration approvalEscalation,
    List<String> restrictedCountries,
    List<String> restrictedEntities)
    implements LifecycleVariables {

  public RecruitmentSettings {
    approvalReminder = approvalReminder == null ? Duration.ofDays(2) : approvalReminder;
    approvalEscalation = approvalEscalation == null ? Duration.ofDays(5) : approvalEscalation;
    restrictedCountries =
        List.copyOf(restrictedCountries == null ? bundledList("recruitment/restricted-countries.txt") : restrictedCountries);
    restrictedEntities =
        List.copyOf(restrictedEntities == null ? bundledList("recruitment/restricted-entities.txt") : restrictedEntities);
  }

  /** The defaults: every setting from its default. */
  public static RecruitmentSettings defaults() {
    return new RecruitmentSettings(null, null, null, null);
  }

  @Override
  public Map<String, Object> asProcessVariables() {
    return Map.of(
        "approvalReminder", approvalReminder.toString(),
        "approvalEscalation", approvalEscalation.toString());
  }

  /** A bundled list: one entry per line, blank lines and {@code #} comments skipped. */
  private static List<String> bundledList(String resource) {
    try (InputStream in = RecruitmentSettings.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing bundled list " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
