package dev.aerobench.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code name=value;name=value} parameters of one info command, looked up the way a real node's
 * {@code as_info_parameter_get} does: the first occurrence wins, a name without {@code =} is absent.
 * Error replies are built in the node's {@code ERROR:<code>:<message>} form.
 */
final class InfoParams {

    private final Map<String, String> values = new LinkedHashMap<>();

    InfoParams(String params) {
        for (String pair : params.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.putIfAbsent(pair.substring(0, equals), pair.substring(equals + 1));
            }
        }
    }

    /** The value of that parameter, or {@code null} when it is absent. */
    String get(String name) {
        return values.get(name);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    /** The namespace parameter, which the node accepts as {@code namespace=} or as {@code ns=}. */
    String namespace() {
        String namespace = values.get("namespace");
        return namespace != null ? namespace : values.get("ns");
    }

    static String error(int resultCode, String message) {
        return "ERROR:" + resultCode + ":" + message;
    }

    /**
     * The node's reply to a required parameter that is absent or empty, or {@code null} when it is
     * present: result code 20 for the namespace, 4 for anything else.
     */
    static String missing(String name, String value, boolean present) {
        if (present && value != null && !value.isEmpty()) {
            return null;
        }
        int code = name.equals("namespace") ? ResultCode.INVALID_NAMESPACE : ResultCode.PARAMETER_ERROR;
        return error(code, present ? "missing '" + name + "' value" : "missing '" + name + "'");
    }
}
