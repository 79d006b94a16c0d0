package com.talentsync.app.gui.match;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Reads what a user typed as the web address of a job ad; "example.com/jobs/1" means https. */
final class WebAddress {

    private WebAddress() {}

    static Optional<URI> parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (!text.contains("://")) {
            text = "https://" + text;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            boolean webScheme = scheme.equals("http") || scheme.equals("https");
            boolean plausibleHost = host != null && (host.contains(".") || host.equalsIgnoreCase("localhost"));
            // "user@host" addresses are refused: a job page needs none, and they disguise the real host.
            boolean noUser = uri.getRawUserInfo() == null;
            return webScheme && plausibleHost && noUser ? Optional.of(uri) : Optional.empty();
        } catch (URISyntaxException notAnAddress) {
            return Optional.empty();
        }
    }
}
