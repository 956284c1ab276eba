package org.w3id.clusterpolicy.evaluate;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.w3id.clusterpolicy.source.BadInputException;

/**
 * A YAML document as SnakeYAML composes it, read with the line of every node at hand, so that a gold
 * file's errors name their line ("gold.yaml: line 12: unknown role type 'leads'").
 */
record YamlTree(Path file, Node node) {

    static YamlTree parse(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new LoaderOptions()).compose(in);
            if (root == null) {
                throw new BadInputException(file + ": empty file");
            }
            return new YamlTree(file, root);
        } catch (MarkedYAMLException e) {
            int line = (e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark()).getLine() + 1;
            throw new BadInputException(file + ": line " + line + ": not valid YAML (" + e.getProblem() + ")", e);
        } catch (YAMLException | IOException e) {
            throw new BadInputException(file + ": cannot read (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
        }
    }

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    String where() {
        return file + ":" + line();
    }

    BadInputException fail(String problem) {
        return new BadInputException(file + ": line " + line() + ": " + problem);
    }

    /** The keys and values of a mapping; a key outside {@code allowed} is an error. */
    Map<String, YamlTree> map(Set<String> allowed) {
        if (!(node instanceof MappingNode m)) {
            throw fail("expected a mapping with keys " + allowed);
        }
        Map<String, YamlTree> out = new LinkedHashMap<>();
        for (NodeTuple t : m.getValue()) {
            YamlTree key = new YamlTree(file, t.getKeyNode());
            String k = key.scalar();
            if (!allowed.contains(k)) {
                throw key.fail("unknown key '" + k + "' (known: " + String.join(", ", sorted(allowed)) + ")");
            }
            if (out.put(k, new YamlTree(file, t.getValueNode())) != null) {
                throw key.fail("key '" + k + "' appears twice");
            }
        }
        return out;
    }

    /** A mapping with any keys (such as country codes), in file order: key node to value node. */
    Map<YamlTree, YamlTree> entries() {
        if (!(node instanceof MappingNode m)) {
            throw fail("expected a mapping");
        }
        Map<YamlTree, YamlTree> out = new LinkedHashMap<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (NodeTuple t : m.getValue()) {
            YamlTree key = new YamlTree(file, t.getKeyNode());
            if (!keys.add(key.scalar())) {
                throw key.fail("key '" + key.scalar() + "' appears twice");
            }
            out.put(key, new YamlTree(file, t.getValueNode()));
        }
        return out;
    }

    /** True when this is a mapping with the key. */
    boolean hasKey(String key) {
        return node instanceof MappingNode m && m.getValue().stream()
                .anyMatch(t -> t.getKeyNode() instanceof ScalarNode s && key.equals(s.getValue()));
    }

    List<YamlTree> list() {
        if (!(node instanceof SequenceNode s)) {
            throw fail("expected a list");
        }
        return s.getValue().stream().map(n -> new YamlTree(file, n)).toList();
    }

    String scalar() {
        if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
            throw fail("expected a value");
        }
        return s.getValue().strip();
    }

    /** One value or a list of values. */
    List<String> scalars() {
        if (node instanceof SequenceNode) {
            List<String> out = new ArrayList<>();
            list().forEach(n -> out.add(n.scalar()));
            return out;
        }
        return List.of(scalar());
    }

    /** The value, which must be one of {@code known}. */
    String oneOf(String what, Set<String> known) {
        String v = scalar();
        if (!known.contains(v)) {
            throw fail("unknown " + what + " '" + v + "' (known: " + String.join(", ", sorted(known)) + ")");
        }
        return v;
    }

    private static List<String> sorted(Collection<String> c) {
        return c.stream().sorted().toList();
    }
}
