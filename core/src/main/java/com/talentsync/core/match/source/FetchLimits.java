package com.talentsync.core.match.source;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how much a job ad download may take.
 *
 * @param connectTimeout how long to wait for the connection
 * @param requestTimeout how long the whole request may take, body included, so a server that
 *                       trickles bytes cannot hold the user up
 * @param maxBytes       bodies larger than this are refused; the body is read as a stream and
 *                       dropped as soon as it passes the limit
 */
public record FetchLimits(Duration connectTimeout, Duration requestTimeout, long maxBytes) {

    public FetchLimits {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
    }

    /** 10 s to connect, 10 s for the request, 2 MB: a job page is rarely a tenth of that. */
    public static FetchLimits defaults() {
        return new FetchLimits(Duration.ofSeconds(10), Duration.ofSeconds(10), 2L * 1024 * 1024);
    }
}
