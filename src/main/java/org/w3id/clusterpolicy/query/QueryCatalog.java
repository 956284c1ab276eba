package org.w3id.clusterpolicy.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.sparql.core.Var;

/**
 * The canned queries: every {@code .rq} file of the {@code queries/} folder (packed into the jar),
 * in name order. The folder is the catalogue; there is no index to keep in step. Loading checks
 * that each file parses, that its columns are its first result variables in order, and that every
 * declared parameter is a variable of the query.
 */
public final class QueryCatalog {
    public static final String RESOURCE_FOLDER = "/org/w3id/clusterpolicy/queries";

    private final java.util.function.Supplier<Map<String, CannedQuery>> loader;
    private Map<String, CannedQuery> queries;

    private QueryCatalog(Map<String, CannedQuery> queries) {
        this.queries = queries;
        this.loader = null;
    }

    private QueryCatalog(java.util.function.Supplier<Map<String, CannedQuery>> loader) {
        this.loader = loader;
    }

    /**
     * The catalogue of the jar, read on first use: a server answers its first SPARQL query without
     * having parsed the canned queries (and their YAML headers) at start.
     */
    public static QueryCatalog lazy() {
        return new QueryCatalog(() -> load().queries());
    }

    private synchronized Map<String, CannedQuery> queries() {
        if (queries == null) {
            queries = loader.get();
        }
        return queries;
    }

    public static QueryCatalog load() {
        return load(RESOURCE_FOLDER);
    }

    /** The queries of a class-path folder (in a jar or a directory), in name order. */
    public static QueryCatalog load(String resourceFolder) {
        URL url = QueryCatalog.class.getResource(resourceFolder);
        if (url == null) {
            throw new IllegalStateException("missing resource folder " + resourceFolder);
        }
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fromFolder(fs.getPath(resourceFolder));
            }
            return fromFolder(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot list " + resourceFolder + ": " + e.getMessage(), e);
        }
    }

    public static QueryCatalog fromFolder(Path folder) {
        Map<String, CannedQuery> out = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String file = p.getFileName().toString();
                String name = file.substring(0, file.length() - 3);
                out.put(name, parse(name, Files.readString(p, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new QueryCatalog(out);
    }

    static CannedQuery parse(String name, String text) {
        QueryHeader h = QueryHeader.parse(name, text);
        Query q;
        try {
            q = QueryFactory.create(text);
        } catch (QueryParseException e) {
            throw new IllegalStateException("query " + name + " is not valid SPARQL: " + e.getMessage(), e);
        }
        List<String> vars = q.getProjectVars().stream().map(Var::getVarName).toList();
        if (vars.size() < h.columns().size() || !vars.subList(0, h.columns().size()).equals(h.columns())) {
            throw new IllegalStateException("query " + name + ": result variables " + vars + " do not start with the declared columns " + h.columns());
        }
        List<Parameter> params = new ArrayList<>();
        for (QueryHeader.Param p : h.params()) {
            if (!text.contains("?" + p.name())) {
                throw new IllegalStateException("query " + name + ": parameter " + p.name() + " is not a variable of the query");
            }
            params.add(new Parameter(p.name(), ParameterType.of(p.type()), Boolean.TRUE.equals(p.required()),
                    p.example(), p.description(), p.defaultValue()));
        }
        Map<String, CannedQuery.Translation> translations = new LinkedHashMap<>();
        h.translated().forEach((lang, t) -> {
            for (String param : t.parameters() == null ? java.util.Set.<String>of() : t.parameters().keySet()) {
                if (h.params().stream().noneMatch(p -> p.name().equals(param))) {
                    throw new IllegalStateException("query " + name + ": the " + lang + " translation describes " + param + ", which is not a parameter");
                }
            }
            translations.put(lang, new CannedQuery.Translation(t.title(), t.description(), t.parameters()));
        });
        return new CannedQuery(name, h.title(), h.description().strip(), List.copyOf(params), List.copyOf(h.columns()), text, q, translations);
    }

    public List<CannedQuery> all() {
        return List.copyOf(queries().values());
    }

    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(queries().get(name));
    }

    public List<String> names() {
        return List.copyOf(queries().keySet());
    }
}
