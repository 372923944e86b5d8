package org.tahub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The gateway's identity tokens prove who calls, to one service, for seconds, and nothing else passes for one. */
class CallerTokensTest {

    private static final String SECRET = "another-secret-of-thirty-two-bytes-for-this-test";
    private static final String SERVICE = "assessments-service";
    private final CallerTokens gateway = new CallerTokens(SECRET);
    private final CallerTokens service = new CallerTokens(SECRET, SERVICE);

    @Test
    void aSignedCallerIsReadBackWhole() {
        Caller kenya = new Caller("ken-focal-point", "state", "KEN", null);
        assertThat(service.verify(gateway.sign(kenya, SERVICE, Duration.ofSeconds(60)))).isEqualTo(kenya);
        Caller unodc = new Caller("unodc", "provider", null, "unodc-tpb");
        assertThat(service.verify(gateway.sign(unodc, SERVICE, Duration.ofSeconds(60)))).isEqualTo(unodc);
    }

    @Test
    void forgedTamperedOrExpiredTokensAreRefused() {
        String other = new CallerTokens("yet-another-secret-of-thirty-two-bytes-or-more-xyz")
                .sign(new Caller("eve", "admin", null, null), SERVICE, Duration.ofSeconds(60));
        assertThatThrownBy(() -> service.verify(other)).isInstanceOf(CallerTokens.InvalidToken.class);

        String good = gateway.sign(new Caller("bob", "curator", null, null), SERVICE, Duration.ofSeconds(60));
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThatThrownBy(() -> service.verify(tampered)).isInstanceOf(CallerTokens.InvalidToken.class);
        assertThatThrownBy(() -> service.verify("not-a-token")).isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aTokenThatExpiredMoreThanTheClockSkewAgoIsRefused() {
        // The review found a token that had expired 30 s before accepted (60 s of skew): now 5 s at most.
        String expired30s = gateway.sign(new Caller("bob", "curator", null, null), SERVICE, Duration.ofSeconds(-30));
        assertThatThrownBy(() -> service.verify(expired30s)).isInstanceOf(CallerTokens.InvalidToken.class);
        String longLived = gateway.sign(new Caller("bob", "curator", null, null), SERVICE, Duration.ofHours(1));
        assertThatThrownBy(() -> service.verify(longLived)).isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aTokenForOneServiceIsRefusedByAnother() {
        String forInstruments = gateway.sign(new Caller("bob", "admin", null, null), "instruments-service",
                Duration.ofSeconds(60));
        assertThat(new CallerTokens(SECRET, "instruments-service").verify(forInstruments).subject()).isEqualTo("bob");
        assertThatThrownBy(() -> service.verify(forInstruments)).isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aSubjectLongerThanEventsAndAuditTrailsHoldIsRefused() {
        Caller longest = new Caller("s".repeat(Caller.MAX_SUBJECT), "analyst", null, null);
        assertThat(service.verify(gateway.sign(longest, SERVICE, Duration.ofSeconds(60)))).isEqualTo(longest);
        String tooLong = gateway.sign(new Caller("s".repeat(Caller.MAX_SUBJECT + 1), "analyst", null, null), SERVICE,
                Duration.ofSeconds(60));
        assertThatThrownBy(() -> service.verify(tooLong)).isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aTokenWithoutATaHubRoleIsRefused() {
        String noRole = gateway.sign(new Caller("bob", "superuser", null, null), SERVICE, Duration.ofSeconds(60));
        assertThatThrownBy(() -> service.verify(noRole)).isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aCallersTokenIsSharedWhileFreshAndRememberingAVerifiedOneLetsNoOtherThrough() {
        Caller kenya = new Caller("ken-focal-point", "state", "KEN", null);
        Caller uganda = new Caller("uga-focal-point", "state", "UGA", null);
        String first = gateway.tokenFor(kenya, SERVICE, Duration.ofSeconds(60));
        assertThat(gateway.tokenFor(kenya, SERVICE, Duration.ofSeconds(60))).isEqualTo(first);
        assertThat(gateway.tokenFor(kenya, "matching-service", Duration.ofSeconds(60))).isNotEqualTo(first);
        assertThat(gateway.tokenFor(uganda, SERVICE, Duration.ofSeconds(60))).isNotEqualTo(first);
        // A token whose half-life has passed is replaced by a new one.
        Caller analyst = new Caller("x", "analyst", null, null);
        String shortLived = gateway.tokenFor(analyst, SERVICE, Duration.ofMillis(0));
        assertThat(gateway.tokenFor(analyst, SERVICE, Duration.ofSeconds(60))).isNotEqualTo(shortLived);

        assertThat(service.verify(first)).isEqualTo(kenya);
        assertThat(service.verify(first)).isEqualTo(kenya);
        String[] parts = first.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThatThrownBy(() -> service.verify(tampered)).isInstanceOf(CallerTokens.InvalidToken.class);
        assertThatThrownBy(() -> new CallerTokens("yet-another-secret-of-thirty-two-bytes-or-more-xyz", SERVICE)
                .verify(first)).isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new CallerTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
