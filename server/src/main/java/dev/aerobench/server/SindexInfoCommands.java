package dev.aerobench.server;

import dev.aerobench.server.SecondaryIndex.CollectionType;
import dev.aerobench.server.SecondaryIndex.KeyType;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The secondary-index info commands as an Aerospike 8.1 CE node answers them: {@code sindex-create}
 * (old {@code indexdata=bin,type} and new {@code bin=;type=} forms, {@code ns=} or
 * {@code namespace=}), {@code sindex-delete}, {@code sindex-exists}, {@code sindex-list},
 * {@code sindex-stat} and {@code sindex/<ns>/<name>}, with the node's error texts. An index is
 * filled from the stored records before {@code sindex-create} answers, so it is ready (load_pct 100)
 * as soon as it exists.
 */
final class SindexInfoCommands {

    /** Longest bin name, as for records. */
    private static final int MAX_BIN_NAME_BYTES = RecordCommands.MAX_BIN_NAME_BYTES;

    private final ServerState state;

    SindexInfoCommands(ServerState state) {
        this.state = state;
    }

    /** The reply to that command, or {@code null} when it is not a secondary-index command. */
    String answer(String name, String params) {
        InfoParams parameters = new InfoParams(params);
        return switch (name) {
            case "sindex-create" -> create(parameters);
            case "sindex-delete" -> delete(parameters);
            case "sindex-exists" -> exists(parameters);
            case "sindex-list" -> list(parameters);
            case "sindex-stat" ->
                stat(
                        parameters.namespace(),
                        parameters.has("namespace") || parameters.has("ns"),
                        parameters.get("indexname"),
                        parameters.has("indexname"));
            default -> name.startsWith("sindex/") ? statusPath(name) : null;
        };
    }

    private String create(InfoParams params) {
        String indexName = params.get("indexname");
        String namespace = params.namespace();
        String refused = missingNameOrNamespace(params);
        if (refused != null) {
            return refused;
        }
        if ("set".equalsIgnoreCase(params.get("indextype"))) {
            return InfoParams.error(ResultCode.UNSUPPORTED_FEATURE, "set indexes are not supported by this server");
        }
        Definition definition = definition(params);
        if (definition.error != null) {
            return definition.error;
        }
        SecondaryIndex index = new SecondaryIndex(
                namespace,
                params.get("set"),
                definition.bin,
                definition.keyType,
                definition.collectionType,
                params.get("context"));
        SecondaryIndexes indexes = state.indexes();
        // One create or delete at a time, so that the registry and the namespace's trees agree.
        synchronized (indexes) {
            SecondaryIndexes.Created created = indexes.create(indexName, index);
            if (created == SecondaryIndexes.Created.NAME_TAKEN) {
                return InfoParams.error(ResultCode.INDEX_FOUND, "'indexname' already exists with different definition");
            }
            if (created == SecondaryIndexes.Created.LIMIT_REACHED) {
                return InfoParams.error(ResultCode.INDEX_MAXCOUNT, "already at sindex definition limit");
            }
            Namespace target = state.namespace(namespace);
            if (created == SecondaryIndexes.Created.CREATED && target != null) {
                // Filled before the reply, so the index is complete (load_pct=100) once created.
                target.addIndex(index);
            }
            return "ok";
        }
    }

    /** The bin, key type and collection type of a create command, or the node's error reply. */
    private record Definition(String bin, KeyType keyType, CollectionType collectionType, String error) {
        static Definition refused(String message) {
            return new Definition(null, null, null, InfoParams.error(ResultCode.PARAMETER_ERROR, message));
        }
    }

    private static Definition definition(InfoParams params) {
        for (String optional : List.of("set", "context", "indextype", "indexdata", "type", "bin", "exp")) {
            if (params.has(optional) && params.get(optional).isEmpty()) {
                return Definition.refused("missing '" + optional + "' value");
            }
        }
        if (params.has("context")) {
            if (!IndexContext.isBase64(params.get("context"))) {
                return Definition.refused("'context' invalid base64");
            }
            if (IndexContext.parse(params.get("context")) == null) {
                return Definition.refused("'context' invalid cdt context");
            }
        }
        CollectionType collectionType = CollectionType.DEFAULT;
        if (params.has("indextype")) {
            collectionType = CollectionType.fromInfoName(params.get("indextype"));
            if (collectionType == null) {
                return Definition.refused("bad 'indextype' - must be one of 'default', 'list', 'mapkeys', 'mapvalues'");
            }
        }
        Definition parsed = params.has("type") ? newForm(params) : oldForm(params);
        if (parsed.error != null) {
            return parsed;
        }
        if (collectionType == CollectionType.MAPKEYS && parsed.keyType == KeyType.GEO2DSPHERE) {
            return Definition.refused("bad 'indexdata' bin type for 'indextype' 'mapkeys'"
                    + " - must be one of 'numeric', 'string', 'blob'");
        }
        return new Definition(parsed.bin, parsed.keyType, collectionType, null);
    }

    private static Definition newForm(InfoParams params) {
        if (params.has("indexdata")) {
            return Definition.refused("both 'indexdata' and 'type' are specified");
        }
        KeyType keyType = KeyType.fromInfoName(params.get("type"));
        if (keyType == null) {
            return Definition.refused("bad 'type' - must be one of 'numeric', 'string', 'blob', 'geo2dsphere'");
        }
        if (params.has("exp")) {
            return params.has("bin")
                    ? Definition.refused("both 'bin' and 'exp' are specified")
                    : new Definition(
                            null,
                            null,
                            null,
                            InfoParams.error(
                                    ResultCode.UNSUPPORTED_FEATURE,
                                    "expression indexes are not supported by this server"));
        }
        String bin = params.get("bin");
        if (bin == null) {
            return Definition.refused("both 'bin' and 'exp' are missing");
        }
        if (bin.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BIN_NAME_BYTES) {
            return Definition.refused("'bin' value too long");
        }
        return new Definition(bin, keyType, null, null);
    }

    private static Definition oldForm(InfoParams params) {
        String indexData = params.get("indexdata");
        if (indexData == null) {
            return Definition.refused("both 'indexdata' and 'type' are missing");
        }
        int comma = indexData.indexOf(',');
        if (comma < 0) {
            return Definition.refused("'indexdata' missing bin type");
        }
        String bin = indexData.substring(0, comma);
        if (bin.isEmpty()) {
            return Definition.refused("'indexdata' missing bin name");
        }
        if (bin.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BIN_NAME_BYTES) {
            return Definition.refused("'indexdata' bin name too long");
        }
        KeyType keyType = KeyType.fromInfoName(indexData.substring(comma + 1));
        if (keyType == null) {
            return Definition.refused(
                    "bad 'indexdata' bin type - must be one of 'numeric', 'string', 'blob', 'geo2dsphere'");
        }
        return new Definition(bin, keyType, null, null);
    }

    /** The node's refusal of a command without an index name or a namespace; null if it has both. */
    private static String missingNameOrNamespace(InfoParams params) {
        String refused = InfoParams.missing("indexname", params.get("indexname"), params.has("indexname"));
        String namespace = params.namespace();
        return refused != null ? refused : InfoParams.missing("namespace", namespace, namespace != null);
    }

    private String delete(InfoParams params) {
        String indexName = params.get("indexname");
        String namespace = params.namespace();
        String refused = missingNameOrNamespace(params);
        if (refused != null) {
            return refused;
        }
        SecondaryIndexes indexes = state.indexes();
        synchronized (indexes) {
            SecondaryIndex dropped = indexes.delete(namespace, indexName);
            Namespace target = state.namespace(namespace);
            if (dropped != null && target != null) {
                target.dropIndex(dropped);
            }
        }
        // A real node answers ok for a name it does not know, too.
        return "ok";
    }

    private String exists(InfoParams params) {
        String indexName = params.get("indexname");
        String namespace = params.namespace();
        String refused = InfoParams.missing("indexname", indexName, params.has("indexname"));
        if (refused == null) {
            refused = localNamespace(namespace, namespace != null);
        }
        if (refused != null) {
            return refused;
        }
        return Boolean.toString(state.indexes().byName(namespace, indexName) != null);
    }

    private String list(InfoParams params) {
        String namespace = params.namespace();
        if (namespace != null) {
            String refused = localNamespace(namespace, true);
            if (refused != null) {
                // The node appends the set-index list's identical error to the sindex list's.
                return refused + ";" + refused;
            }
            return listOf(namespace);
        }
        return state.namespaces().stream()
                .map(ns -> listOf(ns.name()))
                .filter(part -> !part.isEmpty())
                .collect(Collectors.joining(";"));
    }

    private String listOf(String namespace) {
        return state.indexes().of(namespace).stream()
                .map(SindexInfoCommands::describe)
                .collect(Collectors.joining(";"));
    }

    private static String describe(SecondaryIndexes.Named named) {
        SecondaryIndex index = named.index();
        return "ns=" + index.namespace() + ":indexname=" + named.name() + ":set="
                + (index.set() == null ? "null" : index.set()) + ":bin=" + index.bin() + ":type="
                + index.keyType().infoName() + ":indextype="
                + index.collectionType().infoName() + ":context="
                + (index.context() == null ? "null" : index.context()) + ":exp=null:state=RW";
    }

    private String statusPath(String name) {
        String[] parts = name.split("/", -1);
        if (parts.length != 3) {
            return null;
        }
        return stat(parts[1], true, parts[2], true);
    }

    private String stat(String namespace, boolean namespaceGiven, String indexName, boolean nameGiven) {
        String refused = InfoParams.missing("indexname", indexName, nameGiven);
        if (refused == null) {
            refused = localNamespace(namespace, namespaceGiven);
        }
        if (refused != null) {
            return refused;
        }
        SecondaryIndexes.Named named = state.indexes().byName(namespace, indexName);
        if (named == null) {
            return InfoParams.error(ResultCode.INDEX_NOTFOUND, "no index");
        }
        IndexTree tree = state.namespace(namespace).indexTree(named.index());
        long entries = tree == null ? 0 : tree.size();
        // Always fully loaded: the load_pct the client's IndexTask waits for is 100 at once.
        return "entries=" + entries + ";used_bytes=0;entries_per_bval=0;entries_per_rec=0;load_pct=100;load_time=0"
                + ";stat_gc_recs=0";
    }

    private String localNamespace(String namespace, boolean given) {
        String refused = InfoParams.missing("namespace", namespace, given);
        if (refused != null) {
            return refused;
        }
        return state.namespace(namespace) == null
                ? InfoParams.error(ResultCode.INVALID_NAMESPACE, "namespace not found on node")
                : null;
    }
}
