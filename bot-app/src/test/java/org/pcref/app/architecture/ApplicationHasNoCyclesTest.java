package org.pcref.app.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/**
 * The application's packages form layers: the entry point on top, the server and the terminal below
 * it, the settings, storage and platform wiring they use below them. No package depends on one that
 * depends on it back.
 */
@AnalyzeClasses(packages = "org.pcref.app", importOptions = ImportOption.DoNotIncludeTests.class)
class ApplicationHasNoCyclesTest {

  private static final String ROOT = "org.pcref.app";

  @ArchTest
  static final ArchRule packagesAreFreeOfCycles =
      slices().assignedFrom(new RootAndEachFeature()).should().beFreeOfCycles();

  /**
   * One slice for the classes of {@code org.pcref.app} itself and one per sub-package: the usual
   * {@code org.pcref.app.(*)..} would leave the entry point out, and with it any cycle through it.
   */
  private static final class RootAndEachFeature implements SliceAssignment {

    @Override
    public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
      String name = javaClass.getPackageName();
      if (name.equals(ROOT)) {
        return SliceIdentifier.of("(entry point)");
      }
      if (name.startsWith(ROOT + ".")) {
        return SliceIdentifier.of(name.substring(ROOT.length() + 1).split("\\.")[0]);
      }
      return SliceIdentifier.ignore();
    }

    @Override
    public String getDescription() {
      return ROOT + " and each of its sub-packages";
    }
  }
}
