package dev.aerobench.internal.client;

import dev.aerobench.adapter.ClientAdapter;

/**
 * The parent of every isolated arm: it sees the JDK (platform class loader) and exactly the package
 * {@code dev.aerobench.adapter}, taken from the extension's own class loader so both arms and the
 * extension share one {@link ClientAdapter} type. Nothing else of the application class path is
 * visible: not the Aerospike client, not {@code dev.aerobench.adapter.official}.
 */
final class SharedApiClassLoader extends ClassLoader {

    /** The one package shared across arms: {@code dev.aerobench.adapter}. */
    static final String SHARED_PACKAGE = ClientAdapter.class.getPackageName();

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader apiLoader;

    SharedApiClassLoader(ClassLoader apiLoader) {
        super("aerobench-shared-api", ClassLoader.getPlatformClassLoader());
        this.apiLoader = apiLoader;
    }

    /** True for classes of {@code dev.aerobench.adapter} itself (nested classes included, subpackages not). */
    static boolean isSharedApi(String className) {
        String prefix = SHARED_PACKAGE + ".";
        return className.startsWith(prefix) && className.indexOf('.', prefix.length()) < 0;
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        if (isSharedApi(name)) {
            return apiLoader.loadClass(name);
        }
        throw new ClassNotFoundException(name + " is not visible to an isolated aerobench arm (only the JDK and "
                + SHARED_PACKAGE + " are shared)");
    }
}
