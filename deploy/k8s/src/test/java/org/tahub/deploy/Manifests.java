package org.tahub.deploy;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What a Kustomize root renders to, as documents with the file each came from: its {@code resources} (files of
 * {@code ---}-separated documents, or folders with a kustomization of their own), with its {@code namespace},
 * {@code labels}/{@code commonLabels} and {@code images} applied, and the Secrets its {@code secretGenerator} makes.
 * Only that subset of Kustomize is rendered; a kustomization that uses any other field is refused, so that no
 * transformation is ever silently left out.
 */
public final class Manifests {

    /** The module's manifests, relative to the module's folder (the tests' working directory). */
    public static final Path ROOT = Path.of("manifests");

    /** A key given twice in a mapping fails, as kubectl's strict decoding does (YAML parsers keep the last one). */
    static final YAMLMapper YAML = YAMLMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

    private static final String KUSTOMIZE_API = "kustomize.config.k8s.io/v1beta1";
    /** generatorOptions only changes the generated Secrets' name suffix, labels and annotations, which nothing here reads. */
    private static final Set<String> RENDERED_FIELDS = Set.of("apiVersion", "kind", "resources", "namespace",
            "secretGenerator", "generatorOptions", "images", "labels", "commonLabels");
    private static final Set<String> SECRET_GENERATOR_FIELDS = Set.of("name", "namespace", "behavior", "type", "envs",
            "files", "literals", "options");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass");

    /** One document of a manifest file; {@code index} counts the file's non-empty documents from 1. */
    public record Document(String file, int index, ObjectNode body) {

        public String apiVersion() {
            return body.path("apiVersion").asText();
        }

        public String kind() {
            return body.path("kind").asText();
        }

        public String name() {
            return body.path("metadata").path("name").asText();
        }

        /** The API group: "" for the core group (apiVersion v1). */
        public String group() {
            String apiVersion = apiVersion();
            return apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        }

        public JsonNode spec() {
            return body.path("spec");
        }

        public Map<String, String> labels() {
            return Selectors.labels(body.path("metadata").path("labels"));
        }

        public boolean is(String kind) {
            return kind().equals(kind);
        }

        @Override
        public String toString() {
            return file + "#" + index + " " + kind() + "/" + name();
        }
    }

    /**
     * A Secret the kustomization's secretGenerator makes. Its keys are known from {@code literals} and {@code files},
     * and from an env file's {@code .example} (env files are git-ignored) or the file; empty when unknown.
     */
    public record GeneratedSecret(String name, Optional<Set<String>> keys) {
    }

    private final List<Document> documents;
    private final List<GeneratedSecret> generatedSecrets;

    private Manifests(List<Document> documents, List<GeneratedSecret> generatedSecrets) {
        this.documents = List.copyOf(documents);
        this.generatedSecrets = List.copyOf(generatedSecrets);
    }

    /** TA Hub's manifests. */
    public static Manifests production() {
        return render(ROOT);
    }

    /** A Kustomize root on the test class path (src/test/resources/...). */
    public static Manifests onClassPath(String folder) {
        URL kustomization = Manifests.class.getResource("/" + folder + "/kustomization.yaml");
        if (kustomization == null) {
            throw new IllegalArgumentException("no kustomization.yaml in " + folder + " on the class path");
        }
        try {
            return render(Path.of(kustomization.toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Renders the Kustomize root {@code folder}; refuses (IllegalArgumentException, naming every problem) a field it
     * does not render, a resource that does not exist, and a document without apiVersion, kind or metadata.name.
     */
    public static Manifests render(Path folder) {
        List<String> problems = new ArrayList<>();
        Manifests rendered = new Renderer(folder.toAbsolutePath().normalize(), problems).render(folder.toAbsolutePath().normalize());
        Map<String, List<Document>> byId = rendered.documents.stream().collect(Collectors.groupingBy(
                d -> d.group() + "/" + d.kind() + "/" + d.body.path("metadata").path("namespace").asText() + "/" + d.name(),
                LinkedHashMap::new, Collectors.toList()));
        byId.values().stream().filter(same -> same.size() > 1)
                .forEach(same -> problems.add("the same resource is declared more than once: " + same));
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot render " + folder + " (" + problems.size() + " problems):\n  "
                    + String.join("\n  ", problems));
        }
        return rendered;
    }

    public List<Document> documents() {
        return documents;
    }

    public Stream<Document> ofKind(String kind) {
        return documents.stream().filter(d -> d.is(kind));
    }

    public Optional<Document> find(String kind, String name) {
        return ofKind(kind).filter(d -> d.name().equals(name)).findFirst();
    }

    public List<GeneratedSecret> generatedSecrets() {
        return generatedSecrets;
    }

    /** Renders one kustomization and, recursively, the kustomizations it names as resources. */
    private record Renderer(Path root, List<String> problems) {

        Manifests render(Path folder) {
            Path file = folder.resolve("kustomization.yaml");
            JsonNode kustomization;
            try {
                kustomization = YAML.readTree(file.toFile());
            } catch (IOException e) {
                problems.add(relative(file) + ": unreadable: " + e.getMessage());
                return new Manifests(List.of(), List.of());
            }
            String where = relative(file);
            if (!KUSTOMIZE_API.equals(kustomization.path("apiVersion").asText())
                    || !"Kustomization".equals(kustomization.path("kind").asText())) {
                problems.add(where + ": not a " + KUSTOMIZE_API + " Kustomization");
            }
            kustomization.fieldNames().forEachRemaining(field -> {
                if (!RENDERED_FIELDS.contains(field)) {
                    problems.add(where + ": uses '" + field + "', which these tests do not render (they render only "
                            + new TreeSet<>(RENDERED_FIELDS) + "): render it in Manifests or do without it");
                }
            });
            List<Document> documents = new ArrayList<>();
            List<GeneratedSecret> secrets = new ArrayList<>();
            for (JsonNode entry : kustomization.path("resources")) {
                resource(folder, where, entry.asText(), documents, secrets);
            }
            for (JsonNode generator : kustomization.path("secretGenerator")) {
                secrets.add(generatedSecret(folder, where, generator));
            }
            if (kustomization.hasNonNull("namespace")) {
                String namespace = kustomization.get("namespace").asText();
                documents.stream().filter(d -> !CLUSTER_SCOPED.contains(d.kind()))
                        .forEach(d -> ((ObjectNode) d.body.get("metadata")).put("namespace", namespace));
            }
            Labels.apply(kustomization, documents, problems, where);
            Images.apply(kustomization.path("images"), documents);
            return new Manifests(documents, secrets);
        }

        private void resource(Path folder, String where, String entry, List<Document> documents,
                List<GeneratedSecret> secrets) {
            if (entry.contains("://") || entry.startsWith("github.com/")) {
                problems.add(where + ": remote resource " + entry + " cannot be rendered offline");
                return;
            }
            Path path = folder.resolve(entry).normalize();
            if (Files.isRegularFile(path)) {
                documents.addAll(parse(path));
            } else if (Files.isDirectory(path) && Files.isRegularFile(path.resolve("kustomization.yaml"))) {
                Manifests nested = render(path);
                documents.addAll(nested.documents);
                secrets.addAll(nested.generatedSecrets);
            } else if (Files.isDirectory(path)) {
                problems.add(where + ": resource " + entry + " is a folder without a kustomization.yaml");
            } else {
                problems.add(where + ": resource " + entry + " does not exist");
            }
        }

        private List<Document> parse(Path path) {
            List<Document> documents = new ArrayList<>();
            String file = relative(path);
            try (MappingIterator<JsonNode> values = YAML.readerFor(JsonNode.class).readValues(path.toFile())) {
                int index = 0;
                while (values.hasNext()) {
                    JsonNode value = values.next();
                    if (value == null || value.isNull() || value.isMissingNode()) {
                        continue;
                    }
                    index++;
                    if (!(value instanceof ObjectNode body)) {
                        problems.add(file + "#" + index + ": not a mapping");
                        continue;
                    }
                    List<String> missing = Stream.of("/apiVersion", "/kind", "/metadata/name")
                            .filter(field -> !body.at(field).isTextual() || body.at(field).asText().isBlank()).toList();
                    if (!missing.isEmpty()) {
                        problems.add(file + "#" + index + ": no " + String.join(", ", missing));
                        continue;
                    }
                    documents.add(new Document(file, index, body));
                }
            } catch (IOException | RuntimeException e) {
                problems.add(file + ": not valid YAML: " + e.getMessage());
            }
            return documents;
        }

        private GeneratedSecret generatedSecret(Path folder, String where, JsonNode generator) {
            String name = generator.path("name").asText();
            generator.fieldNames().forEachRemaining(field -> {
                if (!SECRET_GENERATOR_FIELDS.contains(field)) {
                    problems.add(where + ": secretGenerator " + name + " uses '" + field + "', which is not rendered");
                }
            });
            if (name.isBlank()) {
                problems.add(where + ": a secretGenerator entry has no name");
            }
            if (generator.has("behavior") && !"create".equals(generator.get("behavior").asText())) {
                problems.add(where + ": secretGenerator " + name + " has behavior " + generator.get("behavior").asText()
                        + ", which needs a base that is not rendered");
            }
            Set<String> keys = new LinkedHashSet<>();
            boolean known = true;
            for (JsonNode literal : generator.path("literals")) {
                keys.add(literal.asText().split("=", 2)[0]);
            }
            for (JsonNode entry : generator.path("files")) {
                String spec = entry.asText();
                keys.add(spec.contains("=") ? spec.substring(0, spec.indexOf('=')) : Path.of(spec).getFileName().toString());
            }
            for (JsonNode env : generator.path("envs")) {
                Optional<Set<String>> envKeys = envKeys(folder.resolve(env.asText()));
                envKeys.ifPresent(keys::addAll);
                known &= envKeys.isPresent();
            }
            return new GeneratedSecret(name, known ? Optional.of(keys) : Optional.empty());
        }

        /**
         * The keys of an env file, from its committed .example (the file itself is git-ignored, and its values are
         * never read), or from the file when there is no example.
         */
        private static Optional<Set<String>> envKeys(Path envFile) {
            Path example = envFile.resolveSibling(envFile.getFileName() + ".example");
            Path source = Files.isRegularFile(example) ? example : envFile;
            if (!Files.isRegularFile(source)) {
                return Optional.empty();
            }
            try (Stream<String> lines = Files.lines(source)) {
                return Optional.of(lines.map(String::strip).filter(Predicate.not(String::isEmpty))
                        .filter(line -> !line.startsWith("#")).map(line -> line.split("=", 2)[0].strip())
                        .collect(Collectors.toCollection(LinkedHashSet::new)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String relative(Path path) {
            return root.relativize(path).toString();
        }
    }

    /**
     * The kustomization's {@code commonLabels} and {@code labels}: on every resource's metadata, and, as Kustomize
     * does, on selectors ({@code commonLabels}, {@code includeSelectors}) and pod templates ({@code includeTemplates}).
     */
    private static final class Labels {

        private record Target(String kind, String path, boolean create) {
        }

        private static final List<Target> SELECTORS = List.of(
                new Target("Service", "spec/selector", true),
                new Target("Deployment", "spec/selector/matchLabels", true),
                new Target("StatefulSet", "spec/selector/matchLabels", true),
                new Target("DaemonSet", "spec/selector/matchLabels", true),
                new Target("ReplicaSet", "spec/selector/matchLabels", true),
                new Target("Job", "spec/selector/matchLabels", false),
                new Target("CronJob", "spec/jobTemplate/spec/selector/matchLabels", false),
                new Target("PodDisruptionBudget", "spec/selector/matchLabels", false),
                new Target("NetworkPolicy", "spec/podSelector/matchLabels", false),
                new Target("NetworkPolicy", "spec/ingress/from/podSelector/matchLabels", false),
                new Target("NetworkPolicy", "spec/egress/to/podSelector/matchLabels", false));
        private static final List<Target> TEMPLATES = List.of(
                new Target("Deployment", "spec/template/metadata/labels", true),
                new Target("StatefulSet", "spec/template/metadata/labels", true),
                new Target("DaemonSet", "spec/template/metadata/labels", true),
                new Target("ReplicaSet", "spec/template/metadata/labels", true),
                new Target("Job", "spec/template/metadata/labels", true),
                new Target("CronJob", "spec/jobTemplate/metadata/labels", true),
                new Target("CronJob", "spec/jobTemplate/spec/template/metadata/labels", true));

        static void apply(JsonNode kustomization, List<Document> documents, List<String> problems, String where) {
            if (kustomization.has("commonLabels")) {
                apply(Selectors.labels(kustomization.get("commonLabels")), true, true, documents);
            }
            for (JsonNode entry : kustomization.path("labels")) {
                entry.fieldNames().forEachRemaining(field -> {
                    if (!Set.of("pairs", "includeSelectors", "includeTemplates").contains(field)) {
                        problems.add(where + ": labels entry uses '" + field + "', which is not rendered");
                    }
                });
                boolean selectors = entry.path("includeSelectors").asBoolean(false);
                apply(Selectors.labels(entry.path("pairs")), selectors,
                        selectors || entry.path("includeTemplates").asBoolean(false), documents);
            }
        }

        private static void apply(Map<String, String> labels, boolean selectors, boolean templates,
                List<Document> documents) {
            for (Document document : documents) {
                put(document.body(), List.of("metadata", "labels"), true, labels);
                Stream.concat(selectors ? SELECTORS.stream() : Stream.empty(), templates ? TEMPLATES.stream() : Stream.empty())
                        .filter(target -> target.kind().equals(document.kind()))
                        .forEach(target -> put(document.body(), List.of(target.path().split("/")), target.create(), labels));
            }
        }

        /** Walks the path (through lists, as Kustomize's field specs do) and adds the labels to the map at its end. */
        private static void put(JsonNode node, List<String> path, boolean create, Map<String, String> labels) {
            if (node.isArray()) {
                node.forEach(element -> put(element, path, create, labels));
                return;
            }
            if (!(node instanceof ObjectNode object)) {
                return;
            }
            JsonNode next = object.get(path.get(0));
            if (next == null || next.isNull()) {
                if (!create) {
                    return;
                }
                next = object.putObject(path.get(0));
            }
            if (path.size() == 1) {
                if (next instanceof ObjectNode map) {
                    labels.forEach(map::put);
                }
                return;
            }
            put(next, path.subList(1, path.size()), create, labels);
        }
    }

    /** The kustomization's {@code images}: a container image's name, tag or digest replaced wherever containers are. */
    private static final class Images {

        static void apply(JsonNode images, List<Document> documents) {
            if (images.isEmpty()) {
                return;
            }
            for (Document document : documents) {
                rewrite(document.body(), image -> {
                    for (JsonNode rule : images) {
                        String rewritten = rewrite(image, rule);
                        if (rewritten != null) {
                            return rewritten;
                        }
                    }
                    return image;
                });
            }
        }

        private static void rewrite(JsonNode node, Function<String, String> rule) {
            if (node.isArray()) {
                node.forEach(element -> rewrite(element, rule));
            } else if (node instanceof ObjectNode object) {
                for (Map.Entry<String, JsonNode> field : object.properties()) {
                    if ((field.getKey().equals("containers") || field.getKey().equals("initContainers"))
                            && field.getValue().isArray()) {
                        for (JsonNode container : field.getValue()) {
                            if (container instanceof ObjectNode c && c.path("image").isTextual()) {
                                c.put("image", rule.apply(c.get("image").asText()));
                            }
                        }
                    } else {
                        rewrite(field.getValue(), rule);
                    }
                }
            }
        }

        /** The image as the rule makes it, or null when the rule is for another image. */
        private static String rewrite(String image, JsonNode rule) {
            int at = image.indexOf('@');
            int colon = image.lastIndexOf(':');
            int end = at >= 0 ? at : colon > image.lastIndexOf('/') ? colon : image.length();
            String name = image.substring(0, end);
            if (!name.equals(rule.path("name").asText())) {
                return null;
            }
            String reference = image.substring(end);
            if (rule.hasNonNull("digest")) {
                reference = "@" + rule.get("digest").asText();
            } else if (rule.hasNonNull("newTag")) {
                reference = ":" + rule.get("newTag").asText();
            }
            return rule.path("newName").asText(name) + reference;
        }
    }
}
