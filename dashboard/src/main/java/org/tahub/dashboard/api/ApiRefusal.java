package org.tahub.dashboard.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

/**
 * The API did not give what a page needs: {@code status} is the API's answer (401 the credential no longer works, 403
 * the role may not see it, 404 no such thing, 429 too many calls), or 502 when the API could not be reached;
 * {@code detail} is the problem's own explanation.
 */
public class ApiRefusal extends RuntimeException {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final int status;
    private final String detail;

    public ApiRefusal(int status, String detail) {
        super(status + ": " + detail);
        this.status = status;
        this.detail = detail;
    }

    public int status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public static ApiRefusal of(Throwable failure) {
        if (failure instanceof ApiRefusal refusal) {
            return refusal;
        }
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            Response response = web.getResponse();
            String detail = "the API answered " + response.getStatus();
            try {
                String body = response.readEntity(String.class);
                JsonNode problem = JSON.readTree(body);
                if (problem.hasNonNull("detail")) {
                    detail = problem.get("detail").asText();
                }
            } catch (RuntimeException | java.io.IOException unreadable) {
                // keep the status alone
            }
            return new ApiRefusal(response.getStatus(), detail);
        }
        if (failure instanceof ProcessingException || failure.getCause() instanceof java.io.IOException) {
            return new ApiRefusal(502, "the TA Hub API cannot be reached right now");
        }
        return new ApiRefusal(502, "the TA Hub API gave an answer the dashboard could not read");
    }
}
