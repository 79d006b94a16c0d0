package com.talentsync.core.match.source;

import com.talentsync.core.resume.InputError;
import com.talentsync.core.resume.InputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads one web page with Java's HTTP client, within {@link FetchLimits}: a connect timeout,
 * one deadline for the whole exchange, and a size cap enforced while the body streams in.
 * Redirects are followed except from https to http. Every failure is an {@link InputException}
 * with one line that names the site and suggests pasting the ad instead.
 */
final class WebFetcher {

    private static final Logger log = LoggerFactory.getLogger(WebFetcher.class);
    private static final String PASTE = "paste the ad's text instead";

    /** A fetched page; {@code mediaType} is bare and lower-case, empty when the server sent none. */
    record Page(URI uri, String mediaType, Optional<String> charset, byte[] body) {}

    private final FetchLimits limits;

    WebFetcher(FetchLimits limits) {
        this.limits = limits;
    }

    Page fetch(URI uri) throws InputException {
        String host = uri.getHost();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .timeout(limits.requestTimeout())
                .header("User-Agent", "TalentSync/1 (job ad import)")
                .header("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
                .GET()
                .build();
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(limits.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        CompletableFuture<HttpResponse<byte[]>> exchange = null;
        try {
            exchange = client.sendAsync(request, this::body);
            HttpResponse<byte[]> response = exchange.get(limits.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
            checkStatus(response.statusCode(), host);
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            return new Page(response.uri(), mediaType(contentType), charset(contentType), response.body());
        } catch (TimeoutException e) {
            throw timedOut(host, limits.requestTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(InputError.Kind.UNREADABLE, "fetching the page at " + host + " was interrupted");
        } catch (ExecutionException e) {
            throw failure(e.getCause(), host);
        } finally {
            if (exchange != null) {
                exchange.cancel(true);
            }
            client.shutdownNow();
        }
    }

    /** Error pages are not read; good ones are read up to the limit. */
    private HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
        if (info.statusCode() < 200 || info.statusCode() > 299) {
            return HttpResponse.BodySubscribers.replacing(new byte[0]);
        }
        long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
        return new LimitedBody(limits.maxBytes(), declared > limits.maxBytes());
    }

    private static void checkStatus(int status, String host) throws InputException {
        if (status >= 200 && status <= 299) {
            return;
        }
        String http = " (HTTP " + status + ")";
        throw switch (status) {
            case 404, 410 -> new InputException(InputError.Kind.NOT_FOUND,
                    host + " says the page does not exist" + http + ": check the address, or " + PASTE);
            case 401, 403 -> new InputException(InputError.Kind.UNREADABLE,
                    host + " refused access" + http + ": the page may need a login or block downloads; " + PASTE);
            case 429 -> new InputException(InputError.Kind.UNREADABLE,
                    host + " is limiting requests" + http + ": try again later, or " + PASTE);
            default -> new InputException(InputError.Kind.UNREADABLE, status >= 500
                    ? host + " had a server error" + http + ": try again later, or " + PASTE
                    : host + " did not send the page" + http + "; " + PASTE);
        };
    }

    private InputException failure(Throwable cause, String host) {
        Throwable error = cause instanceof CompletionException && cause.getCause() != null ? cause.getCause() : cause;
        if (error instanceof TooLarge) {
            return new InputException(InputError.Kind.TOO_LARGE, "the page at " + host + " is larger than "
                    + megabytes(limits.maxBytes()) + ", too large for a job ad; " + PASTE);
        }
        if (error instanceof HttpConnectTimeoutException) {
            return new InputException(InputError.Kind.UNREADABLE, "could not reach " + host + " within "
                    + seconds(limits.connectTimeout()) + ": check the connection, or " + PASTE, error);
        }
        if (error instanceof HttpTimeoutException) {
            return timedOut(host, limits.requestTimeout());
        }
        if (unreachable(error)) {
            return new InputException(InputError.Kind.UNREADABLE,
                    "could not reach " + host + ": check the connection, or " + PASTE, error);
        }
        if (error instanceof SSLException) {
            return new InputException(InputError.Kind.UNREADABLE,
                    "could not open a secure connection to " + host + "; " + PASTE, error);
        }
        log.debug("fetching from {} failed", host, error);
        String reason = error.getMessage() == null ? error.getClass().getSimpleName()
                : error.getMessage().strip().replaceAll("\\s+", " ");
        return new InputException(InputError.Kind.UNREADABLE,
                "could not fetch the page at " + host + ": " + reason + "; " + PASTE, error);
    }

    /** Unknown host, refused connection, no route: the client wraps these a few levels deep. */
    private static boolean unreachable(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException
                    || t instanceof ConnectException || t instanceof NoRouteToHostException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static InputException timedOut(String host, Duration limit) {
        return new InputException(InputError.Kind.UNREADABLE,
                host + " did not answer within " + seconds(limit) + ": try again later, or " + PASTE);
    }

    static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb >= 1 && mb == Math.rint(mb) ? (long) mb + " MB"
                : bytes >= 1024 * 1024 ? String.format(Locale.ROOT, "%.1f MB", mb) : (bytes + 1023) / 1024 + " KB";
    }

    static String seconds(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String mediaType(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Optional<String> charset(String contentType) {
        for (String parameter : contentType.split(";")) {
            String[] pair = parameter.strip().split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String value = pair[1].strip().replace("\"", "");
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The body past the size limit: the download stops there. */
    static final class TooLarge extends IOException {
        TooLarge() {
            super("body over the size limit");
        }
    }

    /** Collects the body until it passes the limit, then cancels the download. */
    private static final class LimitedBody implements HttpResponse.BodySubscriber<byte[]> {

        private final long maxBytes;
        private final boolean refuse;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        LimitedBody(long maxBytes, boolean refuse) {
            this.maxBytes = maxBytes;
            this.refuse = refuse;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            if (refuse) {
                subscription.cancel(); // the declared length alone is over the limit
                result.completeExceptionally(new TooLarge());
                return;
            }
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            for (ByteBuffer buffer : buffers) {
                if (bytes.size() + (long) buffer.remaining() > maxBytes) {
                    subscription.cancel();
                    result.completeExceptionally(new TooLarge());
                    return;
                }
                byte[] chunk = new byte[buffer.remaining()];
                buffer.get(chunk);
                bytes.writeBytes(chunk);
            }
            subscription.request(1);
        }

        @Override
        public void onError(Throwable throwable) {
            result.completeExceptionally(throwable);
        }

        @Override
        public void onComplete() {
            result.complete(bytes.toByteArray());
        }

        @Override
        public CompletionStage<byte[]> getBody() {
            return result;
        }
    }
}
