package com.talentsync.app.gui.match;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebAddressTest {

    @ParameterizedTest
    @CsvSource({
        "https://jobs.example.com/7, https://jobs.example.com/7",
        "http://example.org/careers?id=3, http://example.org/careers?id=3",
        "'  example.com/jobs/backend  ', https://example.com/jobs/backend",
        "HTTPS://Example.com, HTTPS://Example.com",
        "http://localhost:8080/ad, http://localhost:8080/ad"
    })
    void webAddressesAreAcceptedAndABareHostMeansHttps(String typed, String expected) {
        assertThat(WebAddress.parse(typed)).contains(URI.create(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not an address", "ftp://example.com/ad", "file:///etc/passwd", "https://", "jobs",
        "mailto:hr@example.com", "https://exa mple.com", "https://bank.example@evil.example/ad"})
    void anythingElseIsRefused(String typed) {
        assertThat(WebAddress.parse(typed)).isEqualTo(Optional.empty());
    }
}
