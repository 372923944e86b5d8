package org.tahub.matching.command;

import java.util.regex.Pattern;

/**
 * What free text users write (names, titles, descriptions, reasons, outcomes) may hold: any character but the
 * control characters other than tab, line feed and carriage return, and DEL. PostgreSQL cannot store NUL, XML 1.0
 * (the IATI export) cannot carry the others, and none means anything in a title or an outcome.
 */
public final class FreeText {

    /** The rule as a regular expression, for {@code @Pattern} and so for the OpenAPI document. */
    public static final String PATTERN = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String MESSAGE = "must not contain control characters (other than tab and line breaks)";

    private static final Pattern ALLOWED = Pattern.compile(PATTERN);

    private FreeText() {
    }

    public static boolean allowed(String text) {
        return text == null || ALLOWED.matcher(text).matches();
    }
}
