package org.equitylens.chart;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.equitylens.spc.AssuranceType;
import org.equitylens.spc.ImprovementDirection;
import org.equitylens.spc.SpcChart;
import org.equitylens.spc.SpcGroup;
import org.equitylens.spc.SpcMode;
import org.equitylens.spc.SpcOptions;
import org.equitylens.spc.SpecialCause;

/** Plain-English readings of an SPC chart, for {@code <desc>}, captions and screen readers. */
public final class SpcSummary {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    private SpcSummary() {
    }

    /**
     * What the chart says now: the latest point's variation (with the rule that flagged it), the
     * assurance against the target, and whether the limits are trial limits.
     */
    public static String sentence(SpcChart chart) {
        int last = chart.size() - 1;
        StringBuilder s = new StringBuilder("The latest point (").append(chart.date(last).format(MONTH)).append(", ")
                .append(Svg.number(chart.value(last))).append(")");
        String rule = rule(chart.specialCause(last), chart.options());
        switch (chart.pointType(last)) {
            case SPECIAL_CAUSE_IMPROVEMENT:
                s.append(" shows special-cause improvement: ").append(rule).append('.');
                break;
            case SPECIAL_CAUSE_CONCERN:
                s.append(" shows special-cause concern: ").append(rule).append('.');
                break;
            case SPECIAL_CAUSE_NEUTRAL_HIGH:
                s.append(" shows special-cause variation, unusually high: ").append(rule).append('.');
                break;
            case SPECIAL_CAUSE_NEUTRAL_LOW:
                s.append(" shows special-cause variation, unusually low: ").append(rule).append('.');
                break;
            default:
                s.append(" shows common-cause variation: nothing unusual in the latest data.");
        }
        SpcGroup latest = chart.group(last);
        if (!latest.limits().defined()) {
            s.append(" The limits cannot be calculated: there is no usable variation between consecutive points.");
        } else if (latest.limits().amr() == 0) {
            s.append(" There is no variation between consecutive points, so the limits equal the mean.");
        }
        Double target = chart.options().target();
        AssuranceType assurance = chart.assurance();
        if (target != null && assurance == null) {
            s.append(" A target of ").append(Svg.number(target))
                    .append(" is shown; there is no assurance reading when neither direction is better.");
        } else if (assurance != null) {
            s.append(" The target of ").append(Svg.number(target));
            switch (assurance) {
                case CONSISTENT_PASS:
                    s.append(" lies beyond the process limits on the better side, so the process will consistently meet it.");
                    break;
                case CONSISTENT_FAIL:
                    s.append(" lies beyond the process limits on the worse side, so the process will consistently miss it"
                            + " unless something changes.");
                    break;
                default:
                    s.append(" lies within the process limits, so the process will sometimes meet it and sometimes miss it.");
            }
        }
        if (latest.trial()) {
            s.append(" These are trial limits: the latest group has ").append(latest.size()).append(" points, fewer than ")
                    .append(SpcOptions.MINIMUM_POINTS).append(", so the limits and icons are provisional.");
        }
        return s.toString();
    }

    /** Which rule set the chart applied, naming where it departs from the other mode. */
    public static String rulesNote(SpcOptions o) {
        String screening = o.screenOutliers() ? "moving ranges screened for outliers" : "no moving-range screening";
        if (o.mode() == SpcMode.MDC) {
            return "Rules: NHS England Making Data Count — " + screening + "; any point beyond 2 sigma (even beyond a"
                    + " limit) counts toward two of three; improvement wins when rules conflict; " + o.runLength()
                    + "-point shifts and trends; trial limits under " + SpcOptions.MINIMUM_POINTS + " points.";
        }
        return "Rules: NHSRplotthedots 0.2.2 — " + screening + "; only points between 2 sigma and the limit count"
                + " toward two of three; precedence limit, trend, two of three, shift; 7-point shifts and trends.";
    }

    /** The rule behind a special cause, in words. */
    static String rule(SpecialCause cause, SpcOptions o) {
        int n = o.runLength();
        switch (cause) {
            case ABOVE_UCL:
                return "above the upper process limit";
            case BELOW_LCL:
                return "below the lower process limit";
            case TREND_INCREASING:
                return "part of a run of " + n + " or more rising points";
            case TREND_DECREASING:
                return "part of a run of " + n + " or more falling points";
            case TWO_IN_THREE_ABOVE:
                return "two of three points close to or beyond the upper limit";
            case TWO_IN_THREE_BELOW:
                return "two of three points close to or beyond the lower limit";
            case SHIFT_ABOVE:
                return "part of a run of " + n + " or more points above the mean";
            case SHIFT_BELOW:
                return "part of a run of " + n + " or more points below the mean";
            default:
                return "common cause";
        }
    }

    /** "higher is better" etc. */
    static String direction(ImprovementDirection d) {
        switch (d) {
            case INCREASE:
                return "higher is better";
            case DECREASE:
                return "lower is better";
            default:
                return "neither direction is better";
        }
    }
}
