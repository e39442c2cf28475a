package io.rechargechannel.layout;

import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;

import java.util.List;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout that the {@code package-info} files describe (design.md, "Layout: package by feature"):
 * {@code web} → feature packages → {@code recharge}, below the root package {@code root}. Written without a list
 * of features, so that a new feature package ({@code auth}, {@code audit}, {@code despatch}, {@code email}, ...)
 * or a new part of {@code web} ({@code web.pages}) is held to it without editing these rules.
 */
record Layout(String root) {

    private String ours() {
        return root + "..";
    }

    private String web() {
        return root + ".web..";
    }

    private String recharge() {
        return root + ".recharge..";
    }

    private String sandbox() {
        return root + ".sandbox..";
    }

    ArchRule nothingOutsideWebUsesWeb() {
        return noClasses().that().resideOutsideOfPackage(web())
                .should().dependOnClassesThat().resideInAPackage(web())
                .because("the web edge translates for the features; the features never know about HTTP answers");
    }

    ArchRule webReachesReChargeOnlyThroughAFeature() {
        return noClasses().that().resideInAPackage(web())
                .should().dependOnClassesThat().resideInAPackage(recharge())
                .because("web → features → recharge: ReCharge's wire types stay behind the features");
    }

    ArchRule rechargeUsesNothingOfOursButItself() {
        return classes().that().resideInAPackage(recharge())
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(ours()).or(resideInAPackage(recharge())))
                .because("the ReCharge client is a library of its own: it knows ReCharge, not this application");
    }

    ArchRule sandboxUsesNothingOfOursButItself() {
        return classes().that().resideInAPackage(sandbox())
                .should().onlyDependOnClassesThat(resideOutsideOfPackage(ours()).or(resideInAPackage(sandbox())))
                .because("the sandbox stands in for ReCharge: it must not see the application it is tested against");
    }

    ArchRule entitiesHoldNoWireOrWebTypes() {
        return noClasses().that().areAnnotatedWith(Entity.class).or().areAnnotatedWith(Embeddable.class)
                .should().dependOnClassesThat(resideInAPackage(recharge()).or(resideInAPackage(web())))
                .because("the edge translates (an importer maps ReChargeOrder → Order, OrderView.from(order)): "
                        + "entities never see ReCharge's wire records or web types");
    }

    ArchRule noCyclesBetweenPackages() {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    List<ArchRule> all() {
        return List.of(nothingOutsideWebUsesWeb(), webReachesReChargeOnlyThroughAFeature(),
                rechargeUsesNothingOfOursButItself(), sandboxUsesNothingOfOursButItself(),
                entitiesHoldNoWireOrWebTypes(), noCyclesBetweenPackages());
    }
}
