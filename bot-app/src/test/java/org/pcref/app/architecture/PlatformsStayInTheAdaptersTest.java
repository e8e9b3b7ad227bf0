package org.pcref.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Each platform lives in its adapter module: translation, rendering, sending, its database stores
 * and its tables. The application only wires the adapters into Spring, through the adapters' own
 * types, so that replacing a platform's SDK (the Bot Framework for Java is retired upstream)
 * touches one module. Tests may still speak a platform's SDK to play its part.
 */
@AnalyzeClasses(packages = "org.pcref.app", importOptions = ImportOption.DoNotIncludeTests.class)
class PlatformsStayInTheAdaptersTest {

  @ArchTest
  static final ArchRule noSlackClassInTheApplication =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.slack..")
          .because("Slack's SDK is used in slack-adapter only");

  @ArchTest
  static final ArchRule noBotFrameworkClassInTheApplication =
      noClasses()
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.microsoft.bot..")
          .because("the Bot Framework is used in teams-adapter only");
}
