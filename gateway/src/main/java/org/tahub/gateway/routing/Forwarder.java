package org.tahub.gateway.routing;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.AsyncResult;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.StreamResetException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Sends one client request to its service and streams the answer back, on the event loop that received it: each
 * event loop has its own HTTP client and keep-alive pool, so a request and its upstream connection never change
 * threads. Headers are copied once, without the hop-by-hop ones and without any identity header the client sent;
 * bodies stream both ways, counted against the body limit whatever their transfer coding.
 *
 * <p>Failures are told apart: a refused connection is a 503, silence past the timeout a 504, both counted by the
 * route's breaker; a pooled connection that the service had closed is retried once on a fresh one when the request is
 * idempotent and has no body; a client that goes away cancels its upstream request and is not counted.
 */
final class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);

    /** Headers that describe one connection, not the message (RFC 9110 section 7.6.1), and are not forwarded. */
    static final List<String> HOP_BY_HOP = List.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade");

    static boolean hopByHop(String name) {
        for (String h : HOP_BY_HOP) {
            if (h.length() == name.length() && h.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** What a client may not hand to a service itself: its credentials and any identity header. */
    static boolean strippedFromClient(String name) {
        return hopByHop(name) || name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("x-api-key")
                || name.regionMatches(true, 0, "x-tahub-", 0, 8) || name.equalsIgnoreCase("content-length")
                || name.equalsIgnoreCase("x-request-id");
    }

    /** Answers up to this size are read whole and written at once; larger ones, or of unknown size, stream. */
    private static final long WRITTEN_AT_ONCE = 256 * 1024;

    private final String service;
    private final String host;
    private final int port;
    private final long timeoutMillis;
    private final long maxBodyBytes;
    private final HttpClientOptions options;
    private final Vertx vertx;
    private final ThreadLocal<HttpClient> clients = new ThreadLocal<>();
    /** Forwarded calls timed by the class of their answer (1xx..5xx; 0 when no answer came): meters made once. */
    private final Timer[] timers = new Timer[6];

    Forwarder(Vertx vertx, String service, URI url, long timeoutMillis, long maxBodyBytes, MeterRegistry meters) {
        this.vertx = vertx;
        for (int i = 0; i < timers.length; i++) {
            timers[i] = Timer.builder("tahub.gateway.forwarded").description("Calls forwarded to a service")
                    .tag("service", service).tag("status", i == 0 ? "none" : i + "xx").register(meters);
        }
        this.service = service;
        this.host = url.getHost();
        this.port = url.getPort();
        this.timeoutMillis = timeoutMillis;
        this.maxBodyBytes = maxBodyBytes;
        this.options = new HttpClientOptions()
                .setConnectTimeout((int) Math.min(timeoutMillis, 5000))
                .setKeepAlive(true)
                .setKeepAliveTimeout(30)
                .setMaxPoolSize(32)
                .setTcpNoDelay(true);
    }

    /** The client of the calling event loop (created on its first request). */
    private HttpClient client() {
        HttpClient client = clients.get();
        if (client == null) {
            client = vertx.createHttpClient(options);
            clients.set(client);
        }
        return client;
    }

    /**
     * Forwards the request with {@code headers} (the vouched identity, request id and trace context) added; the
     * client's answer is the service's, or a problem when the service cannot give one.
     */
    void forward(Exchange rc, Map<String, String> headers, ServiceBreakers.Call call, String requestId) {
        HttpServerRequest in = rc.request();
        MultiMap out = HttpHeaders.headers();
        for (Map.Entry<String, String> h : in.headers()) {
            if (!strippedFromClient(h.getKey())) {
                out.add(h.getKey(), h.getValue());
            }
        }
        headers.forEach(out::set);
        boolean hasBody = in.getHeader(HttpHeaders.CONTENT_LENGTH) != null
                ? !"0".equals(in.getHeader(HttpHeaders.CONTENT_LENGTH))
                : in.getHeader(HttpHeaders.TRANSFER_ENCODING) != null;
        if (hasBody) {
            in.pause();
        } else {
            in.resume();
        }
        RequestOptions request = new RequestOptions().setMethod(in.method()).setHost(host).setPort(port)
                .setURI(in.uri()).setHeaders(out).setIdleTimeout(timeoutMillis);
        long start = System.nanoTime();
        rc.onEnd(() -> {
            int status = rc.response().getStatusCode();
            timers[status >= 100 && status < 600 ? status / 100 : 0].record(System.nanoTime() - start,
                    java.util.concurrent.TimeUnit.NANOSECONDS);
        });
        attempt(rc, request, hasBody, call, requestId, true);
    }

    private void attempt(Exchange rc, RequestOptions request, boolean hasBody, ServiceBreakers.Call call,
                         String requestId, boolean first) {
        HttpServerRequest in = rc.request();
        client().request(request).onComplete(opened -> {
            if (opened.failed()) {
                failed(rc, request, hasBody, call, requestId, first, opened.cause());
                return;
            }
            HttpClientRequest upstream = opened.result();
            rc.response().closeHandler(v -> {
                if (!rc.response().ended()) {
                    upstream.reset();
                }
                call.released();
            });
            if (hasBody) {
                if (in.getHeader(HttpHeaders.CONTENT_LENGTH) != null) {
                    upstream.putHeader(HttpHeaders.CONTENT_LENGTH, in.getHeader(HttpHeaders.CONTENT_LENGTH));
                } else {
                    upstream.setChunked(true);
                }
                CountedBody body = new CountedBody(in, maxBodyBytes);
                upstream.send(body).onComplete(answer -> {
                    if (body.exceeded()) {
                        call.released();
                        ProblemResponses.send(rc.response().putHeader("Connection", "close"), 413,
                                "Content Too Large", "body-too-large", "the request body is larger than "
                                        + maxBodyBytes + " bytes", in.path(), requestId);
                        return;
                    }
                    answered(rc, request, false, call, requestId, false, answer);
                });
            } else {
                upstream.send().onComplete(answer -> answered(rc, request, false, call, requestId, first, answer));
            }
        });
    }

    private void answered(Exchange rc, RequestOptions request, boolean hasBody, ServiceBreakers.Call call,
                          String requestId, boolean first, AsyncResult<HttpClientResponse> answer) {
        if (answer.failed()) {
            failed(rc, request, hasBody, call, requestId, first, answer.cause());
            return;
        }
        HttpClientResponse upstream = answer.result();
        if (upstream.statusCode() >= 500) {
            call.failed(new IllegalStateException("HTTP " + upstream.statusCode()));
        } else {
            call.succeeded();
        }
        HttpServerResponse response = rc.response();
        if (response.closed() || response.ended()) {
            upstream.request().reset();
            return;
        }
        response.setStatusCode(upstream.statusCode());
        response.setStatusMessage(upstream.statusMessage());
        MultiMap headers = response.headers();
        for (Map.Entry<String, String> h : upstream.headers()) {
            if (!hopByHop(h.getKey())) {
                headers.add(h.getKey(), h.getValue());
            }
        }
        String length = upstream.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && length.length() < 7 && Long.parseLong(length) <= WRITTEN_AT_ONCE) {
            // A small answer of known size (most of them): read whole, then written with its length, in one go.
            upstream.body().onComplete(body -> {
                if (body.succeeded()) {
                    response.end(body.result());
                } else {
                    response.reset();
                }
            });
            return;
        }
        if (length == null && request.getMethod() != HttpMethod.HEAD) {
            response.setChunked(true);
        }
        upstream.pipeTo(response);
    }

    private void failed(Exchange rc, RequestOptions request, boolean hasBody, ServiceBreakers.Call call,
                        String requestId, boolean first, Throwable failure) {
        HttpServerResponse response = rc.response();
        if (response.closed()) {
            call.released();
            return;
        }
        if (first && !hasBody && staleConnection(failure) && idempotent(request.getMethod())) {
            // The service had closed this pooled connection: not the service's failure; try a fresh connection once.
            LOG.debugf("request %s: %s on a pooled connection to %s, retried once", requestId, failure, service);
            attempt(rc, request, false, call, requestId, false);
            return;
        }
        boolean timeout = failure instanceof TimeoutException
                || String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT).contains("timeout");
        call.failed(failure);
        LOG.warnf("request %s %s %s to %s: %s", requestId, request.getMethod(), request.getURI(), service, failure);
        if (timeout) {
            ProblemResponses.send(response, 504, "Gateway Timeout", "service-timeout",
                    "the " + service + " service did not answer in time; try again later", rc.request().path(),
                    requestId);
        } else {
            ProblemResponses.send(response.putHeader("Retry-After", "5"), 503, "Service Unavailable",
                    "service-unavailable", "the " + service + " service is not reachable; try again later",
                    rc.request().path(), requestId);
        }
    }

    private static boolean staleConnection(Throwable failure) {
        return failure instanceof HttpClosedException || failure instanceof StreamResetException
                || (failure instanceof java.io.IOException && !(failure instanceof ConnectException)
                && String.valueOf(failure.getMessage()).contains("reset"));
    }

    private static boolean idempotent(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS;
    }
}
