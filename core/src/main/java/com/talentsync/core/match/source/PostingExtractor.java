package com.talentsync.core.match.source;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.talentsync.core.resume.hidden.HtmlVisibility;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Reduces a job page to the posting's text. Job boards describe their postings for search engines
 * as JSON-LD {@code JobPosting} (description, title, hiring organisation); when a page has one it
 * is the cleanest source. Otherwise the page's main content is used, with navigation, headers,
 * footers, scripts, cookie banners and hidden text removed. List items become "- " lines so the
 * job description parser sees bullets.
 */
final class PostingExtractor {

    /** What a page says about its posting; the text is tidy and may be empty. */
    record Posting(String text, Optional<String> title, Optional<String> company) {}

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .build();
    private static final int MAX_JSON_DEPTH = 12;
    /** Never content, wherever they are. */
    private static final String NOISE = "script, style, noscript, template, svg, iframe, object, embed, input,"
            + " textarea, button, select, nav, aside, dialog, footer, [role=navigation], [role=complementary],"
            + " [role=contentinfo], [role=dialog], [role=alertdialog], [aria-modal=true]";
    /** Cookie and consent banners, share bars, breadcrumbs: named so by almost every site. */
    private static final Pattern NOISE_NAME = Pattern.compile(
            "(?i)cookie|consent|gdpr|onetrust|newsletter|share-?bar|social-?share|breadcrumb|skip-?link");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "ul", "ol",
            "li", "dl", "dt", "dd", "table", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "hr",
            "address", "figure", "figcaption", "details", "summary");
    private static final Pattern MARKUP = Pattern.compile("(?i)</?(p|li|ul|ol|br|div|strong|b|h[1-6])\\b");
    private static final Pattern BULLET = Pattern.compile("^[-•*·▪◦‣–]\\s*");

    private PostingExtractor() {}

    static Posting extract(Document page) {
        Optional<Posting> structured = fromJsonLd(page);
        if (structured.isPresent() && !structured.get().text().isBlank()) {
            return structured.get();
        }
        Element root = mainContent(page);
        clean(root, root == page.body());
        String text = AdText.tidy(blockText(root));
        return new Posting(text, structured.flatMap(Posting::title), structured.flatMap(Posting::company));
    }

    /** The first JSON-LD {@code JobPosting} on the page, if any script holds one. */
    private static Optional<Posting> fromJsonLd(Document page) {
        for (Element script : page.select("script[type]")) {
            if (!script.attr("type").strip().toLowerCase(java.util.Locale.ROOT).startsWith("application/ld+json")) {
                continue;
            }
            try {
                Optional<JsonNode> posting = findPosting(JSON.readTree(script.data()), 0);
                if (posting.isPresent()) {
                    return Optional.of(posting(posting.get()));
                }
            } catch (java.io.IOException e) {
                // a broken script block is common and harmless: the page text is the fallback
            }
        }
        return Optional.empty();
    }

    private static Optional<JsonNode> findPosting(JsonNode node, int depth) {
        if (node == null || depth > MAX_JSON_DEPTH) {
            return Optional.empty();
        }
        if (node.isObject() && isJobPosting(node.get("@type"))) {
            return Optional.of(node);
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                Optional<JsonNode> found = findPosting(child, depth + 1);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean isJobPosting(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isJobPosting(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText("");
        return name.equals("JobPosting") || name.endsWith("/JobPosting");
    }

    private static Posting posting(JsonNode node) {
        Optional<String> title = plain(node.get("title"));
        JsonNode organisation = node.get("hiringOrganization");
        Optional<String> company = organisation != null && organisation.isObject()
                ? plain(organisation.get("name")) : plain(organisation);
        String description = node.path("description").asText("");
        Element body = Jsoup.parseBodyFragment(description).body();
        if (MARKUP.matcher(body.text()).find()) {
            body = Jsoup.parseBodyFragment(body.text()).body(); // the HTML was escaped twice
        }
        HtmlVisibility.removeHiddenText(body);
        String text = AdText.tidy(blockText(body));
        if (title.isPresent() && !text.isEmpty() && !text.startsWith(title.get())) {
            text = title.get() + "\n" + text; // the parser reads the title from the ad's first lines
        }
        return new Posting(text, title, company);
    }

    private static Optional<String> plain(JsonNode value) {
        if (value == null || !value.isValueNode()) {
            return Optional.empty();
        }
        String text = AdText.tidy(Jsoup.parse(value.asText("")).text());
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * {@code main}, else the article with the most text, else the body; a main or article holding
     * under a quarter of the page's text is a fragment (a teaser, a widget), and the body wins.
     */
    private static Element mainContent(Document page) {
        Element body = page.body();
        int pageText = body.text().length();
        Elements main = page.select("main, [role=main]");
        Optional<Element> candidate = main.isEmpty()
                ? page.select("article").stream().max(Comparator.comparingInt(article -> article.text().length()))
                : Optional.of(main.first());
        return candidate.filter(element -> 4 * element.text().length() >= pageText).orElse(body);
    }

    private static void clean(Element root, boolean wholePage) {
        root.select(NOISE).remove();
        if (wholePage) {
            root.select("header, [role=banner]").remove(); // the site's header; an article's own one stays
        }
        // A name like "cookie-banner" marks a banner, unless the element holds most of the page
        // (some sites put state classes such as "cookies-accepted" on their main wrapper).
        int rootText = root.text().length();
        for (Element element : root.select("[id], [class]")) {
            boolean named = NOISE_NAME.matcher(element.id()).find() || NOISE_NAME.matcher(element.className()).find();
            if (element != root && named && element.parent() != null && 2 * element.text().length() < rootText) {
                element.remove();
            }
        }
        HtmlVisibility.removeHiddenText(root);
    }

    /** Blocks follow each other on single lines; only a {@code <br>} makes an empty one. */
    private static void endLine(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }

    /** The element's text with one line per block and "- " before each list item. */
    static String blockText(Element root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            private boolean pendingBullet;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String words = text.text();
                    if (words.isBlank()) {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
                            out.append(' ');
                        }
                        return;
                    }
                    if (pendingBullet) {
                        out.append("- ");
                        words = BULLET.matcher(words.stripLeading()).replaceFirst("");
                        pendingBullet = false;
                    }
                    out.append(words);
                } else if (node instanceof Element element) {
                    String name = element.normalName();
                    if (name.equals("br")) {
                        out.append('\n');
                    } else if (name.equals("td") || name.equals("th")) {
                        out.append(' ');
                    } else if (BLOCKS.contains(name)) {
                        endLine(out);
                        if (name.equals("li")) {
                            pendingBullet = true;
                        }
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    endLine(out);
                    if (element.nameIs("li")) {
                        pendingBullet = false;
                    }
                }
            }
        }, root);
        return out.toString();
    }
}
