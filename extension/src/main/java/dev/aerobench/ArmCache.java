package dev.aerobench;

import dev.aerobench.internal.client.ClientArmLoader;
import dev.aerobench.internal.client.ClientArmSpec;
import dev.aerobench.internal.client.LoadedArm;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The client arms of a run, each resolved and loaded once and shared by every test that names it;
 * JUnit closes them (clients' class loaders included) when the run ends.
 */
final class ArmCache implements AutoCloseable {

    private final ClientArmLoader loader = new ClientArmLoader();
    private final Map<ClientArmSpec, LoadedArm> arms = new LinkedHashMap<>();

    synchronized LoadedArm load(ClientArmSpec spec) {
        LoadedArm arm = arms.get(spec);
        if (arm == null) {
            arm = loader.load(spec);
            arms.put(spec, arm);
        }
        return arm;
    }

    @Override
    public synchronized void close() {
        RuntimeException failure = null;
        for (LoadedArm arm : arms.values()) {
            try {
                arm.close();
            } catch (RuntimeException closeFailed) {
                failure = failure == null ? closeFailed : addSuppressed(failure, closeFailed);
            }
        }
        arms.clear();
        loader.close();
        if (failure != null) {
            throw failure;
        }
    }

    private static RuntimeException addSuppressed(RuntimeException first, RuntimeException next) {
        first.addSuppressed(next);
        return first;
    }
}
