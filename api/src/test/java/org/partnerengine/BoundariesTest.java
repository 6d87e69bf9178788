package org.partnerengine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.camunda.client.CamundaClient;
import org.junit.jupiter.api.Test;

/**
 * The module and feature boundaries, checked on the main classes of every module (the app's test
 * classpath holds them all): Zeebe is spoken to only through {@code org.partnerengine.engine}, the
 * embedded engine stays in its module, and the feature packages do not depend on each other in
 * circles.
 */
class BoundariesTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("org.partnerengine");

  /**
   * The few classes outside the engine package that still hold the client, each for a reason:
   * <ul>
   *   <li>{@code instances}: the instance and incident reads and the incident retry, kept beside
   *       their two implementations (embedded and remote) for now;
   *   <li>{@code SandboxGuard} and its configuration: glue inside the SDK's job-worker manager,
   *       which hands it the client when it opens a worker and the job client when it refuses a job;
   *   <li>{@code ProblemResponses}: the last net that answers a client error escaping any caller
   *       with 503 instead of 500.
   * </ul>
   */
  private static final DescribedPredicate<JavaClass> ALLOWED_TO_HOLD_THE_CLIENT =
      resideInAnyPackage("org.partnerengine.engine..", "org.partnerengine.instances..")
          .or(nameStartingWith("org.partnerengine.web.ProblemResponses"))
          .or(nameStartingWith("org.partnerengine.deployment.SandboxGuard"))
          .as("the engine boundary and its listed exceptions");

  @Test
  void onlyTheEngineBoundarySendsCommandsToZeebe() {
    noClasses()
        .that(not(ALLOWED_TO_HOLD_THE_CLIENT))
        .should()
        .dependOnClassesThat(belongToAnyOf(CamundaClient.class))
        .orShould()
        .dependOnClassesThat(resideInAPackage("io.camunda.client.api.command.."))
        .because("every conversation with Zeebe goes through org.partnerengine.engine, with one timeout and error policy")
        .check(MAIN);
  }

  @Test
  void onlyTheEmbeddedEngineModuleUsesZeebeProcessTest() {
    noClasses()
        .that(not(IN_ENGINE_EMBEDDED_MODULE))
        .should()
        .dependOnClassesThat(resideInAPackage("io.camunda.zeebe.process.test.."))
        .because("the embedded engine is non-production code and stays out of the production artifact")
        .check(MAIN);
  }

  /**
   * New cycles fail. The edges below close the cycles known today; each is a debt to pay off, not
   * a pattern to copy:
   * <ul>
   *   <li>{@code web -> every feature}: one handler maps every feature's refusals to problem
   *       responses, so every controller's package and web depend on each other;
   *   <li>{@code every feature -> security}: controllers read the caller from the security
   *       package, which resolves users to accounts and partners;
   *   <li>{@code partner -> account}, {@code partner -> certification}: the partner's controller
   *       shows the partner's portal account and certificates;
   *   <li>{@code deployment -> tasks}: deployment requests plug their approval task into the
   *       inbox, which reads names and forms from the deployments.
   * </ul>
   */
  @Test
  void featurePackagesDoNotDependOnEachOtherInCircles() {
    slices()
        .matching("org.partnerengine.(*)..")
        .should()
        .beFreeOfCycles()
        .ignoreDependency(resideInAPackage("org.partnerengine.web.."), resideInAPackage("org.partnerengine.."))
        .ignoreDependency(resideInAPackage("org.partnerengine.."), resideInAPackage("org.partnerengine.security.."))
        .ignoreDependency(resideInAPackage("org.partnerengine.partner.."), resideInAPackage("org.partnerengine.account.."))
        .ignoreDependency(resideInAPackage("org.partnerengine.partner.."), resideInAPackage("org.partnerengine.certification.."))
        .ignoreDependency(resideInAPackage("org.partnerengine.deployment.."), resideInAPackage("org.partnerengine.tasks.."))
        .check(MAIN);
  }

  private static final DescribedPredicate<JavaClass> IN_ENGINE_EMBEDDED_MODULE =
      DescribedPredicate.describe(
          "in the engine-embedded module",
          type -> type.getSource().map(source -> source.getUri().toString().contains("engine-embedded")).orElse(false));

  private static DescribedPredicate<JavaClass> nameStartingWith(String prefix) {
    return DescribedPredicate.describe("named " + prefix + "*", type -> type.getName().startsWith(prefix));
  }
}
