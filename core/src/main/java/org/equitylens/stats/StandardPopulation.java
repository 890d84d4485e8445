package org.equitylens.stats;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The European Standard Population 2013 (Eurostat 2013; weights sum to 100,000), shipped as data in
 * four band layouts: 19 bands (0-4 … 85-89, 90+; PHE/OHID Fingertips), 18 (… 85+), 20 (… 90-94,
 * 95+) and 21 (0, 1-4, … 95+). Provenance: {@code standard_population/PROVENANCE.md} beside the
 * data.
 */
public record StandardPopulation(String name, List<Band> bands) {

    /** One age band: label, first age, last age (empty for the open top band) and weight. */
    public record Band(String label, int from, OptionalInt to, double weight) {
    }

    public StandardPopulation {
        bands = List.copyOf(bands);
    }

    /** ESP2013 with 18, 19, 20 or 21 bands. */
    public static StandardPopulation esp2013(int bandCount) {
        if (bandCount < 18 || bandCount > 21) {
            throw new IllegalArgumentException("ESP2013 is shipped with 18, 19, 20 or 21 bands, not " + bandCount);
        }
        String resource = "standard_population/esp2013_" + bandCount + "_bands.csv";
        try (InputStream in = StandardPopulation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Band> bands = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                bands.add(new Band(f[1], Integer.parseInt(f[2]),
                        f[3].isEmpty() ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(f[3])),
                        Double.parseDouble(f[4])));
            }
            return new StandardPopulation("ESP2013 (" + bandCount + " bands)", bands);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The weights in band order. */
    public double[] weights() {
        return bands.stream().mapToDouble(Band::weight).toArray();
    }
}
