package com.talentsync.core.match;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SynonymsTest {

    @Test
    void aWordStandsForTheOthersOfItsGroupByStem() {
        assertThat(Synonyms.of(Stemmer.stem("customers"))).contains(Stemmer.stem("clients"));
        assertThat(Synonyms.of(Stemmer.stem("clients"))).contains(Stemmer.stem("customer")).doesNotContain(Stemmer.stem("clients"));
    }

    @Test
    void titleGroupsServeTitlesOnly() {
        assertThat(Synonyms.inTitles(Stemmer.stem("engineer"))).contains(Stemmer.stem("developer"));
        assertThat(Synonyms.of(Stemmer.stem("engineer"))).doesNotContain(Stemmer.stem("developer"));
    }

    @Test
    void aWordInNoGroupHasNoSynonyms() {
        assertThat(Synonyms.of("kubernet")).isEmpty();
    }
}
