package org.tahub.dashboard.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SessionSealTest {

    private static final String SECRET = "a-session-secret-of-at-least-32-characters";
    private final SessionSeal seal = new SessionSeal(SECRET);
    private final Instant now = Instant.parse("2026-12-01T12:00:00Z");
    private final Session session = new Session(Session.Credential.API_KEY, "tahub_state_secretkey", "key:tahub_state",
            "state", "KEN", null, now.plus(Duration.ofHours(8)));

    @Test
    void aSealedSessionOpensAgainWhole() {
        assertThat(seal.open(seal.seal(session), now)).contains(session);
    }

    @Test
    void theCookieValueDoesNotShowTheCredential() {
        String value = seal.seal(session);
        assertThat(value).doesNotContain("tahub_state_secretkey");
        assertThat(new String(Base64.getUrlDecoder().decode(value), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("secretkey").doesNotContain("KEN");
        assertThat(seal.seal(session)).as("a fresh nonce each time").isNotEqualTo(value);
    }

    @Test
    void anExpiredSessionOpensToNothing() {
        assertThat(seal.open(seal.seal(session), now.plus(Duration.ofHours(8)))).isEmpty();
    }

    @Test
    void anAlteredValueOrAnotherSecretsValueOpensToNothing() {
        byte[] raw = Base64.getUrlDecoder().decode(seal.seal(session));
        for (int i = 0; i < raw.length; i += 7) {
            byte[] altered = raw.clone();
            altered[i] ^= 0x01;
            assertThat(seal.open(Base64.getUrlEncoder().withoutPadding().encodeToString(altered), now))
                    .as("bit flipped at byte %d", i).isEmpty();
        }
        SessionSeal other = new SessionSeal("another-secret-of-at-least-32-characters!");
        assertThat(other.open(seal.seal(session), now)).isEmpty();
        assertThat(seal.open("not base64 !", now)).isEmpty();
        assertThat(seal.open("", now)).isEmpty();
        assertThat(seal.open("x".repeat(10_000), now)).isEmpty();
    }

    @Test
    void aShortSecretIsRefused() {
        assertThatThrownBy(() -> new SessionSeal("too short")).isInstanceOf(IllegalArgumentException.class);
    }
}
