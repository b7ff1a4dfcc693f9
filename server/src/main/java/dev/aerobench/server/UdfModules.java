package dev.aerobench.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The UDF modules registered with a server and the {@code udf-put}, {@code udf-get},
 * {@code udf-list} and {@code udf-remove} info commands, answered in a real node's words. Modules
 * are stored, listed and read back; they are not compiled (a node answers {@code error=compile_error}
 * for Lua that does not compile, this server accepts it) and not executed.
 */
final class UdfModules {

    /** A node refuses module source over 1 MiB. */
    static final int MAX_CONTENT_BYTES = 1024 * 1024;

    private static final String LUA = "LUA";

    /** Registered modules by file name; sorted, as the node's metadata lists them. */
    private final Map<String, String> content64ByName = new TreeMap<>();

    /** The reply to that command, or {@code null} when it is not a UDF command. */
    String answer(String name, String params) {
        InfoParams parameters = new InfoParams(params);
        return switch (name) {
            case "udf-put" -> put(parameters);
            case "udf-get" -> get(parameters.get("filename"));
            case "udf-list" -> list();
            case "udf-remove" -> remove(parameters.get("filename"));
            default -> null;
        };
    }

    private String put(InfoParams params) {
        String filename = params.get("filename");
        if (filename == null || filename.isEmpty()) {
            return "error=invalid_filename";
        }
        int dot = filename.indexOf('.');
        if (dot <= 0 || dot == filename.length() - 1) {
            return "error=invalid_filename"; // the node wants an extension
        }
        String declaredLength = params.get("content-len");
        if (declaredLength == null) {
            return "error=invalid_content_len";
        }
        String type = params.get("udf-type");
        if (type != null && !type.equals(LUA)) {
            return "error=invalid_udf_type";
        }
        long length;
        try {
            length = Long.parseLong(declaredLength);
        } catch (NumberFormatException notNumber) {
            return "error=invalid_content_len";
        }
        if (length < 0 || length > 0xFFFF_FFFFL || length % 4 != 0) {
            return "error=invalid_content_len";
        }
        String content = params.get("content");
        if (content == null || content.length() != length) {
            return "error=invalid_content";
        }
        if (length / 4 * 3 > MAX_CONTENT_BYTES) {
            return "error=invalid_udf_content_len,>1M";
        }
        try {
            Base64.getDecoder().decode(content);
        } catch (IllegalArgumentException notBase64) {
            return "error=invalid_base64_content";
        }
        synchronized (this) {
            content64ByName.put(filename, content);
        }
        return "ok";
    }

    private synchronized String get(String filename) {
        if (filename == null || filename.isEmpty()) {
            return "error=invalid_filename";
        }
        String content = content64ByName.get(filename);
        if (content == null) {
            return "error=not_found";
        }
        byte[] source = Base64.getDecoder().decode(content);
        if (source.length == 0) {
            return "error=empty";
        }
        return "type=" + LUA + ";content=" + Base64.getEncoder().encodeToString(source) + ";";
    }

    private synchronized String list() {
        return content64ByName.entrySet().stream()
                .map(module -> "filename=" + module.getKey() + ",hash=" + hash(module.getKey(), module.getValue())
                        + ",type=" + LUA + ";")
                .collect(Collectors.joining());
    }

    private synchronized String remove(String filename) {
        if (filename == null || filename.isEmpty()) {
            return "error=invalid_filename";
        }
        content64ByName.remove(filename); // the node answers ok for a module it does not have, too
        return "ok";
    }

    /** Whether a module of that file name is registered. */
    synchronized boolean has(String filename) {
        return content64ByName.containsKey(filename);
    }

    /**
     * The node lists the SHA-1 of the JSON object it keeps for a module (written by jansson with
     * its default separators), so the same module has the same hash on both servers.
     */
    private static String hash(String filename, String content64) {
        String json = "{\"content64\": " + jsonString(content64) + ", \"type\": " + jsonString(LUA) + ", \"name\": "
                + jsonString(filename) + "}";
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(json.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha1);
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("every JDK has SHA-1", missing);
        }
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
