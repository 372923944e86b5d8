package org.tahub.assessments;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.tahub.identity.Caller;
import org.tahub.identity.CallerTokens;

/**
 * Every test request carries an identity, as every request through the gateway does: an analyst's unless the
 * request names another caller (see {@link Callers}). The service answers no anonymous call.
 */
public class SignedInByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String token = Callers.token(new Caller("ctc-analyst-default", "analyst", null, null));
        RestAssured.replaceFiltersWith((request, response, next) -> {
            if (!request.getHeaders().hasHeaderWithName(CallerTokens.HEADER)) {
                request.header(CallerTokens.HEADER, token);
            }
            return next.next(request, response);
        });
    }
}
