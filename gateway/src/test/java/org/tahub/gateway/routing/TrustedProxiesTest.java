package org.tahub.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The client's address on the front door: a forwarded one only from a proxy the configuration trusts. */
class TrustedProxiesTest {

    private final TrustedProxies ingress = new TrustedProxies(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

    @Test
    void aTrustedProxysLastEntryNamesTheClient() {
        assertThat(ingress.clientAddress("10.42.0.7", "203.0.113.9")).isEqualTo("203.0.113.9");
        // Entries before the last are what the client wrote itself: only the proxy's own is taken.
        assertThat(ingress.clientAddress("10.42.0.7", "198.51.100.1, 203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ingress.clientAddress("127.0.0.1", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(ingress.clientAddress("fd12::1", "2001:db8::5")).isEqualTo("2001:db8::5");
    }

    @Test
    void anyoneElsesHeaderIsIgnored() {
        assertThat(ingress.clientAddress("11.0.0.1", "203.0.113.9")).isEqualTo("11.0.0.1");
        assertThat(ingress.clientAddress("127.0.0.2", "203.0.113.9")).isEqualTo("127.0.0.2");
        assertThat(new TrustedProxies(List.of()).clientAddress("10.42.0.7", "203.0.113.9")).isEqualTo("10.42.0.7");
        assertThat(ingress.clientAddress("10.42.0.7", null)).isEqualTo("10.42.0.7");
        assertThat(ingress.clientAddress(null, "203.0.113.9")).isEqualTo("unknown");
    }

    @Test
    void aRangeThatIsNotOneIsRefusedAtStart() {
        assertThatThrownBy(() -> new TrustedProxies(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> new TrustedProxies(List.of("ingress/8"))).isInstanceOf(IllegalArgumentException.class);
    }
}
