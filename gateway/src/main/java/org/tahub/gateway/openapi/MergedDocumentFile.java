package org.tahub.gateway.openapi;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The merged OpenAPI document as a file, at build time: the services' documents as their builds wrote them
 * ({@code quarkus.smallrye-openapi.store-schema-directory}), merged by the same code as {@code GET /api/v1/openapi}
 * ({@link OpenApiMerge}). The gateway's own operations are not in it (they exist only in the running gateway).
 *
 * <pre>java -cp gateway.jar:... org.tahub.gateway.openapi.MergedDocumentFile OUT.json SERVICE=FILE.json...</pre>
 *
 * A part whose file is missing or is not a JSON object fails the run: a build-time document missing a service would
 * silently generate a client without it.
 */
public final class MergedDocumentFile {

    private MergedDocumentFile() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: MergedDocumentFile OUT.json SERVICE=FILE.json...");
        }
        Path out = Path.of(args[0]);
        List<OpenApiMerge.Part> parts = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("not SERVICE=FILE.json: " + args[i]);
            }
            String service = args[i].substring(0, eq);
            Path file = Path.of(args[i].substring(eq + 1));
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("no OpenAPI document for " + service + " at " + file
                        + " (built with quarkus.smallrye-openapi.store-schema-directory?)");
            }
            parts.add(new OpenApiMerge.Part(service, new JsonObject(Files.readString(file, StandardCharsets.UTF_8))));
        }
        JsonObject merged = OpenApiMerge.merge(parts);
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, merged.encodePrettily(), StandardCharsets.UTF_8);
        System.out.println("merged " + parts.size() + " OpenAPI documents (" + merged.getJsonObject("paths").size()
                + " paths) into " + out + ", with the merge code of "
                + OpenApiMerge.class.getProtectionDomain().getCodeSource().getLocation());
    }
}
