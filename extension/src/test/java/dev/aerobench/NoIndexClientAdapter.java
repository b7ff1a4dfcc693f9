package dev.aerobench;

import dev.aerobench.adapter.ConnectionSettings;
import dev.aerobench.adapter.official.OfficialClientAdapter;

/** The official client adapter on a server that refuses this user's index creation. */
public class NoIndexClientAdapter extends ForwardingClientAdapter {

    public NoIndexClientAdapter(ConnectionSettings settings) {
        super(new OfficialClientAdapter(settings));
    }

    @Override
    public void createIndex(String set, String bin, String name) {
        throw new IllegalStateException("Error 81: role violation (simulated)");
    }

    @Override
    public void dropIndex(String set, String name) {
        throw new AssertionError("dropIndex called for " + name + ", which was never created");
    }
}
