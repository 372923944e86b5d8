package org.tahub.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The gateway's identity tokens prove who calls, and nothing else passes for one. */
class CallerTokensTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes-0123456789";
    private final CallerTokens tokens = new CallerTokens(SECRET);

    @Test
    void aSignedCallerIsReadBackWhole() {
        Caller kenya = new Caller("ken-focal-point", "state", "KEN", null);
        assertThat(tokens.verify(tokens.sign(kenya, Duration.ofSeconds(60), "req-1"))).isEqualTo(kenya);
        Caller unodc = new Caller("unodc", "provider", null, "unodc-tpb");
        assertThat(tokens.verify(tokens.sign(unodc, Duration.ofSeconds(60), null))).isEqualTo(unodc);
    }

    @Test
    void forgedTamperedOrExpiredTokensAreRefused() {
        String other = new CallerTokens("another-secret-of-thirty-two-bytes-or-more-xyz")
                .sign(new Caller("eve", "admin", null, null), Duration.ofSeconds(60), null);
        assertThatThrownBy(() -> tokens.verify(other)).isInstanceOf(CallerTokens.InvalidToken.class);

        String good = tokens.sign(new Caller("bob", "curator", null, null), Duration.ofSeconds(60), null);
        String[] parts = good.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThatThrownBy(() -> tokens.verify(tampered)).isInstanceOf(CallerTokens.InvalidToken.class);

        String expired = tokens.sign(new Caller("bob", "curator", null, null), Duration.ofSeconds(-120), null);
        assertThatThrownBy(() -> tokens.verify(expired)).isInstanceOf(CallerTokens.InvalidToken.class);
        assertThatThrownBy(() -> tokens.verify("not-a-token")).isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aCallersTokenIsSharedWhileFreshAndRememberingAVerifiedOneLetsNoOtherThrough() {
        Caller kenya = new Caller("ken-focal-point", "state", "KEN", null);
        Caller uganda = new Caller("uga-focal-point", "state", "UGA", null);
        String first = tokens.tokenFor(kenya, Duration.ofSeconds(60));
        assertThat(tokens.tokenFor(kenya, Duration.ofSeconds(60))).isEqualTo(first);
        assertThat(tokens.tokenFor(uganda, Duration.ofSeconds(60))).isNotEqualTo(first);
        // A token whose half-life has passed is replaced by a new one.
        String shortLived = tokens.tokenFor(new Caller("x", "analyst", null, null), Duration.ofMillis(0));
        assertThat(tokens.tokenFor(new Caller("x", "analyst", null, null), Duration.ofSeconds(60))).isNotEqualTo(shortLived);

        assertThat(tokens.verify(first)).isEqualTo(kenya);
        assertThat(tokens.verify(first)).isEqualTo(kenya);
        String[] parts = first.split("\\.");
        String tampered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "AA." + parts[2];
        assertThatThrownBy(() -> tokens.verify(tampered)).isInstanceOf(CallerTokens.InvalidToken.class);
        assertThatThrownBy(() -> new CallerTokens("another-secret-of-thirty-two-bytes-or-more-xyz").verify(first))
                .isInstanceOf(CallerTokens.InvalidToken.class);
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new CallerTokens("short")).isInstanceOf(IllegalArgumentException.class);
    }
}
