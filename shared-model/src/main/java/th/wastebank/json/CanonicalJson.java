package th.wastebank.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Writes the JSON value model both sides share ({@code Map<String,?>}, {@code List<?>}, String,
 * Number, Boolean, null) in one canonical form: object keys sorted, no white space, whole numbers
 * without a fraction. Equal payloads therefore give equal bytes and an equal SHA-256, which is how
 * the server tells a resent op ({@code DUPLICATE}) from a reused opId with other content.
 */
public final class CanonicalJson {
    /** Beyond this many digits a number is written with an exponent rather than spelt out in full. */
    private static final int MAX_PLAIN_DIGITS = 1000;

    private CanonicalJson() {
    }

    public static String write(Object value) {
        StringBuilder out = new StringBuilder(256);
        append(out, value);
        return out.toString();
    }

    public static byte[] sha256(Object value) {
        return sha256OfText(write(value));
    }

    /** SHA-256 of JSON text that is already canonical (built around a payload kept as text). */
    public static byte[] sha256OfText(String canonical) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            appendString(out, s);
        } else if (value instanceof Boolean b) {
            out.append(b.booleanValue());
        } else if (value instanceof Number n) {
            appendNumber(out, n);
        } else if (value instanceof Map<?, ?> map) {
            appendObject(out, map);
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                append(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("not a JSON value: " + value.getClass().getName());
        }
    }

    private static void appendObject(StringBuilder out, Map<?, ?> map) {
        Object[] keys = map.keySet().toArray();
        String[] names = new String[keys.length];
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = String.valueOf(keys[i]);
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> names[a].compareTo(names[b]));
        out.append('{');
        for (int i = 0; i < order.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            appendString(out, names[order[i]]);
            out.append(':');
            append(out, map.get(keys[order[i]]));
        }
        out.append('}');
    }

    private static void appendNumber(StringBuilder out, Number n) {
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof BigInteger) {
            out.append(n);
            return;
        }
        if ((n instanceof Double || n instanceof Float) && !Double.isFinite(n.doubleValue())) {
            // a parser reads 1e999 as infinity, which JSON cannot write back
            throw new IllegalArgumentException("not a JSON number: " + n);
        }
        BigDecimal d = n instanceof BigDecimal bd ? bd : new BigDecimal(n.toString());
        BigDecimal stripped = d.stripTrailingZeros();
        if (Math.abs((long) stripped.scale()) > MAX_PLAIN_DIGITS) {
            // 1e999999999 spelt out would be a billion digits: its exponent form is just as canonical
            out.append(stripped);
            return;
        }
        out.append(stripped.scale() <= 0 ? stripped.toBigInteger().toString() : stripped.toPlainString());
    }

    private static void appendString(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
