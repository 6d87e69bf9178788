package org.partnerengine.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Every word the product shows has its German: the page's bundles against the keys its scripts
 * use, the task forms' labels against the forms bundle, the user tasks' names against the tasks
 * bundle, the problem titles the code writes against the problem bundles. A new language is a new file of each kind, checked here the same way.
 */
class TranslationsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
  private static final PathMatchingResourcePatternResolver RESOURCES = new PathMatchingResourcePatternResolver();
  private static final Pattern KEY = Pattern.compile("\\bt\\('([^']+)'");
  private static final Pattern ANY_T_CALL = Pattern.compile("\\bt\\((.)");
  private static final Pattern TERM = Pattern.compile("\\bterm\\('([A-Za-z]+)'");
  private static final Pattern STATIC_KEY = Pattern.compile("data-i18n=\"([^\"]+)\"");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");
  private static final Pattern FORM_PLACEHOLDER = Pattern.compile("\\{\\{[^}]+}}");

  @Test
  void everyPageBundleHasTheSameKeysAndNoEmptyText() throws IOException {
    Map<String, Map<String, String>> bundles = pageBundles();
    Map<String, String> english = bundles.get("en");

    assertThat(bundles).containsKeys("en", "de");
    Map<String, String> switchable = new TreeMap<>();
    JSON.readTree(RESOURCES.getResource("classpath:static/i18n/languages.json").getInputStream()).fields()
        .forEachRemaining(e -> switchable.put(e.getKey(), e.getValue().asText()));
    assertThat(switchable.keySet()).as("languages.json against the bundles").isEqualTo(bundles.keySet());
    bundles.forEach((language, bundle) -> {
      assertThat(bundle.keySet()).as("keys of %s.json", language).containsExactlyInAnyOrderElementsOf(english.keySet());
      assertThat(bundle).as("texts of %s.json", language).allSatisfy((key, text) -> assertThat(text).as(key).isNotBlank());
      assertThat(bundle).as("placeholders of %s.json", language).allSatisfy((key, text) ->
          assertThat(placeholders(PLACEHOLDER, text)).as(key).isEqualTo(placeholders(PLACEHOLDER, english.get(key))));
    });
  }

  @Test
  void everyKeyThePageUsesIsInTheBundles() throws IOException {
    Set<String> keys = new TreeSet<>();
    Set<String> groups = new TreeSet<>();
    List<String> notLiteral = new ArrayList<>();
    for (Resource script : RESOURCES.getResources("classpath:static/js/*.js")) {
      String source = script.getContentAsString(StandardCharsets.UTF_8);
      keys.addAll(matches(KEY, source));
      groups.addAll(matches(TERM, source));
      Matcher call = ANY_T_CALL.matcher(source);
      while (call.find()) {
        // index.html's data-i18n keys are read below; i18n.js defines t itself.
        boolean staticKeys = source.startsWith("t(el.dataset.i18n)", call.start());
        if (!call.group(1).equals("'") && !staticKeys && !script.getFilename().equals("i18n.js")) {
          notLiteral.add(script.getFilename() + ": " + source.substring(call.start(), Math.min(source.length(), call.start() + 40)));
        }
      }
    }
    keys.addAll(matches(STATIC_KEY, RESOURCES.getResource("classpath:static/index.html").getContentAsString(StandardCharsets.UTF_8)));

    assertThat(keys).as("keys used by the page").hasSizeGreaterThan(300);
    assertThat(notLiteral).as("t() called with a key the check cannot see").isEmpty();
    Map<String, Map<String, String>> bundles = pageBundles();
    bundles.forEach((language, bundle) -> {
      assertThat(bundle.keySet()).as("%s.json", language).containsAll(keys);
      assertThat(groups).as("code groups in %s.json", language)
          .allSatisfy(group -> assertThat(bundle.keySet()).anyMatch(key -> key.startsWith(group + ".")));
    });
  }

  @Test
  void everyLabelOfEveryTaskFormHasItsGerman() throws IOException {
    Map<String, Map<String, JsonNode>> english = new TreeMap<>();
    for (Resource form : RESOURCES.getResources("classpath*:processes/*.form")) {
      JsonNode schema = JSON.readTree(form.getInputStream());
      Map<String, JsonNode> words = new LinkedHashMap<>();
      collectWords(schema.path("components"), words);
      english.put(schema.path("id").asText(), words);
    }
    assertThat(english).as("forms found").hasSizeGreaterThan(20);

    for (String language : formLanguages()) {
      JsonNode bundle = JSON.readTree(RESOURCES.getResource("classpath:static/i18n/forms-" + language + ".json").getInputStream());
      List<String> missing = new ArrayList<>();
      english.forEach((formId, components) -> components.forEach((component, words) -> {
        JsonNode translated = bundle.path(formId).path(component);
        for (Iterator<Map.Entry<String, JsonNode>> it = words.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> word = it.next();
          if (word.getKey().equals("values")) {
            word.getValue().fieldNames().forEachRemaining(value -> {
              if (translated.path("values").path(value).asText().isBlank()) {
                missing.add(formId + " " + component + " option " + value);
              }
            });
          } else if (translated.path(word.getKey()).asText().isBlank()) {
            missing.add(formId + " " + component + " " + word.getKey());
          } else if (!placeholders(FORM_PLACEHOLDER, translated.path(word.getKey()).asText())
              .equals(placeholders(FORM_PLACEHOLDER, word.getValue().asText()))) {
            missing.add(formId + " " + component + " " + word.getKey() + " with other {{fields}} than the form");
          }
        }
      }));
      List<String> stale = new ArrayList<>();
      bundle.fieldNames().forEachRemaining(formId -> bundle.path(formId).fieldNames().forEachRemaining(component -> {
        if (!english.containsKey(formId) || !english.get(formId).containsKey(component)) {
          stale.add(formId + " " + component);
        }
      }));
      assertThat(missing).as("form words without %s", language).isEmpty();
      assertThat(stale).as("forms-%s.json entries of no form field", language).isEmpty();
    }
  }

  @Test
  void everyUserTaskOfEveryProcessHasItsGermanName() throws Exception {
    Map<String, Map<String, String>> english = new TreeMap<>();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    for (Resource model : RESOURCES.getResources("classpath*:processes/*.bpmn")) {
      NodeList processes = factory.newDocumentBuilder().parse(model.getInputStream()).getElementsByTagNameNS(BPMN, "process");
      for (int p = 0; p < processes.getLength(); p++) {
        Element process = (Element) processes.item(p);
        NodeList tasks = process.getElementsByTagNameNS(BPMN, "userTask");
        for (int i = 0; i < tasks.getLength(); i++) {
          Element task = (Element) tasks.item(i);
          english.computeIfAbsent(process.getAttribute("id"), id -> new TreeMap<>()).put(task.getAttribute("id"), task.getAttribute("name"));
        }
      }
    }
    assertThat(english.values().stream().mapToInt(Map::size).sum()).as("user tasks found").isGreaterThan(20);

    for (Resource file : RESOURCES.getResources("classpath:static/i18n/tasks-*.json")) {
      JsonNode names = JSON.readTree(file.getInputStream());
      List<String> missing = new ArrayList<>();
      english.forEach((process, tasks) -> tasks.keySet().forEach(task -> {
        if (names.path(process).path(task).asText().isBlank()) {
          missing.add(process + " " + task + " (" + tasks.get(task) + ")");
        }
      }));
      List<String> stale = new ArrayList<>();
      names.fieldNames().forEachRemaining(process -> names.path(process).fieldNames().forEachRemaining(task -> {
        if (!english.getOrDefault(process, Map.of()).containsKey(task)) {
          stale.add(process + " " + task);
        }
      }));
      assertThat(missing).as("user tasks without a name in %s", file.getFilename()).isEmpty();
      assertThat(stale).as("%s entries of no user task", file.getFilename()).isEmpty();
    }
    assertThat(RESOURCES.getResource("classpath:static/i18n/tasks-de.json").exists()).isTrue();
  }

  @Test
  void everyProblemTitleHasItsGerman() throws IOException {
    Set<String> titles = problemTitlesInTheCode();
    Properties english = properties("i18n/problems.properties");

    assertThat(titles).as("titles found in the code").hasSizeGreaterThan(60);
    assertThat(titles).allSatisfy(title ->
        assertThat(english.getProperty(ProblemTitles.key(title))).as("problems.properties for \"%s\"", title).isEqualTo(title));
    for (Resource bundle : RESOURCES.getResources("classpath:i18n/problems_*.properties")) {
      Properties translated = properties("i18n/" + bundle.getFilename());
      assertThat(translated.stringPropertyNames()).as(bundle.getFilename()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
      assertThat(translated.stringPropertyNames()).as(bundle.getFilename())
          .allSatisfy(key -> assertThat(translated.getProperty(key)).as(key).isNotBlank());
    }
    assertThat(RESOURCES.getResource("classpath:i18n/problems_de.properties").exists()).isTrue();
  }

  /** Titles as handlers write them: set directly, or handed to the small helpers that set them. */
  private static Set<String> problemTitlesInTheCode() throws IOException {
    List<Pattern> patterns = Stream.of(
            "setTitle\\(\\s*\"([^\"]+)\"",
            "Refusal\\(HttpStatus\\.\\w+,\\s*\"([^\"]+)\"\\)",
            "problem\\(HttpStatus\\.\\w+,\\s*\"([^\"]+)\"",
            "unavailable\\(\\s*\"([^\"]+)\"",
            "write\\(request, response, HttpStatus\\.\\w+,\\s*\"([^\"]+)\"",
            "new NotFound\\(\\s*\"([^\"]+)\"",
            "case [A-Z_]+ -> \"([^\"]+)\";")
        .map(Pattern::compile)
        .toList();
    Set<String> titles = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        // The switch pattern is for titles chosen by a reason (AgreementController), not every switch.
        for (Pattern pattern : patterns) {
          if (pattern.pattern().startsWith("case") && !source.contains("problem.setTitle(\n")) {
            continue;
          }
          titles.addAll(matches(pattern, source));
        }
      }
    }
    return titles;
  }

  private static void collectWords(JsonNode components, Map<String, JsonNode> words) {
    for (JsonNode component : components) {
      String name = component.hasNonNull("key") ? component.get("key").asText() : component.path("id").asText();
      var own = JSON.createObjectNode();
      for (String property : List.of("label", "description", "text", "placeholder", "dateLabel", "timeLabel")) {
        if (component.hasNonNull(property) && !component.get(property).asText().isBlank()) {
          own.set(property, component.get(property));
        }
      }
      if (component.path("values").isArray() && !component.path("values").isEmpty()) {
        var values = JSON.createObjectNode();
        component.path("values").forEach(option -> values.set(option.path("value").asText(), option.path("label")));
        own.set("values", values);
      }
      if (!own.isEmpty()) {
        words.put(name, own);
      }
      collectWords(component.path("components"), words);
    }
  }

  private static Map<String, Map<String, String>> pageBundles() throws IOException {
    Map<String, Map<String, String>> bundles = new TreeMap<>();
    for (Resource file : RESOURCES.getResources("classpath:static/i18n/*.json")) {
      String name = file.getFilename();
      if (name.startsWith("forms-") || name.startsWith("tasks-") || name.equals("languages.json")) {
        continue;
      }
      Map<String, String> bundle = new LinkedHashMap<>();
      JSON.readTree(file.getInputStream()).fields().forEachRemaining(e -> bundle.put(e.getKey(), e.getValue().asText()));
      bundles.put(file.getFilename().replace(".json", ""), bundle);
    }
    return bundles;
  }

  private static List<String> formLanguages() throws IOException {
    List<String> languages = new ArrayList<>();
    for (Resource file : RESOURCES.getResources("classpath:static/i18n/forms-*.json")) {
      languages.add(file.getFilename().replace("forms-", "").replace(".json", ""));
    }
    assertThat(languages).as("form bundles").contains("de");
    return languages;
  }

  private static Properties properties(String path) throws IOException {
    Properties properties = new Properties();
    try (Reader in = new InputStreamReader(RESOURCES.getResource("classpath:" + path).getInputStream(), StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    return properties;
  }

  private static Set<String> matches(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static Set<String> placeholders(Pattern pattern, String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = pattern.matcher(text == null ? "" : text);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
