package org.equitylens.spc.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registered batch modes. A series is run by the first mode that {@link SpcBatchMode#accepts}
 * its meta row; the CLI may prefer a mode by name ({@code --mode mdc}) for the series that mode can
 * also chart.
 */
public final class SpcModes {

    private static final List<SpcBatchMode> MODES = register();

    private SpcModes() {
    }

    private static List<SpcBatchMode> register() {
        List<SpcBatchMode> modes = new ArrayList<>();
        // qicharts2 chart family (org.equitylens.spc.qic)
        modes.add(new org.equitylens.spc.qic.QicBatchMode());

        // Making Data Count XmR (org.equitylens.spc)
        modes.add(PtdBatchMode.nhsr());
        modes.add(PtdBatchMode.mdc());

        return List.copyOf(modes);
    }

    /** Every registered mode, in the order they are asked. */
    public static List<SpcBatchMode> all() {
        return MODES;
    }

    /** The mode with this name, if registered. */
    public static Optional<SpcBatchMode> byName(String name) {
        return MODES.stream().filter(m -> m.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The first mode accepting the series, if any. */
    public static Optional<SpcBatchMode> forSeries(SeriesMeta meta) {
        return MODES.stream().filter(m -> m.accepts(meta)).findFirst();
    }

    /**
     * The mode for a series when the user prefers {@code preferred} (may be null): the preferred mode
     * if it accepts the series as written or with its {@code peer} set to the preferred mode's name and
     * the same chart, otherwise the series' own mode.
     */
    public static Optional<SpcBatchMode> forSeries(SeriesMeta meta, String preferred) {
        if (preferred != null) {
            Optional<SpcBatchMode> mode = byName(preferred);
            if (mode.isPresent() && (mode.get().accepts(meta) || mode.get().accepts(withPeer(meta, mode.get().name())))) {
                return mode;
            }
        }
        return forSeries(meta);
    }

    /** A copy of the meta row with another {@code peer}: how a preferred mode is offered a series. */
    public static SeriesMeta withPeer(SeriesMeta meta, String peer) {
        return new SeriesMeta(meta.seriesId(), peer, meta.chart(), meta.improvementDirection(), meta.target(),
                meta.rebaseDates(), meta.fixAfterNPoints(), meta.screenOutliers(), meta.freeze(), meta.part(),
                meta.exclude(), meta.cl(), meta.multiply(), meta.screenedmr(), meta.aggFun(), meta.description(),
                meta.columns());
    }
}
