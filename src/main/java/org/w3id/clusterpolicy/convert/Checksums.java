package org.w3id.clusterpolicy.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The SHA-256 of every file a conversion read and wrote, recorded beside the dumps in
 * {@code checksums.sha256} (the format of {@code sha256sum}: inputs by the path they were given,
 * outputs by file name), so that whether the dumps are up to date is decided by content, never by
 * file times, which a fresh clone sets to the moment of the checkout.
 */
public final class Checksums {
    public static final String FILE_NAME = "checksums.sha256";

    private Checksums() {}

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sha256(Path file) throws IOException {
        return sha256(Files.readAllBytes(file));
    }

    /** The file's lines: one "hash  name" per entry, in name order. */
    static byte[] render(Map<String, String> hashes) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(hashes).forEach((name, hash) -> sb.append(hash).append("  ").append(name).append('\n'));
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The recorded hashes by name; empty when there is no file or it cannot be read. */
    static Map<String, String> read(Path folder) {
        Map<String, String> out = new TreeMap<>();
        Path file = folder.resolve(FILE_NAME);
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int gap = line.indexOf("  ");
                if (gap == 64) {
                    out.put(line.substring(66), line.substring(0, 64));
                }
            }
        } catch (IOException e) {
            return Map.of();
        }
        return out;
    }
}
