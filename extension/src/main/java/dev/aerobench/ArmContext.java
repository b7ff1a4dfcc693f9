package dev.aerobench;

import dev.aerobench.adapter.ClientAdapter;
import java.util.Map;

/**
 * One arm as an operation of your own sees it: its adapter and its own copy of the seeded data
 * (records {@code 0 .. count-1}, written before any operation is measured).
 */
public interface ArmContext {

    /** {@code candidate} or {@code baseline}. */
    String name();

    /** The arm's client. */
    ClientAdapter adapter();

    /** The set every arm of this test writes to. */
    String set();

    /** Key of this arm's seeded record {@code index % count}. */
    String key(long index);

    /** Bins of seeded record {@code index % count}. */
    Map<String, Object> record(long index);
}
