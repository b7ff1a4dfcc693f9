package dev.aerobench.examples.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A user of the example application, stored by {@link UserRepository} as one Aerospike record
 * with the bins {@code name}, {@code age} and {@code score}: the record the seed benchmark writes.
 *
 * @param id the record's user key
 * @param name display name
 * @param age age in years
 * @param score a rating
 */
public record User(String id, String name, long age, double score) {

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /**
     * The user stored under {@code id} with these bins.
     *
     * @throws IllegalArgumentException when a bin is missing or of another type: the record is
     *     not a user
     */
    static User fromBins(String id, Map<String, ?> bins) {
        if (!(bins.get("name") instanceof String name)
                || !(bins.get("age") instanceof Long age)
                || !(bins.get("score") instanceof Double score)) {
            throw new IllegalArgumentException("Record " + id + " is not a user: expected bins name (string), "
                    + "age (integer) and score (double) but found " + bins);
        }
        return new User(id, name, age, score);
    }

    /** The bins this user is stored as. */
    Map<String, Object> toBins() {
        Map<String, Object> bins = new LinkedHashMap<>();
        bins.put("name", name);
        bins.put("age", age);
        bins.put("score", score);
        return bins;
    }
}
