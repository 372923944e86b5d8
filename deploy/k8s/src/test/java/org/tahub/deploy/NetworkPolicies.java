package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.tahub.deploy.Manifests.Document;
import org.tahub.deploy.Workloads.Pods;

/**
 * Who may talk to whom. A default-deny of ingress for every pod of the namespace (empty podSelector, no rule); the
 * egress of every Deployment's pods restricted by a policy (the operators' pods keep theirs: they talk to the
 * Kubernetes API); each Deployment's pods have a policy of their own; only the gateway's pods admit ingress from
 * outside the namespace; every other service's pods admit ingress from the gateway's pods only, and from a monitoring
 * namespace on named container ports only, if at all (Prometheus scraping {@code /q/metrics}: without the gateway's
 * signed identity a service answers nothing but its health, metrics and OpenAPI document); pods whose egress is
 * restricted still reach DNS; each PostgreSQL Cluster's pods are admitted by a policy (CloudNativePG makes none;
 * Strimzi makes Kafka's).
 */
final class NetworkPolicies {

    static final String GATEWAY = "gateway";

    private NetworkPolicies() {
    }

    static List<String> violations(Manifests manifests) {
        Violations violations = new Violations();
        List<Document> policies = manifests.ofKind("NetworkPolicy").toList();
        if (policies.stream().noneMatch(NetworkPolicies::deniesAllIngress)) {
            violations.add("no default-deny NetworkPolicy for ingress (podSelector {}, policyTypes [Ingress], no ingress rule); "
                    + "the namespace's policies: " + policies.stream().map(p -> p.name() + " " + p.spec().path("podSelector")
                    + " " + types(p)).toList());
        }
        List<Pods> deployments = Workloads.deployments(manifests);
        Pods gateway = deployments.stream().filter(p -> p.deployment().name().equals(GATEWAY)).findFirst().orElse(null);
        for (Pods pods : deployments) {
            Document deployment = pods.deployment();
            List<Document> applying = policies.stream().filter(p -> Selectors.selects(p.spec().path("podSelector"), pods.labels())).toList();
            if (applying.stream().allMatch(p -> Selectors.isEmpty(p.spec().path("podSelector")))) {
                violations.add(deployment, "no NetworkPolicy selects its pods (beside the namespace-wide ones)");
            }
            for (Document policy : applying.stream().filter(p -> types(p).contains("Ingress")).toList()) {
                Located.elements(policy.spec().path("ingress"), "spec.ingress").forEach(rule -> {
                    if (pods != gateway) {
                        admitsOnlyTheGateway(policy, rule, pods, gateway, deployments, violations);
                    }
                });
            }
            boolean egressDenied = applying.stream().anyMatch(p -> types(p).contains("Egress"));
            if (!egressDenied) {
                violations.add(deployment, "no NetworkPolicy restricts its egress (policyTypes Egress)");
            }
            boolean dns = applying.stream().filter(p -> types(p).contains("Egress"))
                    .flatMap(p -> Located.elements(p.spec().path("egress"), "")).anyMatch(rule -> reachesDns(rule.node()));
            if (egressDenied && !dns) {
                violations.add(deployment, "its egress is restricted but no NetworkPolicy lets its pods reach DNS (port 53)");
            }
        }
        manifests.ofKind("Cluster").filter(c -> c.group().equals("postgresql.cnpg.io")).forEach(cluster -> {
            Map<String, String> labels = Map.of("cnpg.io/cluster", cluster.name());
            List<Document> ingressOfItsPods = policies.stream().filter(p -> types(p).contains("Ingress")
                    && Selectors.selects(p.spec().path("podSelector"), labels)).toList();
            boolean admitted = ingressOfItsPods.stream().anyMatch(p -> !p.spec().path("ingress").isEmpty());
            if (!ingressOfItsPods.isEmpty() && !admitted) {
                violations.add(cluster, "ingress is denied in the namespace and no NetworkPolicy admits anything to its pods (cnpg.io/cluster=" + cluster.name() + ")");
            }
        });
        return violations.lines();
    }

    /** Whether an egress rule lets pods reach the cluster's DNS (port 53, in another namespace or anywhere). */
    private static boolean reachesDns(JsonNode rule) {
        boolean port = rule.path("ports").isEmpty()
                || StreamSupport.stream(rule.path("ports").spliterator(), false).anyMatch(p -> p.path("port").asInt() == 53);
        boolean peer = rule.path("to").isEmpty()
                || StreamSupport.stream(rule.path("to").spliterator(), false).anyMatch(p -> p.has("namespaceSelector") || p.has("ipBlock"));
        return port && peer;
    }

    /** Empty podSelector, Ingress, no ingress rule: nothing comes in unless another policy admits it. */
    private static boolean deniesAllIngress(Document policy) {
        return Selectors.isEmpty(policy.spec().path("podSelector")) && types(policy).contains("Ingress")
                && policy.spec().path("ingress").isEmpty();
    }

    /** The policy types, defaulted as the API server does: Ingress, and Egress when there are egress rules. */
    private static List<String> types(Document policy) {
        JsonNode types = policy.spec().path("policyTypes");
        if (types.isEmpty()) {
            return policy.spec().has("egress") ? List.of("Ingress", "Egress") : List.of("Ingress");
        }
        return StreamSupport.stream(types.spliterator(), false).map(JsonNode::asText).toList();
    }

    private static void admitsOnlyTheGateway(Document policy, Located rule, Pods pods, Pods gateway, List<Pods> deployments,
            Violations violations) {
        String where = "NetworkPolicy " + policy.name() + " " + rule.path();
        JsonNode from = rule.node().path("from");
        if (from.isEmpty()) {
            violations.add(pods.deployment(), where + " admits ingress from anywhere; only the gateway's pods may reach it");
            return;
        }
        Located.elements(from, "from").forEach(peer -> {
            JsonNode node = peer.node();
            if (node.has("ipBlock")) {
                violations.add(pods.deployment(), where + "." + peer.path() + " admits ingress from outside the namespace (ipBlock)");
            } else if (node.has("namespaceSelector") && !selectsOwnNamespace(node.get("namespaceSelector"), policy)) {
                if (!isMonitoring(node.get("namespaceSelector")) || !onContainerPortsOnly(rule.node(), pods)) {
                    violations.add(pods.deployment(), where + "." + peer.path() + " admits ingress from other namespaces "
                            + node.get("namespaceSelector") + (isMonitoring(node.get("namespaceSelector"))
                            ? " on ports " + rule.node().path("ports") + ", not only on named ports of its containers" : ""));
                }
            } else {
                JsonNode podSelector = node.path("podSelector");
                boolean gatewayOnly = gateway != null && !Selectors.isEmpty(podSelector) && Selectors.selects(podSelector, gateway.labels())
                        && deployments.stream().filter(p -> p != gateway).noneMatch(p -> Selectors.selects(podSelector, p.labels()));
                if (!gatewayOnly) {
                    violations.add(pods.deployment(), where + "." + peer.path() + " admits ingress from pods " + podSelector
                            + ", not only the gateway's");
                }
            }
        });
    }

    private static boolean selectsOwnNamespace(JsonNode namespaceSelector, Document policy) {
        String namespace = policy.body().path("metadata").path("namespace").asText();
        return !namespace.isEmpty() && namespaceSelector.path("matchExpressions").isEmpty()
                && namespace.equals(namespaceSelector.path("matchLabels").path("kubernetes.io/metadata.name").asText());
    }

    private static boolean isMonitoring(JsonNode namespaceSelector) {
        return namespaceSelector.toString().contains("monitoring");
    }

    private static boolean onContainerPortsOnly(JsonNode rule, Pods pods) {
        JsonNode ports = rule.path("ports");
        return !ports.isEmpty() && StreamSupport.stream(ports.spliterator(), false).allMatch(port -> {
            JsonNode value = port.path("port");
            return pods.containers().anyMatch(c -> StreamSupport.stream(c.node().path("ports").spliterator(), false)
                    .anyMatch(p -> p.hasNonNull("name")
                            && (value.isInt() ? p.path("containerPort").asInt() == value.asInt() : value.asText().equals(p.path("name").asText()))));
        });
    }
}
