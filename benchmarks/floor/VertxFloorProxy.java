import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import java.util.Map;

/**
 * The floor of any proxy built on Vert.x, for benchmarks/gateway-overhead.sh (BENCH_FLOOR=1): the same Vert.x and
 * Netty as the gateway, one HTTP client and keep-alive pool per event loop like the gateway's forwarder, and nothing
 * else (no router, no checks, no identity: the client's own identity header passes through). What the gateway costs
 * beyond this is its own; what this costs beyond nginx is Vert.x's and the JVM's.
 *
 * <p>{@code java -cp <gateway's lib/main jars>:. VertxFloorProxy <port> <upstream port> [event loops]}
 */
public class VertxFloorProxy {

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstreamPort = Integer.parseInt(args[1]);
        int loops = args.length > 2 ? Integer.parseInt(args[2]) : 2 * Runtime.getRuntime().availableProcessors();
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(loops));
        vertx.deployVerticle(() -> new AbstractVerticle() {
            @Override
            public void start() {
                HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true)
                        .setMaxPoolSize(32).setTcpNoDelay(true));
                vertx.createHttpServer(new HttpServerOptions().setTcpNoDelay(true)).requestHandler(in -> {
                    MultiMap out = HttpHeaders.headers();
                    for (Map.Entry<String, String> h : in.headers()) {
                        if (!h.getKey().equalsIgnoreCase("connection")) {
                            out.add(h.getKey(), h.getValue());
                        }
                    }
                    client.request(new RequestOptions().setMethod(in.method()).setHost("127.0.0.1")
                            .setPort(upstreamPort).setURI(in.uri()).setHeaders(out))
                            .compose(request -> request.send())
                            .onComplete(answer -> {
                                if (answer.failed()) {
                                    in.response().setStatusCode(502).end();
                                    return;
                                }
                                HttpClientResponse upstream = answer.result();
                                HttpServerResponse response = in.response().setStatusCode(upstream.statusCode());
                                for (Map.Entry<String, String> h : upstream.headers()) {
                                    if (!h.getKey().equalsIgnoreCase("connection")) {
                                        response.headers().add(h.getKey(), h.getValue());
                                    }
                                }
                                upstream.body().onComplete(body -> {
                                    if (body.succeeded()) {
                                        response.end(body.result());
                                    } else {
                                        response.reset();
                                    }
                                });
                            });
                }).listen(port);
            }
        }, new DeploymentOptions().setInstances(loops)).onFailure(e -> {
            e.printStackTrace();
            System.exit(1);
        });
    }
}
