package org.pcref.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** bot-core knows no platform, web framework or database: adapters translate, the core decides. */
@AnalyzeClasses(packages = "org.pcref.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreKnowsNoPlatformTest {

  @ArchTest
  static final ArchRule noPlatformClasses =
      noClasses()
          .that()
          .resideInAPackage("org.pcref.core..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "com.slack..",
              "com.microsoft..",
              "org.springframework..",
              "jakarta.servlet..",
              "javax.servlet..",
              "java.sql..",
              "javax.sql..",
              "org.pcref.app..");

  @ArchTest
  static final ArchRule noWallClock =
      noClasses()
          .that()
          .resideInAPackage("org.pcref.core..")
          .should()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.Clock.class, "systemUTC")
          .orShould()
          .callMethod(java.time.Clock.class, "systemDefaultZone")
          .because("time comes from an injected Clock");
}
