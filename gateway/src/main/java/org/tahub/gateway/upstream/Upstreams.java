package org.tahub.gateway.upstream;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import org.tahub.gateway.config.GatewayConfig;

/** Small GETs the gateway makes to its services itself (readiness, OpenAPI), each bounded by the probe timeout. */
@ApplicationScoped
public class Upstreams {

    private final GatewayConfig config;
    private final HttpClient client;

    public Upstreams(GatewayConfig config, Vertx vertx) {
        this.config = config;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.probeTimeout().toMillis()));
    }

    /** A response from a service: its status and body. */
    public record Reply(int status, Buffer body) {
    }

    public Future<Reply> get(String service, String pathAndQuery) {
        URI url = config.services().get(service).url();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setHost(url.getHost())
                .setPort(url.getPort()).setURI(pathAndQuery).setIdleTimeout(config.probeTimeout().toMillis())
                .putHeader("Accept", "application/json");
        return client.request(options)
                .compose(req -> req.send())
                .compose(resp -> resp.body().map(body -> new Reply(resp.statusCode(), body)));
    }
}
