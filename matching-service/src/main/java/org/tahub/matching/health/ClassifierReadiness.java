package org.tahub.matching.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.tahub.matching.service.NeedClassification;

/**
 * Not ready until the need classifier is built: it takes seconds at start-up, and a call to classify (or a need
 * consumed) before that would wait for it. Its data say whether the classifier of every language has replaced the
 * English-only first one yet ({@code everyLanguage}): until then the service is still busy building it, which a
 * benchmark of anything on the same machine must wait for.
 */
@Readiness
@ApplicationScoped
public class ClassifierReadiness implements HealthCheck {

    private final NeedClassification classification;

    public ClassifierReadiness(NeedClassification classification) {
        this.classification = classification;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("need-classifier").status(classification.ready())
                .withData("everyLanguage", classification.everyLanguage()).build();
    }
}
