package dev.aerobench.server.contract;

import static dev.aerobench.server.contract.SecondaryIndexInfoContractTest.info;
import static org.assertj.core.api.Assertions.assertThat;

import com.aerospike.client.AerospikeClient;
import com.aerospike.client.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Registering, listing, reading and removing UDF modules: the client's {@code registerUdfString}
 * (which polls {@code udf-list} until the module shows), {@code removeUdf} and the info commands,
 * answered as a real node answers them.
 */
@ServerContract
@DisplayName("UDF module info commands")
class UdfModuleContractTest {

    private static final String SOURCE = "function echo(rec, value)\n  return value\nend\n";

    @Test
    @DisplayName("a registered module is listed with the node's hash and read back with udf-get")
    void registerListGet(AerospikeClient client, TestSet set) {
        String module = moduleName(set);
        client.registerUdfString(null, SOURCE, module, Language.LUA)
                .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);
        try {
            String content = Base64.getEncoder().encodeToString(SOURCE.getBytes(StandardCharsets.UTF_8));

            assertThat(info(client, "udf-list"))
                    .contains("filename=" + module + ",hash=" + nodeHash(module, content) + ",type=LUA;");
            assertThat(info(client, "udf-get:filename=" + module)).isEqualTo("type=LUA;content=" + content + ";");
        } finally {
            client.removeUdf(null, module);
        }
    }

    @Test
    @DisplayName("removeUdf takes the module off the list; removing a missing module succeeds too")
    void remove(AerospikeClient client, TestSet set) {
        String module = moduleName(set);
        client.registerUdfString(null, SOURCE, module, Language.LUA)
                .waitTillComplete(10, ServerUnderTest.COMMAND_TIMEOUT_MILLIS);

        client.removeUdf(null, module);
        client.removeUdf(null, module);

        String list = info(client, "udf-list");
        assertThat(list == null ? "" : list).doesNotContain("filename=" + module + ",");
        assertThat(info(client, "udf-get:filename=" + module)).isEqualTo("error=not_found");
    }

    @Test
    @DisplayName("udf-put refuses a file name without extension, a bad content length and an unknown type")
    void putRefusals(AerospikeClient client, TestSet set) {
        String content = Base64.getEncoder().encodeToString(SOURCE.getBytes(StandardCharsets.UTF_8));
        String module = moduleName(set);

        assertThat(info(
                        client,
                        "udf-put:filename=noextension;content=" + content + ";content-len=" + content.length()
                                + ";udf-type=LUA;"))
                .isEqualTo("error=invalid_filename");
        assertThat(info(client, "udf-put:filename=" + module + ";content=" + content + ";content-len=3;udf-type=LUA;"))
                .isEqualTo("error=invalid_content_len");
        assertThat(info(
                        client,
                        "udf-put:filename=" + module + ";content=" + content + ";content-len=" + content.length()
                                + ";udf-type=PYTHON;"))
                .isEqualTo("error=invalid_udf_type");
        assertThat(info(client, "udf-get:filename=" + module)).isEqualTo("error=not_found");
    }

    private static String moduleName(TestSet set) {
        return "m_" + set.name() + ".lua";
    }

    /**
     * A node lists the SHA-1 of the JSON object it keeps for the module, so the hash of the same
     * module is the same on every server.
     */
    private static String nodeHash(String module, String content) {
        String json = "{\"content64\": \"" + content + "\", \"type\": \"LUA\", \"name\": \"" + module + "\"}";
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(json.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException(missing);
        }
    }
}
