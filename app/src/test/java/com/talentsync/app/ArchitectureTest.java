package com.talentsync.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The layering of docs/architecture.md: app -> speech -> core -> resources, nothing back up. */
@AnalyzeClasses(packages = "com.talentsync", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule coreHasNoUiAudioOrSpeechEngine = noClasses()
            .that().resideInAPackage("com.talentsync.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "javax.sound..", "org.vosk..")
            .because("core is plain domain code, usable from the CLI and tests without a toolkit or audio");

    @ArchTest
    static final ArchRule coreDoesNotKnowItsUsers = noClasses()
            .that().resideInAPackage("com.talentsync.core..")
            .should().dependOnClassesThat().resideInAnyPackage("com.talentsync.app..", "com.talentsync.speech..");

    @ArchTest
    static final ArchRule speechDoesNotKnowTheApp = noClasses()
            .that().resideInAPackage("com.talentsync.speech..")
            .should().dependOnClassesThat().resideInAPackage("com.talentsync.app..");

    @ArchTest
    static final ArchRule langChainStaysInTheLlmAndEmbeddingAdapters = noClasses()
            .that().resideOutsideOfPackage("com.talentsync.core.generate.llm..")
            .and().resideOutsideOfPackage("com.talentsync.core.embed..")
            .should().dependOnClassesThat().resideInAPackage("dev.langchain4j..")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule viewModelsStayFreeOfEngines = noClasses()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "org.apache.tika..", "org.vosk..")
            .orShould().dependOnClassesThat().resideInAPackage("javafx.scene..");

    @ArchTest
    static final ArchRule tikaStaysInCoreResume = noClasses()
            .that().resideOutsideOfPackage("com.talentsync.core.resume..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.tika..");

    @ArchTest
    static final ArchRule viewModelsLiveInTheGui = classes()
            .that().haveSimpleNameEndingWith("ViewModel")
            .should().resideInAPackage("com.talentsync.app.gui..");
}
