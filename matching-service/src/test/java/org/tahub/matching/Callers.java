package org.tahub.matching;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import org.tahub.identity.Caller;
import org.tahub.identity.CallerTokens;

/** Requests as the gateway would hand them on: with a signed identity of a given role. */
public final class Callers {

    private static final CallerTokens TOKENS = new CallerTokens("test-identity-secret-of-at-least-32-bytes");

    private Callers() {
    }

    public static RequestSpecification state(String iso3) {
        return as(new Caller("focal-point-" + iso3.toLowerCase(), "state", iso3, null));
    }

    public static RequestSpecification provider(String provider) {
        return as(new Caller("officer-" + provider, "provider", null, provider));
    }

    public static RequestSpecification analyst() {
        return as(new Caller("ctc-analyst-1", "analyst", null, null));
    }

    public static RequestSpecification admin() {
        return as(new Caller("admin-1", "admin", null, null));
    }

    public static RequestSpecification as(Caller caller) {
        return given().header(CallerTokens.HEADER, TOKENS.sign(caller, "matching-service", Duration.ofMinutes(1)))
                .contentType("application/json");
    }
}
