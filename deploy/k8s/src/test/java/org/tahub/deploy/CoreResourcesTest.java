package org.tahub.deploy;

import static org.tahub.deploy.Violations.assertNone;
import static org.tahub.deploy.Violations.assertReported;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoreResourcesTest {

    @Test
    void everyCoreResourceIsAValidKubernetesObject() {
        assertNone("core resources against the Kubernetes model", CoreResources.violations(Manifests.production()));
    }

    @Test
    void reportsUnknownFieldsWrongTypesAndWhatTheApiServerRefuses() {
        List<String> violations = CoreResources.violations(Manifests.onClassPath("broken"));

        assertReported(violations, "deployment.yaml#2 Deployment/matching-service", "unknown field spec.replica");
        assertReported(violations, "deployment.yaml#2 Deployment/matching-service", "unknown field spec.template.spec.containers[0].resource");
        assertReported(violations, "deployment.yaml#1 ConfigMap/matching-service", "invalid value: data.PORT");
        assertReported(violations, "deployment.yaml#2 Deployment/matching-service", "spec.selector does not select spec.template.metadata.labels");
        assertReported(violations, "deployment.yaml#2 Deployment/matching-service", "containers[1].name 'app' is duplicated");
        assertReported(violations, "deployment.yaml#2 Deployment/matching-service", "volumeMounts: no volume named 'data'");
        assertReported(violations, "deployment.yaml#4 Service/Matching_Service", "is not a DNS-1123 label");
        assertReported(violations, "network.yaml#4 NetworkPolicy/misspelt", "Ingres is neither Ingress nor Egress");
        assertReported(violations, "unknown-kind.yaml#1 ServiceMonitor/matching-service", "unexpected kind monitoring.coreos.com/v1 ServiceMonitor");
    }
}
