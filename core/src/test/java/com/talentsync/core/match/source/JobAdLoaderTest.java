package com.talentsync.core.match.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.talentsync.core.match.JobDescriptionParser;
import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import com.talentsync.core.resume.ReaderLimits;
import com.talentsync.core.resume.TestDocuments;
import com.talentsync.core.resume.TikaDocumentReader;
import com.talentsync.core.resume.skills.SkillFinder;
import com.talentsync.core.resume.skills.SkillTaxonomy;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JobAdLoaderTest {

    /** Short, so the timeout tests take a moment, not the default ten seconds. */
    private static final FetchLimits TEST_LIMITS = new FetchLimits(Duration.ofSeconds(2), Duration.ofMillis(700),
            64 * 1024);
    private static final String AD = """
            Senior Backend Engineer
            Company: Harbor Analytics
            We build data tools for ports.
            Requirements
            - 5+ years of Java
            - PostgreSQL and Kafka""";

    private static TikaDocumentReader reader;
    private static JobDescriptionParser parser;

    @TempDir
    Path temp;

    private final LocalWebServer server = new LocalWebServer();
    private JobAdLoader loader;

    @BeforeAll
    static void loadOnce() {
        reader = new TikaDocumentReader(ReaderLimits.defaults());
        parser = new JobDescriptionParser(new SkillFinder(SkillTaxonomy.shipped()));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private JobAdLoader loader() {
        if (loader == null) {
            loader = new JobAdLoader(reader, parser, TEST_LIMITS);
        }
        return loader;
    }

    private InputError failure(ThrowingLoad load) {
        try {
            load.run();
        } catch (InputException e) {
            assertThat(e.getMessage()).doesNotContain("\n").isEqualTo(e.error().message());
            return e.error();
        }
        throw new AssertionError("expected the load to fail");
    }

    @FunctionalInterface
    private interface ThrowingLoad {
        void run() throws InputException;
    }

    @Test
    void pastedTextGetsItsTitleFromTheParserAndItsCompanyFromItsWording() throws Exception {
        JobAd ad = loader().fromText("\r\n  " + AD.replace("\n", "\r\n") + "  \r\n\r\n\r\n");

        assertThat(ad.text()).isEqualTo(AD);
        assertThat(ad.source()).isEqualTo(JobAd.PASTED);
        assertThat(ad.title()).isEqualTo("Senior Backend Engineer");
        assertThat(ad.company()).isEqualTo("Harbor Analytics");
    }

    @Test
    void blankOrHugePastedTextIsRefused() {
        assertThat(failure(() -> loader().fromText(" \n\t "))).satisfies(error -> {
            assertThat(error.kind()).isEqualTo(InputError.Kind.EMPTY);
            assertThat(error.message()).contains("empty");
        });
        assertThat(failure(() -> loader().fromText("word ".repeat(30_000)))).satisfies(error -> {
            assertThat(error.kind()).isEqualTo(InputError.Kind.TOO_LARGE);
            assertThat(error.message()).contains("149,999 characters", "limit 100,000");
        });
    }

    @Test
    void filesGoThroughTheDocumentReader() throws Exception {
        Path docx = TestDocuments.docx(temp, "ad.docx", AD.split("\n"));

        JobAd ad = loader().load(docx.toString());

        assertThat(ad.text()).isEqualTo(AD);
        assertThat(ad.source()).isEqualTo("ad.docx");
        assertThat(ad.company()).isEqualTo("Harbor Analytics");
        assertThat(failure(() -> loader().load(temp.resolve("missing.pdf").toString())).kind())
                .isEqualTo(InputError.Kind.NOT_FOUND);
    }

    @Test
    void aJsonLdPageGivesThePostingWithTitleAndCompany() throws Exception {
        server.page("/jobs/42", "text/html; charset=utf-8", JobPages.JSON_LD);
        URI address = server.uri("/jobs/42");

        JobAd ad = loader().load(address.toString());

        assertThat(ad.source()).isEqualTo(address.toString());
        assertThat(ad.title()).isEqualTo("Platform Engineer & SRE");
        assertThat(ad.company()).isEqualTo("Bluebird Logistics");
        assertThat(ad.text()).contains("- 5+ years with Kubernetes", "- Terraform in production")
                .doesNotContain("Sign in", "Privacy", "Hidden keywords", "Teaser");
    }

    @Test
    void aPlainPageIsReducedToItsAdAndRedirectsAreFollowed() throws Exception {
        server.page("/careers/analyst", "text/html", JobPages.PLAIN);
        server.handle("/old", exchange -> {
            exchange.getResponseHeaders().set("Location", "/careers/analyst");
            LocalWebServer.send(exchange, 301, null, new byte[0]);
        });

        JobAd ad = loader().fromUrl(server.uri("/old"));

        assertThat(ad.text()).startsWith("Data Analyst\n")
                .contains("- Build dashboards in Power BI", "- Write SQL against the warehouse")
                .doesNotContain("cookies", "Open roles", "Similar jobs", "rights reserved", "Spark", "Scala", "track(");
        assertThat(ad.title()).isEqualTo("Data Analyst");
        assertThat(ad.company()).isEqualTo("Greenfield Health");
    }

    @Test
    void plainTextAndDocumentsBehindALinkAreRead() throws Exception {
        server.page("/ad.txt", "text/plain; charset=ISO-8859-1", (AD + "\nCafé budget").getBytes(StandardCharsets.ISO_8859_1));
        Path pdf = TestDocuments.textPdf(temp, "ad.pdf", AD.split("\n"));
        server.page("/ad.pdf", "application/pdf", Files.readAllBytes(pdf));

        assertThat(loader().fromUrl(server.uri("/ad.txt")).text()).isEqualTo(AD + "\nCafé budget");
        assertThat(loader().fromUrl(server.uri("/ad.pdf")).text()).contains("Senior Backend Engineer", "5+ years of Java");
    }

    @Test
    void aSlowServerTimesOutWithAClearMessage() {
        server.handle("/slow", exchange -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            LocalWebServer.send(exchange, 200, "text/html", "<p>too late</p>".getBytes(StandardCharsets.UTF_8));
        });

        InputError error = failure(() -> loader().fromUrl(server.uri("/slow")));

        assertThat(error.kind()).isEqualTo(InputError.Kind.UNREADABLE);
        assertThat(error.message()).isEqualTo(
                "127.0.0.1 did not answer within 0.7 s: try again later, or paste the ad's text instead");
    }

    @Test
    void aBodyThatTricklesInPastTheDeadlineTimesOutToo() {
        server.handle("/trickle", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write("<p>more</p>".getBytes(StandardCharsets.UTF_8));
                    out.flush();
                    Thread.sleep(100);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });

        InputError error = failure(() -> loader().fromUrl(server.uri("/trickle")));

        assertThat(error.message()).isEqualTo(
                "127.0.0.1 did not answer within 0.7 s: try again later, or paste the ad's text instead");
    }

    @ParameterizedTest(name = "declared length: {0}")
    @ValueSource(booleans = {true, false})
    void anOversizeBodyIsRefusedWhetherOrNotItsLengthIsDeclared(boolean declared) {
        byte[] big = ("<p>" + "x".repeat(200 * 1024) + "</p>").getBytes(StandardCharsets.UTF_8);
        server.handle("/big", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, declared ? big.length : 0);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(big);
            } catch (java.io.IOException e) {
                // the client hung up once it had seen enough: that is the point
            }
        });

        InputError error = failure(() -> loader().fromUrl(server.uri("/big")));

        assertThat(error.kind()).isEqualTo(InputError.Kind.TOO_LARGE);
        assertThat(error.message()).isEqualTo(
                "the page at 127.0.0.1 is larger than 64 KB, too large for a job ad; paste the ad's text instead");
    }

    @Test
    void httpErrorsSayWhatTheSiteAnswered() {
        server.handle("/gone", exchange -> LocalWebServer.send(exchange, 404, "text/html",
                "<h1>Not here</h1>".getBytes(StandardCharsets.UTF_8)));
        server.handle("/private", exchange -> LocalWebServer.send(exchange, 403, null, new byte[0]));
        server.handle("/broken", exchange -> LocalWebServer.send(exchange, 503, null, new byte[0]));

        InputError gone = failure(() -> loader().fromUrl(server.uri("/gone")));
        assertThat(gone.kind()).isEqualTo(InputError.Kind.NOT_FOUND);
        assertThat(gone.message()).isEqualTo("127.0.0.1 says the page does not exist (HTTP 404):"
                + " check the address, or paste the ad's text instead");
        assertThat(failure(() -> loader().fromUrl(server.uri("/private"))).message())
                .startsWith("127.0.0.1 refused access (HTTP 403)");
        assertThat(failure(() -> loader().fromUrl(server.uri("/broken"))).message())
                .startsWith("127.0.0.1 had a server error (HTTP 503)");
    }

    @Test
    void anUnknownHostOrAClosedPortCannotBeReached() throws Exception {
        InputError unknown = failure(() -> loader().load("http://jobs.example.invalid/123"));
        assertThat(unknown.kind()).isEqualTo(InputError.Kind.UNREADABLE);
        // Resolvers answer ".invalid" at once; a slow one may hit the connect timeout: same advice.
        assertThat(unknown.message()).startsWith("could not reach jobs.example.invalid")
                .endsWith(": check the connection, or paste the ad's text instead");

        URI closed;
        try (LocalWebServer gone = new LocalWebServer()) {
            closed = gone.uri("/x");
        }
        assertThat(failure(() -> loader().fromUrl(closed)).message()).startsWith("could not reach 127.0.0.1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://files.example.com/ad.pdf", "file:///etc/passwd", "mailto:jobs@example.com"})
    void onlyHttpAndHttpsAreFetched(String address) {
        InputError error = failure(() -> loader().load(address));

        assertThat(error.kind()).isEqualTo(InputError.Kind.UNSUPPORTED);
        assertThat(error.message()).startsWith("only web addresses (http or https) can be fetched");
    }

    @Test
    void anEmptyPageOrANonPageIsNotAnAd() {
        server.page("/empty", "text/html", "<html><head><title>Jobs</title></head><body>  </body></html>");
        server.page("/logo.png", "image/png", TestDocuments.pngBytes());

        InputError empty = failure(() -> loader().fromUrl(server.uri("/empty")));
        assertThat(empty.kind()).isEqualTo(InputError.Kind.NO_TEXT);
        assertThat(empty.message()).isEqualTo(
                "the page at 127.0.0.1 has no text a job ad could be read from; paste the ad's text instead");

        InputError image = failure(() -> loader().fromUrl(server.uri("/logo.png")));
        assertThat(image.kind()).isEqualTo(InputError.Kind.UNSUPPORTED);
        assertThat(image.message()).contains("does not lead to a web page", "image/png");
    }

    @Test
    void nothingGivenIsAClearError() {
        assertThat(failure(() -> loader().load("   ")).kind()).isEqualTo(InputError.Kind.EMPTY);
        assertThat(failure(() -> loader().load("https://")).message()).startsWith("not a");
    }
}
