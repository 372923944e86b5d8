package org.tahub.gateway.routing;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * The body size limit for chunked requests, which announce no Content-Length (those that do are refused before they
 * are forwarded). The body is still streamed, not buffered: bytes are counted as they pass, and past the limit the
 * stream is cut, the request to the service fails, and the client gets a 413 problem (and its connection is closed,
 * since the rest of its body is never read).
 */
final class BodyLimit implements ProxyInterceptor {

    private final long maxBytes;

    BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        ProxyRequest request = context.request();
        HttpServerRequest original = request.proxiedRequest();
        if (!"chunked".equalsIgnoreCase(original.getHeader("Transfer-Encoding")) || request.getBody() == null) {
            return context.sendRequest();
        }
        Counted counted = new Counted(request.getBody().stream(), maxBytes);
        request.setBody(Body.body(counted, -1));
        return context.sendRequest()
                .recover(failure -> counted.exceeded ? Future.succeededFuture(tooLarge(request, original))
                        : Future.failedFuture(failure))
                .map(response -> counted.exceeded ? tooLarge(request, original) : response);
    }

    private ProxyResponse tooLarge(ProxyRequest request, HttpServerRequest original) {
        return request.response().setStatusCode(413)
                .putHeader("Content-Type", org.tahub.problems.Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .setBody(Body.body(ProblemResponses.body(413, "Content Too Large", "body-too-large",
                        "the request body is larger than " + maxBytes + " bytes", original.path(),
                        original.getHeader(ApiProxy.REQUEST_ID))));
    }

    /** Passes the body on while counting it; fails the stream once it passes the limit. */
    private static final class Counted implements ReadStream<Buffer> {

        private final ReadStream<Buffer> source;
        private final long max;
        private long seen;
        volatile boolean exceeded;
        private Handler<Throwable> exceptionHandler;

        Counted(ReadStream<Buffer> source, long max) {
            this.source = source;
            this.max = max;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            this.exceptionHandler = handler;
            source.exceptionHandler(handler);
            return this;
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                source.handler(null);
                return this;
            }
            source.handler(chunk -> {
                if (exceeded) {
                    return;
                }
                seen += chunk.length();
                if (seen > max) {
                    exceeded = true;
                    source.pause();
                    if (exceptionHandler != null) {
                        exceptionHandler.handle(new IllegalStateException("request body larger than " + max + " bytes"));
                    }
                    return;
                }
                handler.handle(chunk);
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> pause() {
            source.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            if (!exceeded) {
                source.resume();
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            if (!exceeded) {
                source.fetch(amount);
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> endHandler) {
            source.endHandler(endHandler);
            return this;
        }
    }
}
