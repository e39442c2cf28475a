package io.rechargechannel.layout;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The application's classes keep the {@link Layout}. */
@AnalyzeClasses(packages = "io.rechargechannel", importOptions = ImportOption.DoNotIncludeTests.class)
class LayoutTest {

    private static final Layout LAYOUT = new Layout("io.rechargechannel");

    @ArchTest
    static final ArchRule nothingOutsideWebUsesWeb = LAYOUT.nothingOutsideWebUsesWeb();

    @ArchTest
    static final ArchRule webReachesReChargeOnlyThroughAFeature = LAYOUT.webReachesReChargeOnlyThroughAFeature();

    @ArchTest
    static final ArchRule rechargeUsesNothingOfOursButItself = LAYOUT.rechargeUsesNothingOfOursButItself();

    @ArchTest
    static final ArchRule sandboxUsesNothingOfOursButItself = LAYOUT.sandboxUsesNothingOfOursButItself();

    @ArchTest
    static final ArchRule entitiesHoldNoWireOrWebTypes = LAYOUT.entitiesHoldNoWireOrWebTypes();

    @ArchTest
    static final ArchRule noCyclesBetweenPackages = LAYOUT.noCyclesBetweenPackages();
}
