package org.w3id.clusterpolicy;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline one-way: source → segment → attribute → extract → rdf → store → query /
 * validate / server, with evaluate (on top of convert, reading the graph) and cli on top. Stages do not reach back up the pipeline.
 */
class ArchitectureTest {
    private static final String ROOT = "org.w3id.clusterpolicy";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void nothingImportsTheCommandLine() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".cli..").should().dependOnClassesThat().resideInAPackage(ROOT + ".cli..")
                .check(CLASSES);
    }

    @Test
    void extractionKnowsNothingOfRdfStoreOrServer() {
        noClasses().that().resideInAnyPackage(ROOT + ".source..", ROOT + ".segment..", ROOT + ".attribute..", ROOT + ".extract..", ROOT + ".lang..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".rdf..", ROOT + ".store..", ROOT + ".query..", ROOT + ".server..",
                        ROOT + ".convert..", ROOT + ".report..", ROOT + ".validate..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void earlierStagesDoNotDependOnLaterOnes() {
        noClasses().that().resideInAPackage(ROOT + ".segment..").should().dependOnClassesThat().resideInAnyPackage(ROOT + ".attribute..", ROOT + ".extract..").check(CLASSES);
        noClasses().that().resideInAPackage(ROOT + ".attribute..").should().dependOnClassesThat().resideInAPackage(ROOT + ".extract..").check(CLASSES);
    }

    @Test
    void queryValidateAndServerReadTheStoreNotTheExtractors() {
        noClasses().that().resideInAnyPackage(ROOT + ".query..", ROOT + ".validate..", ROOT + ".server..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".attribute..", ROOT + ".segment..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void theEvaluatorReadsTheGraphNotTheExtractors() {
        noClasses().that().resideInAPackage(ROOT + ".evaluate..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".extract..", ROOT + ".attribute..", ROOT + ".segment..",
                        ROOT + ".report..", ROOT + ".store..", ROOT + ".server..", ROOT + ".query..")
                .check(CLASSES);
    }

    @Test
    void onlyTheCommandLineUsesTheEvaluator() {
        noClasses().that().resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".evaluate..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + ".evaluate..")
                .check(CLASSES);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }
}
