package org.tahub.assessments;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.tahub.identity.Caller;
import org.tahub.identity.CallerTokens;

import static io.restassured.RestAssured.given;

/** Requests as the gateway would hand them on: with a signed identity of a given role. */
final class Callers {

    private static final CallerTokens TOKENS = new CallerTokens("test-identity-secret-of-at-least-32-bytes");

    private Callers() {
    }

    static RequestSpecification state(String iso3) {
        return as(new Caller("focal-point-" + iso3.toLowerCase(), "state", iso3, null));
    }

    static RequestSpecification provider(String provider) {
        return as(new Caller("provider-" + provider, "provider", null, provider));
    }

    static RequestSpecification analyst() {
        return as(new Caller("ctc-analyst-1", "analyst", null, null));
    }

    static RequestSpecification curator() {
        return as(new Caller("curator-1", "curator", null, null));
    }

    static RequestSpecification admin() {
        return as(new Caller("admin-1", "admin", null, null));
    }

    static String token(Caller caller) {
        return TOKENS.sign(caller, "assessments-service", Duration.ofMinutes(1));
    }

    static RequestSpecification as(Caller caller) {
        return given().header(CallerTokens.HEADER, token(caller))
                .contentType("application/json");
    }
}
