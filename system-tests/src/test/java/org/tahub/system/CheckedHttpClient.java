package org.tahub.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;

/**
 * A java.net.http client that checks every exchange against the merged OpenAPI document ({@link ApiConformance}),
 * for the generated client (which sends through an {@link HttpClient}): the answer is read whole, checked, then handed
 * to the caller's body handler as if it had come from the wire. Synchronous sends only (what the generated client
 * uses).
 */
final class CheckedHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final ApiConformance conformance;

    CheckedHttpClient(HttpClient delegate, ApiConformance conformance) {
        this.delegate = delegate;
        this.conformance = conformance;
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> received = delegate.send(request, HttpResponse.BodyHandlers.ofByteArray());
        String body = request.bodyPublisher().map(CheckedHttpClient::bodyOf).orElse(null);
        conformance.check(ApiConformance.request(request.method(), request.uri(), request.headers().map(), body),
                ApiConformance.response(received.statusCode(), received.headers().map(), received.body()));
        HttpResponse.BodySubscriber<T> subscriber = handler.apply(new HttpResponse.ResponseInfo() {
            @Override
            public int statusCode() {
                return received.statusCode();
            }

            @Override
            public HttpHeaders headers() {
                return received.headers();
            }

            @Override
            public Version version() {
                return received.version();
            }
        });
        subscriber.onSubscribe(new Flow.Subscription() {
            @Override
            public void request(long n) {
            }

            @Override
            public void cancel() {
            }
        });
        subscriber.onNext(List.of(ByteBuffer.wrap(received.body())));
        subscriber.onComplete();
        T value = subscriber.getBody().toCompletableFuture().join();
        return new HttpResponse<>() {
            @Override
            public int statusCode() {
                return received.statusCode();
            }

            @Override
            public HttpRequest request() {
                return received.request();
            }

            @Override
            public Optional<HttpResponse<T>> previousResponse() {
                return Optional.empty();
            }

            @Override
            public HttpHeaders headers() {
                return received.headers();
            }

            @Override
            public T body() {
                return value;
            }

            @Override
            public Optional<SSLSession> sslSession() {
                return received.sslSession();
            }

            @Override
            public java.net.URI uri() {
                return received.uri();
            }

            @Override
            public Version version() {
                return received.version();
            }
        };
    }

    /** What a body publisher sends (the generated client's are in memory). */
    private static String bodyOf(HttpRequest.BodyPublisher publisher) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        CompletableFuture<Void> done = new CompletableFuture<>();
        publisher.subscribe(new Flow.Subscriber<>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
                s.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(ByteBuffer item) {
                byte[] bytes = new byte[item.remaining()];
                item.get(bytes);
                out.write(bytes, 0, bytes.length);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onComplete() {
                done.complete(null);
            }
        });
        try {
            done.get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new UncheckedIOException(new IOException("could not read the request body", e));
        }
        return out.size() == 0 ? null : out.toString(StandardCharsets.UTF_8);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request,
            HttpResponse.BodyHandler<T> handler) {
        throw new UnsupportedOperationException("the checked client sends synchronously");
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        throw new UnsupportedOperationException("the checked client sends synchronously");
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
