package org.tahub.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** A node of a manifest's tree with its path from the document's root, for messages that say where. */
record Located(String path, JsonNode node) {

    /** The elements of a list, each with its index in its path (none when the node is not a list). */
    static Stream<Located> elements(JsonNode list, String path) {
        return IntStream.range(0, list.isArray() ? list.size() : 0).mapToObj(i -> new Located(path + "[" + i + "]", list.get(i)));
    }

    /** Every node under this one, this one first, with its path: for references that may sit anywhere. */
    Stream<Located> descendants() {
        Stream<Located> children;
        if (node.isArray()) {
            children = elements(node, path);
        } else if (node.isObject()) {
            Stream.Builder<Located> fields = Stream.builder();
            node.properties().forEach(f -> fields.add(new Located(path.isEmpty() ? f.getKey() : path + "." + f.getKey(), f.getValue())));
            children = fields.build();
        } else {
            children = Stream.empty();
        }
        return Stream.concat(Stream.of(this), children.flatMap(Located::descendants));
    }

    /** The last field name of the path ("" for a list element or the root). */
    String field() {
        return path.endsWith("]") ? "" : path.substring(path.lastIndexOf('.') + 1);
    }
}
