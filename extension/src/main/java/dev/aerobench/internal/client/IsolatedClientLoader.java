package dev.aerobench.internal.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * The class loader of one arm: the arm's jars, plus the adapter implementation classes
 * ({@value #ADAPTER_PACKAGE}.*) defined here, child-first, from the bytes of the extension's own class
 * files. Defining them here, rather than taking them from the parent, makes them link against this
 * arm's client jar.
 *
 * <p>Everything else is parent-first: for a Maven arm the parent is a {@link SharedApiClassLoader}
 * (JDK and {@code dev.aerobench.adapter} only), for the class-path arm it is the application loader.
 */
final class IsolatedClientLoader extends URLClassLoader {

    /** Package of the adapter implementations compiled into the extension. */
    static final String ADAPTER_PACKAGE = "dev.aerobench.adapter.official";

    static {
        registerAsParallelCapable();
    }

    private final ClassLoader adapterBytecodeSource;

    /**
     * @param name loader name, shown in stack traces and heap dumps (e.g. the arm's identity)
     * @param jars the arm's class path
     * @param parent where every class but the adapter implementation is looked up first
     * @param adapterBytecodeSource the loader whose resources hold the adapter's {@code .class} files
     */
    IsolatedClientLoader(String name, List<Path> jars, ClassLoader parent, ClassLoader adapterBytecodeSource) {
        super(name, toUrls(jars), parent);
        this.adapterBytecodeSource = adapterBytecodeSource;
    }

    static boolean isAdapterImplementation(String className) {
        return className.startsWith(ADAPTER_PACKAGE + ".");
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isAdapterImplementation(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = defineAdapterClass(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private Class<?> defineAdapterClass(String name) throws ClassNotFoundException {
        String resource = name.replace('.', '/') + ".class";
        try (InputStream in = adapterBytecodeSource.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ClassNotFoundException(name + ": no " + resource + " in the aerobench extension");
            }
            byte[] bytes = in.readAllBytes();
            return defineClass(name, bytes, 0, bytes.length);
        } catch (IOException e) {
            throw new ClassNotFoundException(name + ": cannot read " + resource, e);
        }
    }

    private static URL[] toUrls(List<Path> jars) {
        return jars.stream().map(IsolatedClientLoader::toUrl).toArray(URL[]::new);
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new UncheckedIOException("Not a valid class path entry: " + jar, e);
        }
    }
}
