package dev.aerobench.examples.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.aerospike.client.AerospikeClient;
import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.server.EmbeddedAerospikeServer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The repository's ordinary functional test, against aerobench's embedded server (an in-JVM
 * server that speaks the Aerospike wire protocol, so the real client runs unchanged): a benchmark
 * only means something for code that is known to be correct.
 */
@DisplayName("UserRepository")
class UserRepositoryTest {

    private static EmbeddedAerospikeServer server;
    private static AerospikeClient client;

    @BeforeAll
    static void startServer() {
        server = EmbeddedAerospikeServer.builder().namespaces("test").start();
        client = new AerospikeClient(server.host(), server.port());
    }

    @AfterAll
    static void stopServer() {
        client.close();
        server.close();
    }

    private static UserRepository users(String set) {
        return new UserRepository(client, "test", set);
    }

    @Test
    @DisplayName("finds a saved user by id, and nothing for an unknown id")
    void savesAndFinds() {
        UserRepository users = users("saves_and_finds");
        User ada = new User("ada", "Ada", 36, 9.5);

        users.save(ada);

        assertThat(users.findById("ada")).contains(ada);
        assertThat(users.findById("nobody")).isEmpty();
    }

    @Test
    @DisplayName("finds many users in one batch, leaving out the ids that do not exist")
    void findsMany() {
        UserRepository users = users("finds_many");
        User ada = new User("ada", "Ada", 36, 9.5);
        User alan = new User("alan", "Alan", 41, 8.0);
        users.save(ada);
        users.save(alan);

        assertThat(users.findAllById(List.of("alan", "nobody", "ada")))
                .containsExactly(Map.entry("alan", alan), Map.entry("ada", ada));
    }

    @Test
    @DisplayName("counts and deletes users")
    void countsAndDeletes() {
        UserRepository users = users("counts_and_deletes");
        users.save(new User("ada", "Ada", 36, 9.5));
        users.save(new User("alan", "Alan", 41, 8.0));

        assertThat(users.count()).isEqualTo(2);
        assertThat(users.delete("ada")).isTrue();
        assertThat(users.delete("ada")).isFalse();
        assertThat(users.count()).isEqualTo(1);
    }

    @Test
    @DisplayName("through its aerobench adapter: stores the seed's records as users and reads them back")
    void adapterRoundTrip() {
        try (UserRepositoryAdapter adapter =
                new UserRepositoryAdapter(ConnectionSettings.plain(server.host(), server.port(), "test"))) {
            Map<String, Object> seedRecord = Map.of("name", "user_7", "age", 7L, "score", 7 * 1.1);

            adapter.put("adapter", "user_7", seedRecord);

            assertThat(adapter.get("adapter", "user_7")).isEqualTo(seedRecord);
            assertThat(adapter.getMany("adapter", List.of("user_7", "missing"))).containsExactly(seedRecord, null);
            assertThat(adapter.scan("adapter")).isEqualTo(1);
            assertThat(adapter.identity()).isEqualTo("UserRepository on aerospike-client-jdk21 9.0.4");
        }
    }

    @Test
    @DisplayName("through its adapter: refuses a record that is not a user, and async calls, saying why")
    void adapterRefusals() {
        try (UserRepositoryAdapter adapter =
                new UserRepositoryAdapter(ConnectionSettings.plain(server.host(), server.port(), "test"))) {
            assertThatThrownBy(() -> adapter.put("adapter", "k", Map.of("bin0", "xxxx")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("is not a user");
            assertThatThrownBy(() -> adapter.getAsync("adapter", "k"))
                    .isInstanceOf(UnsupportedOperationException.class)
                    .hasMessageContaining("sync operations");
        }
    }

    @Test
    @DisplayName("counts visits per page in a map bin, in page order")
    void countsVisits() {
        UserRepository users = users("counts_visits");
        users.save(new User("ada", "Ada", 36, 9.5));

        assertThat(users.recordVisit("ada", "home")).isEqualTo(1);
        assertThat(users.recordVisit("ada", "about")).isEqualTo(1);
        assertThat(users.recordVisit("ada", "home")).isEqualTo(2);

        assertThat(users.visits("ada")).containsExactly(Map.entry("about", 1L), Map.entry("home", 2L));
        assertThat(users.findById("ada")).contains(new User("ada", "Ada", 36, 9.5));
    }

    @Test
    @DisplayName("finds users by age range through a secondary index")
    void findsByAge() {
        UserRepository users = users("finds_by_age");
        users.createAgeIndex();
        try {
            User ada = new User("ada", "Ada", 36, 9.5);
            User alan = new User("alan", "Alan", 41, 8.0);
            User grace = new User("grace", "Grace", 85, 9.9);
            users.save(ada);
            users.save(alan);
            users.save(grace);

            assertThat(users.findByAgeBetween(30, 50)).containsExactlyInAnyOrder(ada, alan);
            assertThat(users.findByAgeBetween(86, 200)).isEmpty();
        } finally {
            users.dropAgeIndex();
        }
    }
}
