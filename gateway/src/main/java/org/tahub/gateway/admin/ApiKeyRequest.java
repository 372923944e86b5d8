package org.tahub.gateway.admin;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tahub.edge.parameters.CodeParameters;

/** What an administrator sends to issue a key. */
public record ApiKeyRequest(
        @NotBlank @Size(max = 200) @Schema(example = "Kenya focal point (Ministry of Interior)") String name,
        @NotNull @Pattern(regexp = "state|provider|analyst|curator|admin",
                message = "must be one of state, provider, analyst, curator, admin") @Schema(example = "state") String role,
        @Pattern(regexp = CodeParameters.ISO3, message = "must be an ISO 3166-1 alpha-3 code") @Schema(example = "KEN") String state,
        @Pattern(regexp = CodeParameters.SLUG, message = "must be a provider id (lower-case words and hyphens)")
        @Size(max = 120) @Schema(example = "unodc-tpb") String provider,
        @Future @Schema(example = "2027-12-31T23:59:59Z") OffsetDateTime expiresAt) {
}
