package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.tahub.deploy.Manifests.Document;

/**
 * The Deployments and what serves them: each container has HTTP readiness and liveness probes on one of its ports
 * and CPU and memory requests and limits; each Deployment has its ServiceAccount, a HorizontalPodAutoscaler and a
 * PodDisruptionBudget; each Service selects the pods of a Deployment, on a port they have; each Ingress backend is
 * a Service's port.
 */
final class Workloads {

    /** The pods of a Deployment: the labels and spec of its template. */
    record Pods(Document deployment, Map<String, String> labels, JsonNode spec) {

        Stream<Located> containers() {
            return Located.elements(spec.path("containers"), "spec.template.spec.containers");
        }

        /** Whether a port (a number or a name, as a Service's targetPort or a probe gives it) is one of a container's. */
        boolean hasPort(JsonNode port) {
            return containers().anyMatch(c -> hasPort(c.node(), port));
        }

        static boolean hasPort(JsonNode container, JsonNode port) {
            for (JsonNode declared : container.path("ports")) {
                if (port.isInt() ? declared.path("containerPort").asInt() == port.asInt() : declared.path("name").asText().equals(port.asText())) {
                    return true;
                }
            }
            return false;
        }
    }

    private Workloads() {
    }

    static List<Pods> deployments(Manifests manifests) {
        return manifests.ofKind("Deployment").map(d -> new Pods(d,
                Selectors.labels(d.spec().path("template").path("metadata").path("labels")), d.spec().path("template").path("spec"))).toList();
    }

    static List<String> violations(Manifests manifests) {
        Violations violations = new Violations();
        List<Pods> deployments = deployments(manifests);
        List<Document> autoscalers = manifests.ofKind("HorizontalPodAutoscaler").toList();
        List<Document> budgets = manifests.ofKind("PodDisruptionBudget").toList();
        for (Pods pods : deployments) {
            Document deployment = pods.deployment();
            pods.containers().forEach(container -> {
                for (String probe : List.of("readinessProbe", "livenessProbe")) {
                    JsonNode httpGet = container.node().path(probe).path("httpGet");
                    if (httpGet.isMissingNode()) {
                        violations.add(deployment, container.path() + "." + probe + ".httpGet is missing");
                    } else if (!Pods.hasPort(container.node(), httpGet.path("port"))) {
                        violations.add(deployment, container.path() + "." + probe + ".httpGet.port " + httpGet.path("port") + " is none of the container's ports");
                    }
                }
                for (String bound : List.of("requests", "limits")) {
                    for (String resource : List.of("cpu", "memory")) {
                        if (!container.node().path("resources").path(bound).has(resource)) {
                            violations.add(deployment, container.path() + ".resources." + bound + "." + resource + " is missing");
                        }
                    }
                }
            });
            String account = pods.spec().path("serviceAccountName").asText("default");
            if (!account.equals("default") && manifests.find("ServiceAccount", account).isEmpty()) {
                violations.add(deployment, "spec.template.spec.serviceAccountName '" + account + "' is no ServiceAccount of the manifests");
            }
            if (autoscalers.stream().noneMatch(a -> targets(a, deployment))) {
                violations.add(deployment, "no HorizontalPodAutoscaler has it as scaleTargetRef");
            }
            if (budgets.stream().noneMatch(b -> Selectors.selects(b.spec().path("selector"), pods.labels()))) {
                violations.add(deployment, "no PodDisruptionBudget selects its pods");
            }
        }
        for (Document autoscaler : autoscalers) {
            if (deployments.stream().noneMatch(p -> targets(autoscaler, p.deployment()))) {
                violations.add(autoscaler, "spec.scaleTargetRef names no Deployment of the manifests");
            }
        }
        for (Document budget : budgets) {
            if (deployments.stream().noneMatch(p -> Selectors.selects(budget.spec().path("selector"), p.labels()))) {
                violations.add(budget, "spec.selector selects the pods of no Deployment of the manifests");
            }
        }
        for (Document service : manifests.ofKind("Service").toList()) {
            List<Pods> selected = deployments.stream().filter(p -> Selectors.serviceSelects(service.spec().path("selector"), p.labels())).toList();
            if (selected.isEmpty()) {
                violations.add(service, "spec.selector " + service.spec().path("selector") + " selects the pods of no Deployment");
            }
            Located.elements(service.spec().path("ports"), "spec.ports").forEach(port -> {
                JsonNode target = port.node().has("targetPort") ? port.node().get("targetPort") : port.node().path("port");
                selected.stream().filter(p -> !p.hasPort(target)).forEach(p -> violations.add(service,
                        port.path() + ".targetPort " + target + " is no port of " + p.deployment().name() + "'s containers"));
            });
        }
        for (Document ingress : manifests.ofKind("Ingress").toList()) {
            Stream<JsonNode> backends = Stream.concat(Stream.of(ingress.spec().path("defaultBackend")),
                    Located.elements(ingress.spec().path("rules"), "").flatMap(r -> Located.elements(r.node().path("http").path("paths"), ""))
                            .map(p -> p.node().path("backend")));
            backends.map(b -> b.path("service")).filter(JsonNode::isObject).forEach(backend -> {
                String name = backend.path("name").asText();
                Document service = manifests.find("Service", name).orElse(null);
                if (service == null) {
                    violations.add(ingress, "a backend names Service '" + name + "', which is not in the manifests");
                    return;
                }
                JsonNode port = backend.path("port");
                boolean exists = Located.elements(service.spec().path("ports"), "").anyMatch(p -> port.has("number")
                        ? p.node().path("port").asInt() == port.get("number").asInt() : p.node().path("name").asText().equals(port.path("name").asText()));
                if (!exists) {
                    violations.add(ingress, "a backend names port " + port + " of Service " + name + ", which has no such port");
                }
            });
        }
        return violations.lines();
    }

    private static boolean targets(Document autoscaler, Document deployment) {
        JsonNode target = autoscaler.spec().path("scaleTargetRef");
        return target.path("kind").asText().equals("Deployment") && target.path("apiVersion").asText("apps/v1").equals("apps/v1")
                && target.path("name").asText().equals(deployment.name());
    }
}
