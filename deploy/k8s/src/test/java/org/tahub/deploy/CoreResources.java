package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tahub.deploy.Manifests.Document;

/**
 * Every document of a core API group, read into its fabric8 type strictly (values of the right type, no field the
 * type does not have), and what else the API server would refuse of it: names, labels, a Deployment's selector
 * that does not select its pods, duplicate container or port names, a mount of no volume, requests above limits...
 */
final class CoreResources {

    private static final Pattern CONFIG_KEY = Pattern.compile("[-._a-zA-Z0-9]+");
    private static final Set<String> PROTOCOLS = Set.of("TCP", "UDP", "SCTP");

    private CoreResources() {
    }

    static List<String> violations(Manifests manifests) {
        Violations violations = new Violations();
        for (Document document : manifests.documents()) {
            if (CustomResources.GROUPS.contains(document.group())) {
                continue;
            }
            Class<?> type = KubernetesModel.KINDS.get(document.apiVersion() + "/" + document.kind());
            if (type == null) {
                violations.add(document, "unexpected kind " + document.apiVersion() + " " + document.kind()
                        + " (these tests know " + new TreeSet<>(KubernetesModel.KINDS.keySet()) + ")");
                continue;
            }
            try {
                Object model = KubernetesModel.read(document.body(), type);
                KubernetesModel.unknownFields(model, "").forEach(field -> violations.add(document, "unknown field " + field));
            } catch (KubernetesModel.InvalidValueException e) {
                violations.add(document, "invalid value: " + e.getMessage());
            }
            metadata(document, violations);
            switch (document.kind()) {
                case "Deployment", "StatefulSet" -> workload(document, violations);
                case "Service" -> service(document, violations);
                case "HorizontalPodAutoscaler" -> autoscaler(document, violations);
                case "PodDisruptionBudget" -> disruptionBudget(document, violations);
                case "NetworkPolicy" -> networkPolicy(document, violations);
                case "Ingress" -> ingress(document, violations);
                case "ConfigMap" -> configMap(document, violations);
                default -> {
                }
            }
        }
        return violations.lines();
    }

    /** The syntax of the name, labels and annotation keys: for every document, custom resources included. */
    static void metadata(Document document, Violations violations) {
        boolean label = Set.of("Service", "Namespace").contains(document.kind());
        if (label ? !KubernetesNames.isLabel(document.name()) : !KubernetesNames.isSubdomain(document.name())) {
            violations.add(document, "metadata.name '" + document.name() + "' is not a DNS-1123 " + (label ? "label" : "subdomain"));
        }
        KubernetesNames.labelProblems(document.labels(), "metadata.labels").forEach(p -> violations.add(document, p));
        document.body().path("metadata").path("annotations").fieldNames().forEachRemaining(key -> {
            if (!KubernetesNames.isQualifiedName(key)) {
                violations.add(document, "metadata.annotations: invalid key '" + key + "'");
            }
        });
    }

    private static void workload(Document document, Violations violations) {
        JsonNode spec = document.spec();
        JsonNode template = spec.path("template");
        if (Selectors.isEmpty(spec.path("selector"))) {
            violations.add(document, "spec.selector is missing or empty");
        } else if (!Selectors.selects(spec.path("selector"), Selectors.labels(template.path("metadata").path("labels")))) {
            violations.add(document, "spec.selector does not select spec.template.metadata.labels");
        }
        KubernetesNames.labelProblems(Selectors.labels(template.path("metadata").path("labels")), "spec.template.metadata.labels")
                .forEach(p -> violations.add(document, p));
        JsonNode pod = template.path("spec");
        if (pod.path("containers").isEmpty()) {
            violations.add(document, "spec.template.spec.containers is empty");
        }
        Set<String> volumes = new HashSet<>();
        for (JsonNode volume : pod.path("volumes")) {
            String name = volume.path("name").asText();
            if (!volumes.add(name) || !KubernetesNames.isLabel(name)) {
                violations.add(document, "volume name '" + name + "' is duplicated or not a DNS-1123 label");
            }
        }
        Set<String> containers = new HashSet<>();
        Set<String> portNames = new HashSet<>();
        Stream.concat(Located.elements(pod.path("initContainers"), "initContainers"),
                Located.elements(pod.path("containers"), "containers")).forEach(entry -> {
            JsonNode container = entry.node();
            String where = "spec.template.spec." + entry.path();
            String name = container.path("name").asText();
            if (!containers.add(name) || !KubernetesNames.isLabel(name)) {
                violations.add(document, where + ".name '" + name + "' is duplicated or not a DNS-1123 label");
            }
            if (container.path("image").asText().isBlank()) {
                violations.add(document, where + ".image is missing");
            }
            for (JsonNode port : container.path("ports")) {
                int number = port.path("containerPort").asInt(0);
                if (number < 1 || number > 65535) {
                    violations.add(document, where + ".ports: containerPort " + port.path("containerPort") + " is not 1-65535");
                }
                if (port.has("name") && (!portNames.add(port.get("name").asText()) || !KubernetesNames.isPortName(port.get("name").asText()))) {
                    violations.add(document, where + ".ports: name '" + port.get("name").asText() + "' is duplicated or not an IANA service name");
                }
                if (port.has("protocol") && !PROTOCOLS.contains(port.get("protocol").asText())) {
                    violations.add(document, where + ".ports: protocol " + port.get("protocol").asText() + " is not one of " + PROTOCOLS);
                }
            }
            for (JsonNode mount : container.path("volumeMounts")) {
                if (!volumes.contains(mount.path("name").asText())) {
                    violations.add(document, where + ".volumeMounts: no volume named '" + mount.path("name").asText() + "'");
                }
            }
            JsonNode limits = container.path("resources").path("limits");
            container.path("resources").path("requests").properties().forEach(request -> {
                if (limits.has(request.getKey()) && amount(request.getValue()).compareTo(amount(limits.get(request.getKey()))) > 0) {
                    violations.add(document, where + ".resources: the " + request.getKey() + " request " + request.getValue().asText()
                            + " is above its limit " + limits.get(request.getKey()).asText());
                }
            });
        });
    }

    private static BigDecimal amount(JsonNode quantity) {
        try {
            return Quantity.getAmountInBytes(new Quantity(quantity.asText()));
        } catch (RuntimeException e) {
            return BigDecimal.ZERO;
        }
    }

    private static void service(Document document, Violations violations) {
        JsonNode spec = document.spec();
        String type = spec.path("type").asText("ClusterIP");
        if (!Set.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName").contains(type)) {
            violations.add(document, "spec.type " + type + " is not a Service type");
        }
        if (spec.path("ports").isEmpty() && !type.equals("ExternalName")) {
            violations.add(document, "spec.ports is empty");
        }
        Set<String> names = new HashSet<>();
        for (JsonNode port : spec.path("ports")) {
            String name = port.path("name").asText();
            if (spec.path("ports").size() > 1 && (name.isEmpty() || !names.add(name))) {
                violations.add(document, "spec.ports: port names must be set and unique when there are several");
            }
            int number = port.path("port").asInt(0);
            if (number < 1 || number > 65535) {
                violations.add(document, "spec.ports: port " + port.path("port") + " is not 1-65535");
            }
            JsonNode target = port.path("targetPort");
            if (target.isInt() ? target.asInt() < 1 || target.asInt() > 65535
                    : target.isTextual() && !KubernetesNames.isPortName(target.asText())) {
                violations.add(document, "spec.ports: targetPort " + target + " is neither a port number nor a port name");
            }
            if (port.has("protocol") && !PROTOCOLS.contains(port.get("protocol").asText())) {
                violations.add(document, "spec.ports: protocol " + port.get("protocol").asText() + " is not one of " + PROTOCOLS);
            }
        }
    }

    private static void autoscaler(Document document, Violations violations) {
        JsonNode spec = document.spec();
        if (spec.path("scaleTargetRef").path("kind").asText().isBlank() || spec.path("scaleTargetRef").path("name").asText().isBlank()) {
            violations.add(document, "spec.scaleTargetRef needs a kind and a name");
        }
        int max = spec.path("maxReplicas").asInt(0);
        int min = spec.path("minReplicas").asInt(1);
        if (max < 1 || min < 1 || min > max) {
            violations.add(document, "spec: minReplicas " + min + " and maxReplicas " + max + " must be 1 <= min <= max");
        }
    }

    private static void disruptionBudget(Document document, Violations violations) {
        if (document.spec().has("minAvailable") && document.spec().has("maxUnavailable")) {
            violations.add(document, "spec: minAvailable and maxUnavailable cannot both be set");
        }
    }

    private static void networkPolicy(Document document, Violations violations) {
        for (JsonNode type : document.spec().path("policyTypes")) {
            if (!Set.of("Ingress", "Egress").contains(type.asText())) {
                violations.add(document, "spec.policyTypes: " + type.asText() + " is neither Ingress nor Egress");
            }
        }
        Stream.concat(Located.elements(document.spec().path("ingress"), "spec.ingress"),
                Located.elements(document.spec().path("egress"), "spec.egress")).forEach(rule -> {
            for (JsonNode port : rule.node().path("ports")) {
                if (port.has("protocol") && !PROTOCOLS.contains(port.get("protocol").asText())) {
                    violations.add(document, rule.path() + ".ports: protocol " + port.get("protocol").asText() + " is not one of " + PROTOCOLS);
                }
            }
        });
    }

    private static void ingress(Document document, Violations violations) {
        Located.elements(document.spec().path("rules"), "spec.rules").forEach(rule -> {
            for (JsonNode path : rule.node().path("http").path("paths")) {
                if (!Set.of("Exact", "Prefix", "ImplementationSpecific").contains(path.path("pathType").asText())) {
                    violations.add(document, rule.path() + ": pathType of " + path.path("path").asText() + " must be Exact, Prefix or ImplementationSpecific");
                }
                JsonNode port = path.path("backend").path("service").path("port");
                if (path.path("backend").has("service") && port.has("name") == port.has("number")) {
                    violations.add(document, rule.path() + ": the backend of " + path.path("path").asText() + " needs a port name or a port number");
                }
            }
        });
    }

    private static void configMap(Document document, Violations violations) {
        Set<String> keys = new HashSet<>();
        Stream.of("data", "binaryData").forEach(field -> document.body().path(field).fieldNames().forEachRemaining(key -> {
            if (!CONFIG_KEY.matcher(key).matches() || key.length() > 253) {
                violations.add(document, field + ": invalid key '" + key + "'");
            }
            if (!keys.add(key)) {
                violations.add(document, "key '" + key + "' is in both data and binaryData");
            }
        }));
    }
}
