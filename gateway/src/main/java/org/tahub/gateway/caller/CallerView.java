package org.tahub.gateway.caller;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.gateway.security.Identity;

/** Who the gateway takes the caller for: what its key or token proves. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The caller as the gateway knows it from its API key or bearer token")
public record CallerView(
        @Schema(description = "Names the caller in logs and audit trails", examples = "key:tahub_state_3f9a01")
        String subject,
        @Schema(description = "Its role", enumeration = {"state", "provider", "analyst", "curator", "admin"},
                examples = "state") String role,
        @Schema(description = "For the state role: the state it speaks for (ISO 3166-1 alpha-3)", nullable = true,
                examples = "KEN") String state,
        @Schema(description = "For the provider role: the provider it speaks for", nullable = true,
                examples = "unodc-tpb") String provider) {

    static CallerView of(Identity who) {
        return new CallerView(who.subject(), who.role().code(), who.state(), who.provider());
    }
}
