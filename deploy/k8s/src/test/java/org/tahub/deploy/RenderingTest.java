package org.tahub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tahub.deploy.Manifests.Document;
import org.tahub.deploy.Manifests.GeneratedSecret;

class RenderingTest {

    @Test
    void rendersTheManifests() {
        Manifests manifests = Manifests.production();

        assertThat(manifests.documents()).isNotEmpty();
        assertThat(manifests.documents()).filteredOn(d -> !d.is("Namespace"))
                .allSatisfy(d -> assertThat(d.body().at("/metadata/namespace").asText()).as(d.toString()).isEqualTo("tahub"));
    }

    @Test
    void appliesNamespaceLabelsImagesAndNestedKustomizations() {
        Manifests manifests = Manifests.onClassPath("rendering");
        Document deployment = manifests.find("Deployment", "gateway").orElseThrow();
        Document service = manifests.find("Service", "gateway").orElseThrow();

        assertThat(deployment.file()).isEqualTo("nested/deployment.yaml");
        assertThat(deployment.body().at("/metadata/namespace").asText()).isEqualTo("rendered");
        assertThat(manifests.find("Namespace", "rendered").orElseThrow().body().at("/metadata").has("namespace")).isFalse();
        assertThat(deployment.labels()).containsEntry("app.kubernetes.io/part-of", "tahub").containsEntry("tier", "front");
        assertThat(Selectors.labels(deployment.spec().at("/selector/matchLabels")))
                .containsEntry("app.kubernetes.io/part-of", "tahub").doesNotContainKey("tier");
        assertThat(Selectors.labels(deployment.spec().at("/template/metadata/labels")))
                .containsEntry("app.kubernetes.io/part-of", "tahub").containsEntry("tier", "front");
        assertThat(Selectors.labels(service.spec().path("selector"))).containsEntry("app.kubernetes.io/part-of", "tahub");
        assertThat(deployment.spec().at("/template/spec/containers/0/image").asText()).isEqualTo("registry.example.org/tahub/gateway:1.2.3");
        assertThat(deployment.spec().at("/template/spec/initContainers/0/image").asText()).isEqualTo("busybox:1.36");
        assertThat(manifests.generatedSecrets()).containsExactly(
                new GeneratedSecret("literal-secret", Optional.of(Set.of("token"))),
                new GeneratedSecret("file-secret", Optional.of(Set.of("key.pem", "other"))),
                new GeneratedSecret("env-secret", Optional.empty()));
    }

    @Test
    void refusesWhatItCannotRenderNamingEveryProblem() {
        assertThatThrownBy(() -> Manifests.onClassPath("broken/unrenderable"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("uses 'patches', which these tests do not render")
                .hasMessageContaining("resource missing.yaml does not exist")
                .hasMessageContaining("resource plain-folder is a folder without a kustomization.yaml")
                .hasMessageContaining("no-kind.yaml#1: no /kind")
                .hasMessageContaining("duplicate-key.yaml: not valid YAML: Duplicate field 'KEY'");
    }
}
