package org.equitylens.engine.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.equitylens.codes.EthnicCategory;
import org.equitylens.codes.EthnicCategory.EthnicGroup;
import org.equitylens.engine.EngineException;
import org.equitylens.engine.Progress;
import org.equitylens.engine.store.Sql;

/**
 * Writes realistic synthetic extracts from the bundled reference data (see {@link Scenario}).
 * People are drawn from the LSOAs of the chosen area in proportion to their Census 2021 residents in
 * each broad ethnic group — so ethnicity and deprivation are correlated as they are in the area —
 * then a detailed category within the group, an age from the area's age profile, sex and a site.
 *
 * <p>Deterministic: rows are made in fixed-size chunks, each from its own generator seeded by the
 * seed and the chunk number, so the output does not depend on the number of threads.
 */
public final class Generator {

    static final int CHUNK = 50_000;
    private static final String[] SITES = {"North", "South", "East", "West"};
    private static final String[] INVALID_CODES = {"X", "WB", "0", "White", "O"};

    private final GeneratorOptions options;
    private final AreaModel area;
    private final double[] cellCumulative;
    private final Map<EthnicGroup, double[]> categoryCumulative = new EnumMap<>(EthnicGroup.class);
    private final Map<EthnicGroup, EthnicCategory[]> categories = new EnumMap<>(EthnicGroup.class);
    private final double[] ageCumulative;
    private final int minAge;
    private final int maxAge;
    private final long days;

    public Generator(GeneratorOptions options) {
        this.options = options;
        this.area = AreaModel.load(options.area());
        boolean mha = options.scenario() != Scenario.SCREENING;
        MhaRates rates = mha ? MhaRates.load() : null;
        // Detailed categories within each Census broad group, weighted by residents (× detention rate for MHA).
        double[] groupRate = new double[AreaModel.BROAD.length];
        for (int g = 0; g < AreaModel.BROAD.length; g++) {
            EthnicGroup group = AreaModel.BROAD[g];
            EthnicCategory[] members = Arrays.stream(EthnicCategory.values())
                    .filter(c -> c.censusGroup().equals(java.util.Optional.of(group))).toArray(EthnicCategory[]::new);
            double[] weights = new double[members.length];
            double residents = 0;
            double weighted = 0;
            for (int i = 0; i < members.length; i++) {
                double r = area.categoryResidents.getOrDefault(members[i], 0L);
                double rate = mha ? rates.perCategory.get(members[i]) : 1;
                weights[i] = r * rate;
                residents += r;
                weighted += r * rate;
            }
            groupRate[g] = residents == 0 ? 0 : weighted / residents;
            categories.put(group, members);
            categoryCumulative.put(group, cumulative(weights));
        }
        // (LSOA, broad group) cells. For MHA each is weighted by the group's rate and a deprivation
        // multiplier normalised within the group, so each group's overall rate stays the published one.
        int n = area.lsoas.length;
        double[] norm = new double[AreaModel.BROAD.length];
        for (int g = 0; g < norm.length; g++) {
            double total = 0;
            double multiplied = 0;
            for (int l = 0; l < n; l++) {
                total += area.residents[l][g];
                multiplied += area.residents[l][g] * (mha ? rates.deprivationMultiplier(area.lsoaDecile[l]) : 1);
            }
            norm[g] = total == 0 ? 1 : multiplied / total;
        }
        double[] cells = new double[n * norm.length];
        for (int l = 0; l < n; l++) {
            for (int g = 0; g < norm.length; g++) {
                cells[l * norm.length + g] = mha
                        ? area.residents[l][g] * groupRate[g] * rates.deprivationMultiplier(area.lsoaDecile[l]) / norm[g]
                        : area.residents[l][g];
            }
        }
        this.cellCumulative = cumulative(cells);
        this.minAge = mha ? 16 : 50;
        this.maxAge = mha ? 100 : 74;
        double[] ages = new double[area.ageResidents.length];
        for (int b = 0; b < ages.length; b++) {
            int from = b * 5;
            int to = b == ages.length - 1 ? 100 : from + 4;
            ages[b] = to < minAge || from > maxAge ? 0 : area.ageResidents[b];
        }
        this.ageCumulative = cumulative(ages);
        this.days = options.from().plusMonths(options.months()).toEpochDay() - options.from().toEpochDay();
    }

    public GeneratorOptions options() {
        return options;
    }

    /** Writes the extract: Parquet for {@code .parquet}, otherwise CSV. */
    public GenerationSummary write(Path out, Progress progress) {
        boolean parquet = out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".parquet");
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path csv = parquet ? Files.createTempFile(parent, "generate-", ".csv") : out;
            try {
                GenerationSummary summary = writeCsv(csv, progress);
                if (parquet) {
                    toParquet(csv, out);
                }
                return summary;
            } finally {
                if (parquet) {
                    Files.deleteIfExists(csv);
                }
            }
        } catch (IOException | SQLException e) {
            throw EngineException.failed("Cannot write " + out + ": " + e.getMessage(), e);
        }
    }

    private void toParquet(Path csv, Path out) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            // The faults extract keeps its bad values as text; the others get typed columns.
            st.execute("COPY (SELECT * FROM read_csv(" + Sql.str(csv.toAbsolutePath().toString()) + ", header = true"
                    + (options.scenario() == Scenario.QUALITY_FAULTS ? ", all_varchar = true" : "") + ")) TO "
                    + Sql.str(out.toAbsolutePath().toString()) + " (FORMAT parquet)");
        }
    }

    private GenerationSummary writeCsv(Path out, Progress progress) throws IOException {
        long rows = options.rows();
        long chunks = (rows + CHUNK - 1) / CHUNK;
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        long[] faults = new long[Fault.values().length];
        progress.phase("generating");
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "generator");
            t.setDaemon(true);
            return t;
        });
        try (OutputStream stream = Files.newOutputStream(out)) {
            stream.write(header().getBytes(StandardCharsets.UTF_8));
            long done = 0;
            for (long first = 0; first < chunks; first += threads) {
                List<Future<Chunk>> batch = new ArrayList<>();
                for (long c = first; c < Math.min(chunks, first + threads); c++) {
                    long chunk = c;
                    batch.add(pool.submit(() -> chunk(chunk, Math.min(CHUNK, rows - chunk * CHUNK))));
                }
                for (Future<Chunk> future : batch) {
                    Chunk chunk = future.get();
                    stream.write(chunk.bytes);
                    for (int f = 0; f < faults.length; f++) {
                        faults[f] += chunk.faults[f];
                    }
                    done += chunk.rows;
                }
                progress.advance(done, rows);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw EngineException.failed("Interrupted", e);
        } catch (ExecutionException e) {
            throw EngineException.failed("Generation failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        Map<String, Long> faultCounts = new LinkedHashMap<>();
        if (options.scenario() == Scenario.QUALITY_FAULTS) {
            for (Fault f : Fault.values()) {
                faultCounts.put(f.key, faults[f.ordinal()]);
            }
        }
        return new GenerationSummary(rows, faultCounts);
    }

    private String header() {
        return options.scenario() == Scenario.SCREENING
                ? "person_id,event_date,ethnic_category,lsoa21,age,sex,site,screened\n"
                : "person_id,event_date,ethnic_category,lsoa21,age,sex,site,section,length_of_stay_days\n";
    }

    enum Fault {
        ETHNICITY_BLANK("ethnicity_blank"), ETHNICITY_Z("ethnicity_z"), ETHNICITY_99("ethnicity_99"),
        ETHNICITY_INVALID("ethnicity_invalid"), DATE_INVALID("date_invalid"), DATE_FUTURE("date_future");

        final String key;

        Fault(String key) {
            this.key = key;
        }
    }

    private record Chunk(byte[] bytes, int rows, long[] faults) {
    }

    private record Person(String id, EthnicCategory category, int lsoa, int age, char sex, int site) {
    }

    private Chunk chunk(long index, long count) {
        SplittableRandom random = new SplittableRandom(mix(options.seed() ^ mix(index + 1)));
        StringBuilder s = new StringBuilder((int) count * 64);
        long[] faults = new long[Fault.values().length];
        Person[] recent = new Person[256];
        int recentCount = 0;
        for (int i = 0; i < count; i++) {
            long row = index * CHUNK + i;
            Person p;
            if (options.scenario() != Scenario.SCREENING && recentCount > 0 && random.nextDouble() < 0.15) {
                // Repeat detentions of the same person.
                p = recent[random.nextInt(Math.min(recentCount, recent.length))];
            } else {
                p = person(random, row);
                recent[recentCount++ % recent.length] = p;
            }
            long day = random.nextLong(days);
            LocalDate date = options.from().plusDays(day);
            int month = (int) (day * options.months() / days);
            String dateText = date.toString();
            String code = p.category.code();
            if (options.scenario() == Scenario.QUALITY_FAULTS) {
                double u = random.nextDouble();
                // Blanks fall from 15% to 3% over the period (recording improving); the West site records worst.
                double blank = (0.15 - 0.12 * month / Math.max(1, options.months() - 1)) * (p.site == 3 ? 2 : 1);
                if (u < blank) {
                    code = "";
                    faults[Fault.ETHNICITY_BLANK.ordinal()]++;
                } else if (u < blank + 0.04) {
                    code = "Z";
                    faults[Fault.ETHNICITY_Z.ordinal()]++;
                } else if (u < blank + 0.09) {
                    code = "99";
                    faults[Fault.ETHNICITY_99.ordinal()]++;
                } else if (u < blank + 0.10) {
                    code = INVALID_CODES[random.nextInt(INVALID_CODES.length)];
                    faults[Fault.ETHNICITY_INVALID.ordinal()]++;
                }
                double d = random.nextDouble();
                if (d < 0.003) {
                    dateText = random.nextBoolean() ? "31/02/" + date.getYear() : date.getYear() + "-13-0" + (1 + random.nextInt(9));
                    faults[Fault.DATE_INVALID.ordinal()]++;
                } else if (d < 0.005) {
                    dateText = date.plusYears(30).toString();
                    faults[Fault.DATE_FUTURE.ordinal()]++;
                } else if (d < 0.105) {
                    dateText = String.format(Locale.ROOT, "%02d/%02d/%04d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
                }
            }
            s.append(p.id).append(',').append(dateText).append(',').append(code).append(',').append(area.lsoas[p.lsoa]).append(',')
                    .append(p.age).append(',').append(p.sex).append(',').append(SITES[p.site]).append(',');
            if (options.scenario() == Scenario.SCREENING) {
                s.append(screened(random, p) ? '1' : '0');
            } else {
                double sec = random.nextDouble();
                s.append(sec < 0.45 ? "2" : sec < 0.80 ? "3" : sec < 0.92 ? "136" : "other").append(',')
                        .append(Math.max(1, Math.round(Math.exp(3.2 + 0.9 * random.nextGaussian()))));
            }
            s.append('\n');
        }
        return new Chunk(s.toString().getBytes(StandardCharsets.UTF_8), (int) count, faults);
    }

    /** Uptake falls from about 77% in the least deprived decile to 55% in the most deprived, 5 points lower for minority groups. */
    private boolean screened(SplittableRandom random, Person p) {
        double uptake = 0.55 + 0.025 * (area.lsoaDecile[p.lsoa] - 1)
                - (p.category.nhsGroup().orElse(EthnicGroup.WHITE) == EthnicGroup.WHITE ? 0 : 0.05);
        return random.nextDouble() < uptake;
    }

    private Person person(SplittableRandom random, long row) {
        int cell = pick(cellCumulative, random.nextDouble());
        int lsoa = cell / AreaModel.BROAD.length;
        EthnicGroup group = AreaModel.BROAD[cell % AreaModel.BROAD.length];
        EthnicCategory category = categories.get(group)[pick(categoryCumulative.get(group), random.nextDouble())];
        int band = pick(ageCumulative, random.nextDouble());
        int width = band == ageCumulative.length - 1 ? 16 : 5;
        int age = Math.min(maxAge, Math.max(minAge, band * 5 + random.nextInt(width)));
        char sex = random.nextDouble() < 0.49 ? 'M' : 'F';
        // Most people use the site serving their local authority.
        int site = random.nextDouble() < 0.85 ? Math.floorMod(area.lsoaLa[lsoa].hashCode(), SITES.length) : random.nextInt(SITES.length);
        String hex = Long.toHexString(mix(options.seed() * 31 + row) | (1L << 48));
        String id = "P" + hex.substring(hex.length() - 12);
        return new Person(id, category, lsoa, age, sex, site);
    }

    private static double[] cumulative(double[] weights) {
        double[] out = new double[weights.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            total += weights[i];
            out[i] = total;
        }
        if (total <= 0) {
            throw EngineException.refused("The area has no residents in the reference data for this scenario");
        }
        for (int i = 0; i < out.length; i++) {
            out[i] /= total;
        }
        return out;
    }

    /** The first index whose cumulative weight exceeds {@code u}: never an entry of zero weight. */
    private static int pick(double[] cumulative, double u) {
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** SplitMix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
