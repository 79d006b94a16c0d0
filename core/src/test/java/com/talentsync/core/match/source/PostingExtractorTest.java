package com.talentsync.core.match.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PostingExtractorTest {

    @Test
    void jsonLdJobPostingGivesTitleCompanyAndTheDescriptionWithBullets() {
        PostingExtractor.Posting posting = PostingExtractor.extract(Jsoup.parse(JobPages.JSON_LD));

        assertThat(posting.title()).contains("Platform Engineer & SRE");
        assertThat(posting.company()).contains("Bluebird Logistics");
        assertThat(posting.text()).isEqualTo("""
                Platform Engineer & SRE
                Run our delivery platform.
                Requirements
                - 5+ years with Kubernetes
                - Terraform in production""");
    }

    @Test
    void withoutStructuredDataTheMainContentIsKeptAndTheRestDropped() {
        PostingExtractor.Posting posting = PostingExtractor.extract(Jsoup.parse(JobPages.PLAIN));

        assertThat(posting.title()).isEmpty();
        assertThat(posting.company()).isEmpty();
        assertThat(posting.text()).isEqualTo("""
                Data Analyst
                Greenfield Health is hiring a Data Analyst to join the insights team.
                What you will do
                - Build dashboards in Power BI
                - Write SQL against the warehouse""");
    }

    @Test
    void withoutMainOrArticleTheBodyLosesItsSiteHeaderAndFooter() {
        String page = """
                <html><body><header>Site name</header><div class="consent-dialog">Allow all</div>
                <div><h2>Nurse (night shifts)</h2><ol><li>Registered nurse</li><li>Two years on a ward</li></ol>
                <table><tr><td>Location</td><td>Leeds</td></tr></table></div>
                <footer>Contact</footer></body></html>""";

        assertThat(PostingExtractor.extract(Jsoup.parse(page)).text()).isEqualTo("""
                Nurse (night shifts)
                - Registered nurse
                - Two years on a ward
                Location Leeds""");
    }

    @Test
    void aTinyMainIsAFragmentAndTheBodyWins() {
        String page = "<html><body><main>Apply now</main><div><h1>Welder</h1><p>"
                + "MIG and TIG welding on steel frames, reading drawings, two years of experience. ".repeat(3)
                + "</p></div></body></html>";

        assertThat(PostingExtractor.extract(Jsoup.parse(page)).text()).contains("Welder", "MIG and TIG");
    }

    @Test
    void brokenJsonLdFallsBackToThePageAndAnOrganisationNameAsTextIsKept() {
        String broken = "<html><head><script type=\"application/ld+json\">{not json</script></head>"
                + "<body><main><p>Barista wanted</p></main></body></html>";
        assertThat(PostingExtractor.extract(Jsoup.parse(broken)).text()).isEqualTo("Barista wanted");

        String plainName = "<html><head><script type=\"application/ld+json\">{\"@type\":\"JobPosting\","
                + "\"title\":\"Barista\",\"hiringOrganization\":\"Corner Cafe\",\"description\":\"Make coffee\"}"
                + "</script></head><body></body></html>";
        PostingExtractor.Posting posting = PostingExtractor.extract(Jsoup.parse(plainName));
        assertThat(posting.company()).contains("Corner Cafe");
        assertThat(posting.text()).isEqualTo("Barista\nMake coffee");
    }

    @Test
    void aDescriptionEscapedTwiceIsUnescaped() {
        String page = "<html><head><script type=\"application/ld+json\">{\"@type\":\"JobPosting\",\"title\":\"Chef\","
                + "\"description\":\"&lt;ul&gt;&lt;li&gt;Knife skills&lt;/li&gt;&lt;li&gt;HACCP&lt;/li&gt;&lt;/ul&gt;\"}"
                + "</script></head><body></body></html>";

        assertThat(PostingExtractor.extract(Jsoup.parse(page)).text()).isEqualTo("Chef\n- Knife skills\n- HACCP");
    }
}
