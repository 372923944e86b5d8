package org.tahub.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The syntax the API server requires of names, label keys and values, and port names. */
final class KubernetesNames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern QUALIFIED_NAME = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
    private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
    private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?");

    private KubernetesNames() {
    }

    /** A DNS-1123 label: Service, Namespace, container, volume names. */
    static boolean isLabel(String name) {
        return name.length() <= 63 && LABEL.matcher(name).matches();
    }

    /** A DNS-1123 subdomain: most other objects' names. */
    static boolean isSubdomain(String name) {
        return name.length() <= 253 && SUBDOMAIN.matcher(name).matches();
    }

    /** An IANA service name, as a container or Service port name must be. */
    static boolean isPortName(String name) {
        return name.length() <= 15 && PORT_NAME.matcher(name).matches() && !name.contains("--")
                && name.chars().anyMatch(Character::isLetter);
    }

    /** The problems of a map of labels: keys are [prefix/]name, values at most 63 characters of [-A-Za-z0-9_.]. */
    static List<String> labelProblems(Map<String, String> labels, String path) {
        List<String> problems = new ArrayList<>();
        labels.forEach((key, value) -> {
            if (!isQualifiedName(key)) {
                problems.add(path + ": invalid label key '" + key + "'");
            }
            if (value.length() > 63 || !LABEL_VALUE.matcher(value).matches()) {
                problems.add(path + "." + key + ": invalid label value '" + value + "'");
            }
        });
        return problems;
    }

    /** An annotation or label key: an optional DNS subdomain prefix and a name of at most 63 characters. */
    static boolean isQualifiedName(String key) {
        int slash = key.indexOf('/');
        String name = slash < 0 ? key : key.substring(slash + 1);
        return (slash < 0 || isSubdomain(key.substring(0, slash))) && name.length() <= 63
                && QUALIFIED_NAME.matcher(name).matches();
    }
}
