package org.partnerengine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.MethodMetadata;
import org.springframework.core.type.classreading.CachingMetadataReaderFactory;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * No bean of the app is switched by a property condition, checked on the main classes of every
 * module (the app's test classpath holds them all). The run command starts the app in Spring's AOT
 * mode, where every condition is decided once, at build time, with application.yml's defaults: a
 * property given at start would no longer switch the bean.
 */
class AotConditionsTest {

  static final String WHY =
      "The run command starts the app in Spring's AOT mode, where conditions are decided at build time with"
          + " application.yml's defaults, so a property given at start would no longer switch these beans on or off."
          + " Keep the bean unconditional and read the property at run time (return early when it is off)."
          + " Only partner-engine.engine.mode (the launcher does not use AOT mode when it is set) and"
          + " camunda.client.enabled (switched by tests only) may be conditions";

  /** The property conditions AOT mode does not meet: see {@link #WHY}. */
  static final Set<String> ALLOWED_PROPERTIES = Set.of("partner-engine.engine.mode", "camunda.client.enabled");

  /**
   * Conditions on the classpath or on other beans, decided alike at build and at run time: the
   * classpath is the same, and the beans are those of the build (a {@code @ConditionalOnMissingBean}
   * only lets a test put its own in).
   */
  static final Set<String> ALLOWED_CONDITIONS =
      Set.of(
          ConditionalOnMissingBean.class.getName(),
          ConditionalOnBean.class.getName(),
          ConditionalOnSingleCandidate.class.getName(),
          ConditionalOnClass.class.getName(),
          ConditionalOnMissingClass.class.getName());

  @Test
  void noBeanIsSwitchedByAPropertyCondition() throws IOException {
    List<String> scanned = new ArrayList<>();
    Set<String> offences = new LinkedHashSet<>();
    PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    MetadataReaderFactory readers = new CachingMetadataReaderFactory(resolver);
    for (Resource resource : resolver.getResources("classpath*:org/partnerengine/**/*.class")) {
      if (isTestClass(resource)) {
        continue;
      }
      AnnotationMetadata type = readers.getMetadataReader(resource).getAnnotationMetadata();
      scanned.add(type.getClassName());
      offences.addAll(offences(type.getClassName(), type.getAnnotations()));
      for (MethodMetadata bean : type.getAnnotatedMethods(Bean.class.getName())) {
        offences.addAll(offences(type.getClassName() + "." + bean.getMethodName() + "()", bean.getAnnotations()));
      }
    }

    // The scan reached the main classes of the app, the workers and the embedded engine.
    assertThat(scanned)
        .contains(
            "org.partnerengine.demo.DemoData",
            "org.partnerengine.money.FxRateImportSchedule",
            "org.partnerengine.engine.EmbeddedEngineConfiguration")
        .noneMatch(name -> name.equals(AotConditionsTest.class.getName()));
    assertThat(offences).as(WHY).isEmpty();
  }

  /** What on this class or bean method is decided by a condition AOT mode would fix at build time. */
  static List<String> offences(String element, MergedAnnotations annotations) {
    List<String> offences = new ArrayList<>();
    annotations.stream(ConditionalOnProperty.class)
        .flatMap(AotConditionsTest::propertyNames)
        .filter(name -> !ALLOWED_PROPERTIES.contains(name))
        .forEach(name -> offences.add(element + " has @ConditionalOnProperty(" + name + ")"));
    annotations.stream(Conditional.class)
        .forEach(
            conditional -> {
              MergedAnnotation<?> declaredBy = conditional.getMetaSource();
              if (declaredBy == null) {
                Object conditions = conditional.asMap(MergedAnnotation.Adapt.CLASS_TO_STRING).get("value");
                offences.add(element + " has @Conditional(" + Arrays.toString((Object[]) conditions) + ")");
              } else if (!declaredBy.getType().equals(ConditionalOnProperty.class)
                  && !ALLOWED_CONDITIONS.contains(declaredBy.getType().getName())) {
                offences.add(element + " has @" + declaredBy.getType().getSimpleName());
              }
            });
    return offences;
  }

  private static Stream<String> propertyNames(MergedAnnotation<ConditionalOnProperty> condition) {
    String prefix = condition.getString("prefix").strip();
    String start = prefix.isEmpty() || prefix.endsWith(".") ? prefix : prefix + ".";
    return Stream.concat(Arrays.stream(condition.getStringArray("name")), Arrays.stream(condition.getStringArray("value")))
        .map(name -> start + name)
        .distinct();
  }

  /** As ArchUnit's DO_NOT_INCLUDE_TESTS: Maven's and Gradle's test output and test jars. */
  private static boolean isTestClass(Resource resource) throws IOException {
    String location = resource.getURL().toString();
    return location.contains("/test-classes/") || location.contains("/build/classes/java/test/") || location.contains("-tests.jar!");
  }
}
