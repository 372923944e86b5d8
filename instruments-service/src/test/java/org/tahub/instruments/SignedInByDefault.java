package org.tahub.instruments;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.tahub.identity.CallerTokens;

/**
 * Every test request carries an identity, as every request through the gateway does: a curator's (the catalogue's
 * tests mostly curate it) unless the request names another caller. The catalogue answers no anonymous call; tests of
 * that send an empty or a forged token.
 */
public class SignedInByDefault implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        String token = Callers.curator("curator-default");
        RestAssured.replaceFiltersWith((request, response, next) -> {
            if (!request.getHeaders().hasHeaderWithName(CallerTokens.HEADER)) {
                request.header(CallerTokens.HEADER, token);
            }
            return next.next(request, response);
        });
    }
}
