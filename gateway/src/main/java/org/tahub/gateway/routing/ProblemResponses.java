package org.tahub.gateway.routing;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import org.tahub.edge.problem.Problem;

/** Problem details written straight on the Vert.x response, for errors the gateway itself answers. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Buffer body(int status, String title, String type, String detail, String instance,
                              String requestId) {
        JsonObject json = new JsonObject()
                .put("type", Problem.TYPE_BASE + type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        if (instance != null) {
            json.put("instance", instance);
        }
        if (requestId != null) {
            json.put("requestId", requestId);
        }
        return json.toBuffer();
    }

    public static void send(HttpServerResponse response, int status, String title, String type, String detail,
                            String instance, String requestId) {
        if (response.ended() || response.headWritten()) {
            return;
        }
        response.setStatusCode(status)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body(status, title, type, detail, instance, requestId));
    }
}
