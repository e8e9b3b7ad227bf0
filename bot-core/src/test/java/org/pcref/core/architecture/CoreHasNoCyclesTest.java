package org.pcref.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The core is layered: the message model and the shape of a command at the bottom, the features
 * (qa, checkin, team, reminder) above them, the conversation that dispatches a turn on top. No
 * package depends on one that depends on it back.
 */
@AnalyzeClasses(packages = "org.pcref.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreHasNoCyclesTest {

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().matching("org.pcref.core.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule messageModelIsALeaf =
      noClasses()
          .that()
          .resideInAPackage("org.pcref.core.message..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.pcref.core.conversation..",
              "org.pcref.core.qa..",
              "org.pcref.core.checkin..",
              "org.pcref.core.team..",
              "org.pcref.core.reminder..",
              "org.pcref.framework..");

  @ArchTest
  static final ArchRule commandShapeKnowsNoFeature =
      noClasses()
          .that()
          .resideInAPackage("org.pcref.core.command..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.pcref.core.conversation..",
              "org.pcref.core.qa..",
              "org.pcref.core.checkin..",
              "org.pcref.core.team..",
              "org.pcref.core.reminder..",
              "org.pcref.framework..");

  @ArchTest
  static final ArchRule noFeatureKnowsTheDispatcher =
      noClasses()
          .that()
          .resideOutsideOfPackage("org.pcref.core.conversation..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.pcref.core.conversation..");
}
