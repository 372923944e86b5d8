package org.tahub.edge.input;

/**
 * The characters no text of this API may hold: the C0 controls other than tab, line feed and carriage return, and
 * DEL. PostgreSQL refuses NUL in text, XML 1.0 refuses the other C0 controls, and none has a meaning in a title, a
 * need or a query.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first forbidden character in {@code text}, or -1 when there is none. */
    public static int firstIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }
}
