package dev.aerobench.internal.report;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A {@link RunRecord} as one JSON document (schema {@value #SCHEMA}), and back. Latencies in
 * milliseconds ({@code _ms}), undefined numbers {@code null}. Reading names the field that is
 * missing or of the wrong type.
 */
final class HistoryJson {

    static final String SCHEMA = "aerobench-history/1";

    private HistoryJson() {}

    static String write(RunRecord run) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("schema").value(SCHEMA);
        json.name("id").value(run.id());
        json.name("date").value(run.date().toString());
        json.name("commit").value(run.commit());
        json.name("machine").beginObject();
        json.name("host").value(run.machine().host());
        json.name("cores").value(run.machine().cores());
        json.name("os").value(run.machine().os());
        json.name("jdk").value(run.machine().jdk());
        json.endObject();
        // The arms at a glance; each operation names its own, which is what is read back.
        json.name("arms").beginObject();
        writeIdentities(json, "candidate", run, RunRecord.OperationRecord::candidate);
        writeIdentities(json, "baseline", run, RunRecord.OperationRecord::baseline);
        json.endObject();
        json.name("operations").beginArray();
        for (RunRecord.OperationRecord operation : run.operations()) {
            writeOperation(json, operation);
        }
        return json.endArray().endObject().toString();
    }

    private static void writeIdentities(
            JsonWriter json,
            String role,
            RunRecord run,
            Function<RunRecord.OperationRecord, RunRecord.ArmNumbers> arm) {
        json.name(role).beginArray();
        run.operations().stream()
                .map(operation -> arm.apply(operation).identity())
                .distinct()
                .forEach(json::value);
        json.endArray();
    }

    private static void writeOperation(JsonWriter json, RunRecord.OperationRecord operation) {
        json.beginObject();
        json.name("test").value(operation.test());
        json.name("key").value(operation.key());
        json.name("label").value(operation.label());
        json.name("verdict").value(operation.verdict());
        json.name("speedup").beginObject();
        json.name("estimate").value(operation.speedup());
        json.name("ci95_low").value(operation.speedupLow());
        json.name("ci95_high").value(operation.speedupHigh());
        json.endObject();
        json.name("candidate");
        writeArm(json, operation.candidate());
        json.name("baseline");
        writeArm(json, operation.baseline());
        json.endObject();
    }

    private static void writeArm(JsonWriter json, RunRecord.ArmNumbers arm) {
        json.beginObject();
        json.name("name").value(arm.name());
        json.name("identity").value(arm.identity());
        json.name("avg_ms").value(arm.avgMs());
        json.name("p50_ms").value(arm.p50Ms());
        json.name("p99_ms").value(arm.p99Ms());
        json.name("ops_per_sec").value(arm.opsPerSecond());
        json.endObject();
    }

    /**
     * The run {@code text} holds.
     *
     * @throws IllegalArgumentException if it is not JSON, of another schema, or misses a field
     */
    static RunRecord read(String text) {
        Fields run = new Fields(JsonReader.parse(text), "");
        String schema = run.string("schema");
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema is '" + schema + "', not " + SCHEMA);
        }
        Fields machine = run.object("machine");
        List<RunRecord.OperationRecord> operations = new ArrayList<>();
        for (Fields operation : run.array("operations")) {
            operations.add(readOperation(operation));
        }
        return new RunRecord(
                run.string("id"),
                run.instant("date"),
                run.string("commit"),
                new RunRecord.Machine(
                        machine.string("host"),
                        (int) machine.number("cores"),
                        machine.string("os"),
                        machine.string("jdk")),
                operations);
    }

    private static RunRecord.OperationRecord readOperation(Fields operation) {
        Fields speedup = operation.object("speedup");
        return new RunRecord.OperationRecord(
                operation.string("test"),
                operation.string("key"),
                operation.string("label"),
                operation.string("verdict"),
                speedup.number("estimate"),
                speedup.number("ci95_low"),
                speedup.number("ci95_high"),
                readArm(operation.object("candidate")),
                readArm(operation.object("baseline")));
    }

    private static RunRecord.ArmNumbers readArm(Fields arm) {
        return new RunRecord.ArmNumbers(
                arm.string("name"),
                arm.string("identity"),
                arm.number("avg_ms"),
                arm.number("p50_ms"),
                arm.number("p99_ms"),
                arm.number("ops_per_sec"));
    }

    /** A JSON object's fields, read with their path in errors ({@code operations[2].candidate.avg_ms}). */
    private record Fields(Map<?, ?> values, String path) {

        Fields(Object value, String path) {
            this(asObject(value, path), path);
        }

        private static Map<?, ?> asObject(Object value, String path) {
            if (value instanceof Map<?, ?> map) {
                return map;
            }
            throw new IllegalArgumentException((path.isEmpty() ? "the document" : path) + " is not an object");
        }

        String string(String name) {
            if (get(name) instanceof String text) {
                return text;
            }
            throw wrongType(name, "a string");
        }

        /** A number; {@code null} (written for an undefined number) is NaN. */
        double number(String name) {
            Object value = get(name);
            if (value == null) {
                return Double.NaN;
            }
            if (value instanceof Double number) {
                return number;
            }
            throw wrongType(name, "a number");
        }

        Instant instant(String name) {
            try {
                return Instant.parse(string(name));
            } catch (DateTimeParseException notDate) {
                throw wrongType(name, "an ISO-8601 instant");
            }
        }

        Fields object(String name) {
            return new Fields(get(name), field(name));
        }

        List<Fields> array(String name) {
            if (!(get(name) instanceof List<?> list)) {
                throw wrongType(name, "an array");
            }
            List<Fields> elements = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                elements.add(new Fields(list.get(i), field(name) + "[" + i + "]"));
            }
            return elements;
        }

        private Object get(String name) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("missing field " + field(name));
            }
            return values.get(name);
        }

        private IllegalArgumentException wrongType(String name, String expected) {
            return new IllegalArgumentException("field " + field(name) + " is not " + expected);
        }

        private String field(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
