package org.tahub.gateway.routing;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.impl.HttpUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * One client request and its answer as the proxy handles them, wherever they arrived: on Quarkus's router (the
 * gateway's HTTP port, where its own resources are) or on the front door ({@link FrontDoor}), the gateway's own Vert.x
 * server for the proxied path.
 */
interface Exchange {

    HttpServerRequest request();

    HttpServerResponse response();

    /** The path with dot segments resolved and unreserved characters decoded, as Vert.x Web normalises it. */
    String normalizedPath();

    /** Runs {@code action} once the answer has been written. */
    void onEnd(Runnable action);

    /** Hands the request on to the gateway's own resources (the merged OpenAPI document, administration). */
    void toOwnResources();

    /** A request on Quarkus's router: its own resources are the next routes. */
    static Exchange of(RoutingContext rc) {
        return new Exchange() {
            @Override
            public HttpServerRequest request() {
                return rc.request();
            }

            @Override
            public HttpServerResponse response() {
                return rc.response();
            }

            @Override
            public String normalizedPath() {
                return rc.normalizedPath();
            }

            @Override
            public void onEnd(Runnable action) {
                rc.addEndHandler(end -> action.run());
            }

            @Override
            public void toOwnResources() {
                rc.next();
            }
        };
    }

    /** A request on the front door: its own resources are Quarkus's router's, reached by {@code ownResources}. */
    static Exchange of(HttpServerRequest request, java.util.function.Consumer<Exchange> ownResources) {
        return new Exchange() {
            private String normalized;

            @Override
            public HttpServerRequest request() {
                return request;
            }

            @Override
            public HttpServerResponse response() {
                return request.response();
            }

            @Override
            public String normalizedPath() {
                if (normalized == null) {
                    normalized = HttpUtils.normalizePath(request.path());
                }
                return normalized;
            }

            @Override
            public void onEnd(Runnable action) {
                request.response().endHandler(v -> action.run());
            }

            @Override
            public void toOwnResources() {
                ownResources.accept(this);
            }
        };
    }
}
