package th.wastebank.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import th.wastebank.id.Uuid7;
import th.wastebank.validation.ReasonCode;
import th.wastebank.validation.Violation;

/**
 * Reads typed fields out of a parsed JSON object (the shared value model) and records, instead of
 * throwing, every field that is missing or of the wrong type. Readers for nested objects share the
 * parent's violation list and name fields by path ({@code lines[2].grams}), so one pass reports all
 * that is wrong with an op.
 */
public final class PayloadReader {
    private final Map<?, ?> object;
    private final String path;
    private final List<Violation> violations;

    private PayloadReader(Map<?, ?> object, String path, List<Violation> violations) {
        this.object = object;
        this.path = path;
        this.violations = violations;
    }

    /** A reader over {@code value}; if it is not an object, the reader reports MALFORMED_OP. */
    public static PayloadReader of(Object value) {
        List<Violation> violations = new ArrayList<>();
        if (value instanceof Map<?, ?> map) {
            return new PayloadReader(map, "", violations);
        }
        violations.add(Violation.of(ReasonCode.MALFORMED_OP));
        return new PayloadReader(Map.of(), "", violations);
    }

    public boolean ok() {
        return violations.isEmpty();
    }

    public List<Violation> violations() {
        return violations;
    }

    public void report(ReasonCode code, String field) {
        violations.add(Violation.of(code, field == null ? null : path(field)));
    }

    public boolean has(String name) {
        return object.get(name) != null;
    }

    /** The member as parsed, unread: for a part that is passed on as JSON rather than read field by field. */
    public Object value(String name) {
        return object.get(name);
    }

    /** A trimmed string, however long (its payload's {@code limits()} checks the length). */
    public String requiredString(String name) {
        return requiredString(name, Integer.MAX_VALUE);
    }

    /** A trimmed string, or null when absent, null or blank; however long. */
    public String optionalString(String name) {
        return optionalString(name, Integer.MAX_VALUE);
    }

    /** The non-blank, trimmed strings of an array, however long. */
    public List<String> requiredStrings(String name) {
        return requiredStrings(name, Integer.MAX_VALUE);
    }

    public String requiredString(String name, int maxLength) {
        String value = optionalString(name, maxLength);
        if (value == null && !hasWrongType(name)) {
            report(ReasonCode.MISSING_FIELD, name);
        }
        return value;
    }

    /** A trimmed string, or null when absent, null or blank. */
    public String optionalString(String name, int maxLength) {
        Object raw = object.get(name);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String s)) {
            report(ReasonCode.WRONG_TYPE, name);
            return null;
        }
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        if (trimmed.codePointCount(0, trimmed.length()) > maxLength) {
            report(ReasonCode.TEXT_TOO_LONG, name);
            return null;
        }
        return trimmed;
    }

    public long requiredLong(String name) {
        Object raw = object.get(name);
        if (raw == null) {
            report(ReasonCode.MISSING_FIELD, name);
            return 0;
        }
        Long value = wholeNumber(raw);
        if (value == null) {
            report(ReasonCode.WRONG_TYPE, name);
            return 0;
        }
        return value;
    }

    public Long optionalLong(String name) {
        Object raw = object.get(name);
        if (raw == null) {
            return null;
        }
        Long value = wholeNumber(raw);
        if (value == null) {
            report(ReasonCode.WRONG_TYPE, name);
        }
        return value;
    }

    public UUID requiredId(String name) {
        Object raw = object.get(name);
        if (raw == null) {
            report(ReasonCode.MISSING_FIELD, name);
            return null;
        }
        UUID id = raw instanceof String s ? Uuid7.parse(s).filter(Uuid7::isV7).orElse(null) : null;
        if (id == null) {
            report(ReasonCode.INVALID_ID, name);
        }
        return id;
    }

    public LocalDate requiredDate(String name) {
        Object raw = object.get(name);
        if (raw == null) {
            report(ReasonCode.MISSING_FIELD, name);
            return null;
        }
        try {
            if (raw instanceof String s && s.length() == 10) {
                return LocalDate.parse(s);
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        report(ReasonCode.WRONG_TYPE, name);
        return null;
    }

    /** A date ({@code 2026-11-23}), or null when absent or null; another shape is reported. */
    public LocalDate optionalDate(String name) {
        return object.get(name) == null ? null : requiredDate(name);
    }

    /** An ISO-8601 date-time with an offset ({@code 2026-11-23T09:30:00+07:00} or {@code ...Z}). */
    public Instant requiredInstant(String name) {
        Object raw = object.get(name);
        if (raw == null) {
            report(ReasonCode.MISSING_FIELD, name);
            return null;
        }
        try {
            if (raw instanceof String s) {
                return OffsetDateTime.parse(s).toInstant();
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        report(ReasonCode.WRONG_TYPE, name);
        return null;
    }

    /** Readers for an array of objects; an element that is not an object is reported. */
    public List<PayloadReader> requiredObjects(String name) {
        Object raw = object.get(name);
        if (raw == null) {
            report(ReasonCode.MISSING_FIELD, name);
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            report(ReasonCode.WRONG_TYPE, name);
            return List.of();
        }
        List<PayloadReader> readers = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            String elementPath = path(name) + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> map) {
                readers.add(new PayloadReader(map, elementPath, violations));
            } else {
                violations.add(Violation.of(ReasonCode.WRONG_TYPE, elementPath));
            }
        }
        return readers;
    }

    /** The non-blank, trimmed strings of an array; an element of another type is reported. */
    public List<String> requiredStrings(String name, int maxLength) {
        Object raw = object.get(name);
        if (raw == null) {
            report(ReasonCode.MISSING_FIELD, name);
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            report(ReasonCode.WRONG_TYPE, name);
            return List.of();
        }
        List<String> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            Object element = list.get(i);
            if (!(element instanceof String s)) {
                violations.add(Violation.of(ReasonCode.WRONG_TYPE, path(name) + "[" + i + "]"));
            } else if (s.strip().codePointCount(0, s.strip().length()) > maxLength) {
                violations.add(Violation.of(ReasonCode.TEXT_TOO_LONG, path(name) + "[" + i + "]"));
            } else if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }

    /**
     * The UUIDv7 ids of an array, or null when the field is absent or null; an element that is not
     * one is reported at its path ({@code approverIds[1]}).
     */
    public List<UUID> optionalIds(String name) {
        Object raw = object.get(name);
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof List<?> list)) {
            report(ReasonCode.WRONG_TYPE, name);
            return null;
        }
        List<UUID> out = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            UUID id = list.get(i) instanceof String s ? Uuid7.parse(s).filter(Uuid7::isV7).orElse(null) : null;
            if (id == null) {
                violations.add(Violation.of(ReasonCode.INVALID_ID, path(name) + "[" + i + "]"));
            } else {
                out.add(id);
            }
        }
        return out;
    }

    private boolean hasWrongType(String name) {
        String field = path(name);
        return violations.stream().anyMatch(v -> field.equals(v.field()));
    }

    private String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Long wholeNumber(Object raw) {
        if (raw instanceof Long || raw instanceof Integer || raw instanceof Short || raw instanceof Byte) {
            return ((Number) raw).longValue();
        }
        try {
            if (raw instanceof BigInteger big) {
                return big.longValueExact();
            }
            if (raw instanceof BigDecimal || raw instanceof Double || raw instanceof Float) {
                BigDecimal d = raw instanceof BigDecimal bd ? bd : new BigDecimal(raw.toString());
                return d.longValueExact();
            }
        } catch (ArithmeticException | NumberFormatException e) {
            return null;
        }
        return null;
    }
}
