package com.talentsync.core.resume.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds web links: anything with a scheme or "www.", and bare "host.tld/path" (so
 * "linkedin.com/in/jane" counts but "ASP.NET" and "Node.js" do not). Each link is sorted
 * into LinkedIn, GitHub, portfolio (personal sites and portfolio hosts, or a link labelled
 * "Portfolio"/"Website") or other.
 */
final class LinkFinder {

    private static final String TLD = "(?:com|org|net|io|dev|me|in|co|ai|app|tech|info|edu|gov|uk|de|fr|es|it|nl|eu|us|ca|au"
            + "|page|site|xyz|blog|so|to|ly|gg|live|design|studio|cloud|codes|online)";
    // No repetition can overlap another (labels exclude '.'), so matching stays linear.
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)[^\\s<>()\"'|,]+|(?<![@\\w.])(?:[a-z0-9-]+\\.)+" + TLD + "/[^\\s<>()\"'|,]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PORTFOLIO_LABEL = Pattern.compile("(?i)\\b(?:portfolio|website|web\\s*site|homepage|blog)\\b");

    /** Hosts where people keep portfolios. */
    private static final List<String> PORTFOLIO_HOSTS = List.of("github.io", "netlify.app", "vercel.app", "behance.net",
            "dribbble.com", "wixsite.com", "about.me", "carrd.co", "notion.site", "webflow.io", "pages.dev",
            "squarespace.com", "wordpress.com", "artstation.com");
    /** Platforms whose links are profiles or pages, not a personal site. */
    private static final List<String> PLATFORM_HOSTS = List.of("indeed.", "linkedin.", "github.com", "gitlab.", "bitbucket.",
            "stackoverflow.", "twitter.", "x.com", "facebook.", "instagram.", "youtube.", "leetcode.", "hackerrank.",
            "kaggle.", "medium.com", "google.", "coursera.", "udemy.", "credly.", "play.google", "apple.com");

    private LinkFinder() {}

    /**
     * The links in all lines, in order, without duplicates.
     *
     * @param headerEnd lines before this are the contact header, where a personal site that is
     *                  not a known platform is taken as the portfolio
     */
    static List<Link> find(String[] lines, int headerEnd) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.indexOf('/') < 0 && !line.toLowerCase(Locale.ROOT).contains("www.")) {
                continue;
            }
            boolean labelled = i < headerEnd || PORTFOLIO_LABEL.matcher(line).find();
            Matcher m = LINK.matcher(line);
            while (m.find()) {
                String url = trimTrailing(m.group());
                String key = url.toLowerCase(Locale.ROOT).replaceFirst("^https?://", "").replaceFirst("^www\\.", "")
                        .replaceAll("/+$", "");
                links.putIfAbsent(key, new Link(kind(url, labelled), url));
            }
        }
        return List.copyOf(links.values());
    }

    /** The first link in one line, as written. */
    static Optional<String> first(String line) {
        Matcher m = LINK.matcher(line);
        return m.find() ? Optional.of(trimTrailing(m.group())) : Optional.empty();
    }

    /** @param labelledPortfolio the link is labelled "Portfolio"/"Website" or sits in the header */
    static Link.Kind kind(String url, boolean labelledPortfolio) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.contains("linkedin.")) {
            return Link.Kind.LINKEDIN;
        }
        if (lower.contains("github.com")) {
            return Link.Kind.GITHUB;
        }
        for (String host : PORTFOLIO_HOSTS) {
            if (lower.contains(host)) {
                return Link.Kind.PORTFOLIO;
            }
        }
        if (labelledPortfolio) {
            boolean platform = PLATFORM_HOSTS.stream().anyMatch(lower::contains);
            return platform ? Link.Kind.OTHER : Link.Kind.PORTFOLIO;
        }
        return Link.Kind.OTHER;
    }

    private static String trimTrailing(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?)]}'\"".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
