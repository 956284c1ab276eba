import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes a synthetic corpus from the committed sources, for benchmarks only (never commit its output):
 * COPIES variants of every source page, each with real-looking variation, and optionally long pages
 * that chain many variants of the overview into one text.
 * <p>
 * A variant keeps the page's structure (title, country headings and their alphabetical order,
 * navigation lines) and varies its content: the paragraphs of each section in another order,
 * years shifted by a few years (dates stay consistent within a sentence), counts scaled, and now
 * and then a sentence of one section repeated in another of the same page. The variation is
 * seeded, so the same arguments give the same corpus.
 * <p>
 * Run with any JDK 21+ (no build needed):
 * {@code java bench/SyntheticCorpus.java OUT_DIR COPIES [LONG_PAGES CHAIN]}
 * e.g. {@code java bench/SyntheticCorpus.java /tmp/corpus-100 100} or, for 5 pages of 40 overviews
 * each (about 550 KB a page), {@code java bench/SyntheticCorpus.java /tmp/long 0 5 40}.
 */
public final class SyntheticCorpus {
    private static final Pattern YEAR = Pattern.compile("\\b(19[5-9]\\d|20[0-2]\\d)\\b");
    private static final Pattern COUNT = Pattern.compile("(?<![\\d.,])(\\d{2,4})(?![\\d.,])(?=\\s+\\p{L})");

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 4) {
            System.err.println("usage: java bench/SyntheticCorpus.java OUT_DIR COPIES [LONG_PAGES CHAIN]");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int copies = Integer.parseInt(args[1]);
        int longPages = args.length == 4 ? Integer.parseInt(args[2]) : 0;
        int chain = args.length == 4 ? Integer.parseInt(args[3]) : 0;
        Path sources = Path.of("data", "source");
        if (Files.exists(out) && Files.list(out).findAny().isPresent()) {
            System.err.println(out + ": not empty; give a new folder");
            System.exit(2);
        }
        Files.createDirectories(out);
        List<Path> texts;
        try (Stream<Path> files = Files.list(sources)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        long bytes = 0;
        int pages = 0;
        for (Path text : texts) {
            String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
            String original = Files.readString(text, StandardCharsets.UTF_8);
            String meta = Files.readString(sources.resolve(name + ".meta.json"), StandardCharsets.UTF_8);
            for (int k = 1; k <= copies; k++) {
                String variant = vary(original, new Random(31L * name.hashCode() + k));
                bytes += write(out, name + "-v" + k, variant, meta, k);
                pages++;
            }
        }
        Path overview = texts.stream().filter(p -> p.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        String overviewText = Files.readString(overview, StandardCharsets.UTF_8);
        String overviewMeta = Files.readString(overview.resolveSibling(overview.getFileName().toString().replace(".txt", ".meta.json")), StandardCharsets.UTF_8);
        for (int p = 1; p <= longPages; p++) {
            StringBuilder page = new StringBuilder();
            for (int c = 0; c < chain; c++) {
                String variant = vary(overviewText, new Random(7919L * p + c));
                // Only the first part keeps the page title; the others start at their first section.
                page.append(c == 0 ? variant : variant.substring(variant.indexOf('\n') + 1)).append("\n\n");
            }
            bytes += write(out, "long-overview-" + p, page.toString(), overviewMeta, 100_000 + p);
            pages++;
        }
        System.out.printf("%d pages, %.1f MB, in %s%n", pages, bytes / 1e6, out);
    }

    private static long write(Path out, String name, String text, String meta, int k) throws IOException {
        Files.writeString(out.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
        String id = name.startsWith("000_") ? "synthetic-european-level-" + k : "synthetic-" + name;
        Files.writeString(out.resolve(name + ".meta.json"), meta.replaceFirst("\"id\":\\s*\"[^\"]*\"", "\"id\": \"" + id + "\""), StandardCharsets.UTF_8);
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** The same page with its paragraphs, years and counts varied; blank lines and one-line headings stay. */
    static String vary(String text, Random random) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        List<String> section = new ArrayList<>();
        List<String> borrowed = new ArrayList<>();
        int yearShift = random.nextInt(7) - 3;
        for (String line : lines) {
            boolean paragraph = line.length() > 80;
            if (paragraph) {
                String varied = scaleCounts(shiftYears(line, yearShift), random);
                section.add(varied);
                if (random.nextInt(12) == 0) {
                    borrowed.add(firstSentence(varied));
                }
            } else {
                flush(section, borrowed, out, random);
                out.add(line);
            }
        }
        flush(section, borrowed, out, random);
        return String.join("\n", out);
    }

    private static void flush(List<String> section, List<String> borrowed, List<String> out, Random random) {
        if (section.isEmpty()) {
            return;
        }
        Collections.shuffle(section, random);
        if (!borrowed.isEmpty() && random.nextInt(4) == 0) {
            int i = random.nextInt(section.size());
            section.set(i, section.get(i) + " " + borrowed.get(random.nextInt(borrowed.size())));
        }
        out.addAll(section);
        section.clear();
    }

    private static String shiftYears(String line, int shift) {
        Matcher m = YEAR.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Integer.toString(Math.min(2029, Integer.parseInt(m.group(1)) + shift)));
        }
        return m.appendTail(sb).toString();
    }

    private static String scaleCounts(String line, Random random) {
        Matcher m = COUNT.matcher(line);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            int n = Integer.parseInt(m.group(1));
            boolean year = n >= 1950 && n <= 2029;
            int scaled = year ? n : Math.max(10, (int) Math.round(n * (0.7 + 0.6 * random.nextDouble())));
            m.appendReplacement(sb, Integer.toString(scaled));
        }
        return m.appendTail(sb).toString();
    }

    private static String firstSentence(String paragraph) {
        int end = paragraph.indexOf(". ");
        return end < 0 ? paragraph : paragraph.substring(0, end + 1);
    }
}
