package com.talentsync.core.resume.hidden;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HiddenTextRemoverTest {

    private static HiddenText hidden(String visible, HiddenRun... runs) {
        return new HiddenText(List.of(runs), visible);
    }

    @Test
    void removesTheRunWhereItsContextIsAndKeepsTheSameWordsElsewhere() {
        String text = "Kafka and Java developer\nKafka Kubernetes\nLead of the Kafka team";
        HiddenText found = hidden("Kafka and Java developer Lead of the Kafka team",
                new HiddenRun("Kafka Kubernetes", "Kafka and Java developer\n", "\nLead of the Kafka team"));

        HiddenTextRemover.Removal removal = HiddenTextRemover.remove(text, found);

        assertThat(removal.located()).isEqualTo(1);
        assertThat(removal.text()).isEqualTo("Kafka and Java developer\n\nLead of the Kafka team");
    }

    @Test
    void findsRunsWhateverTheWhitespaceAndLigatures() {
        // The finder saw "ﬁ" and no line break; the text has "fi" and breaks inside the context.
        String text = "Certified\nengineer Kubernetes Terraform with\nfive years";
        HiddenText found = hidden("Certiﬁed engineer with ﬁve years",
                new HiddenRun("Kubernetes Terraform", "Certiﬁed engineer ", " with ﬁve years"));

        assertThat(HiddenTextRemover.remove(text, found).text()).isEqualTo("Certified\nengineer  with\nfive years");
    }

    @Test
    void repeatedIdenticalRunsAreEachRemovedOnceInOrder() {
        String text = "Role A Kafka end. Role B Kafka end. Role C Kafka end.";
        HiddenText found = hidden("Role A end. Role B end. Role C Kafka end.",
                new HiddenRun("Kafka", "Role A ", " end. Role B Kafka end."),
                new HiddenRun("Kafka", "A Kafka end. Role B ", " end. Role C Kafka end."));

        HiddenTextRemover.Removal removal = HiddenTextRemover.remove(text, found);

        assertThat(removal.located()).isEqualTo(2);
        assertThat(removal.text()).isEqualTo("Role A  end. Role B  end. Role C Kafka end.");
    }

    @Test
    void withoutMatchingContextARunIsRemovedOnlyWhenTheTextHasASpareCopy() {
        // Headers moved: nothing around the run matches what the finder saw.
        String spare = "Go developer. Kafka. Terraform";
        HiddenText found = hidden("Go developer.", new HiddenRun("Kafka. Terraform", "zzz ", " yyy"));
        assertThat(HiddenTextRemover.remove(spare, found).text()).isEqualTo("Go developer. ");

        String noSpare = "Go developer with Kafka";
        HiddenText shownToo = hidden("Go developer with Kafka", new HiddenRun("Kafka", "zzz ", " yyy"));
        HiddenTextRemover.Removal kept = HiddenTextRemover.remove(noSpare, shownToo);
        assertThat(kept.text()).isEqualTo(noSpare);
        assertThat(kept.located()).isZero();
    }

    @Test
    void aRunAloneIsNeverCutOutOfALongerWord() {
        String text = "JavaScript developer";
        HiddenText found = hidden("developer", new HiddenRun("Java", "zzz", "yyy"));

        assertThat(HiddenTextRemover.remove(text, found).text()).isEqualTo(text);
    }

    @Test
    void gluedNeighboursGetASpace() {
        String text = "alpha.Kubernetes.omega";
        HiddenText found = hidden("alpha. .omega", new HiddenRun("Kubernetes", "alpha.", ".omega"));

        assertThat(HiddenTextRemover.remove(text, found).text()).isEqualTo("alpha. .omega");
    }

    @Test
    void nothingHiddenLeavesTheTextAlone() {
        assertThat(HiddenTextRemover.remove("same text", HiddenText.none()))
                .isEqualTo(new HiddenTextRemover.Removal("same text", 0));
    }
}
