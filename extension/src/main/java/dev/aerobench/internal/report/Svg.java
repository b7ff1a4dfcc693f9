package dev.aerobench.internal.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One chart as inline SVG: a plot area with labelled axes, series drawn as lines with markers, and
 * a legend. Written by hand rather than with a charting library so that the report is one file that
 * opens from a CI artifact without network or script; the few shapes here are all it needs.
 *
 * <p>Accessible: the SVG has {@code role="img"} with a title and a description naming the key
 * numbers, every axis has a label with its unit, and each series differs by dash pattern and
 * marker as well as by colour ({@link Look}).
 */
final class Svg {

    static final int WIDTH = 560;
    static final int HEIGHT = 280;
    /** The height of a chart of one row (an interval), without a vertical axis. */
    static final int COMPACT_HEIGHT = 150;

    static final int LEFT = 72;
    static final int RIGHT = 32;
    static final int TOP = 46;
    static final int BOTTOM = 50;
    static final int PLOT_WIDTH = WIDTH - LEFT - RIGHT;
    /** The plot's height in a chart of {@link #HEIGHT}. */
    static final int PLOT_HEIGHT = HEIGHT - TOP - BOTTOM;

    private static final int MARKERS_PER_LINE = 12;

    private final String id;
    private final String title;
    private final String description;
    private final Scale x;
    private final Scale y;
    private final String xLabel;
    private final String yLabel;
    private final List<String> shapes = new ArrayList<>();
    private final List<LegendEntry> legend = new ArrayList<>();
    private final int height;
    private final int plotHeight;

    /** A series in the legend. */
    private record LegendEntry(String name, Look look) {}

    /**
     * A chart; {@code yLabel} null for a chart whose rows need no vertical axis.
     *
     * @param id a document-unique id, the prefix of the ids of its title and description
     */
    Svg(String id, String title, String description, Scale x, String xLabel, Scale y, String yLabel) {
        this(id, title, description, x, xLabel, y, yLabel, HEIGHT);
    }

    /** A chart {@code height} pixels high. */
    Svg(String id, String title, String description, Scale x, String xLabel, Scale y, String yLabel, int height) {
        this.height = height;
        this.plotHeight = height - TOP - BOTTOM;
        this.id = id;
        this.title = title;
        this.description = description;
        this.x = x;
        this.y = y;
        this.xLabel = xLabel;
        this.yLabel = yLabel;
    }

    /** What the chart shows, its caption. */
    String title() {
        return title;
    }

    /** The horizontal pixel of the data value {@code value}. */
    double px(double value) {
        return LEFT + x.share(value) * PLOT_WIDTH;
    }

    /** The vertical pixel of the data value {@code value}. */
    double py(double value) {
        return TOP + (1 - y.share(value)) * plotHeight;
    }

    /** A series as a line through {@code points} ({x, y} pairs; undefined ones are left out), in the legend. */
    Svg line(String name, Look look, List<double[]> points) {
        List<double[]> defined = points.stream()
                .filter(point -> Double.isFinite(point[0]) && Double.isFinite(point[1]))
                .toList();
        StringBuilder path = new StringBuilder();
        for (double[] point : defined) {
            path.append(path.isEmpty() ? "" : " ")
                    .append(coordinate(px(point[0])))
                    .append(',')
                    .append(coordinate(py(point[1])));
        }
        StringBuilder shape = new StringBuilder("<g data-series=\"" + Markup.escape(name) + "\">");
        shape.append("<polyline points=\"")
                .append(path)
                .append("\" ")
                .append(look.strokeAttributes(2))
                .append("/>");
        int every = Math.max(1, Math.ceilDiv(defined.size(), MARKERS_PER_LINE));
        for (int i = 0; i < defined.size(); i++) {
            if (i % every == 0 || i == defined.size() - 1) {
                shape.append(look.marker(px(defined.get(i)[0]), py(defined.get(i)[1])));
            }
        }
        shapes.add(shape.append("</g>").toString());
        legend.add(new LegendEntry(name, look));
        return this;
    }

    /** A line across the plot at the x value {@code value}, in the legend as {@code name}. */
    Svg verticalLine(String name, Look look, double value) {
        double at = px(value);
        shapes.add("<line data-series=\"" + Markup.escape(name) + "\" x1=\"" + coordinate(at) + "\" y1=\"" + TOP
                + "\" x2=\"" + coordinate(at) + "\" y2=\"" + (TOP + plotHeight) + "\" "
                + look.strokeAttributes(1.5) + "/>");
        legend.add(new LegendEntry(name, look));
        return this;
    }

    /**
     * An estimate with its interval on the row at {@code row}: a thick bar with end caps from
     * {@code low} to {@code high} and the look's marker at {@code value}; in the legend.
     */
    Svg interval(String name, Look look, double row, double value, double low, double high) {
        double at = py(row);
        StringBuilder shape = new StringBuilder("<g data-series=\"" + Markup.escape(name) + "\">");
        if (Double.isFinite(low) && Double.isFinite(high)) {
            String left = coordinate(px(low));
            String right = coordinate(px(high));
            shape.append("<line x1=\"" + left + "\" y1=\"" + coordinate(at) + "\" x2=\"" + right + "\" y2=\""
                    + coordinate(at) + "\" " + look.strokeAttributes(4) + "/>");
            for (String end : List.of(left, right)) {
                shape.append("<line x1=\"" + end + "\" y1=\"" + coordinate(at - 8) + "\" x2=\"" + end + "\" y2=\""
                        + coordinate(at + 8) + "\" " + look.strokeAttributes(2) + "/>");
            }
        }
        if (Double.isFinite(value)) {
            shape.append(look.marker(px(value), at));
        }
        shapes.add(shape.append("</g>").toString());
        legend.add(new LegendEntry(name, look));
        return this;
    }

    String render() {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" id=\"")
                .append(id)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(height)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(height)
                .append("\" role=\"img\" aria-labelledby=\"")
                .append(id)
                .append("-title ")
                .append(id)
                .append("-desc\" font-family=\"sans-serif\" font-size=\"12\">");
        svg.append("<title id=\"")
                .append(id)
                .append("-title\">")
                .append(Markup.escape(title))
                .append("</title>");
        svg.append("<desc id=\"")
                .append(id)
                .append("-desc\">")
                .append(Markup.escape(description))
                .append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"" + WIDTH + "\" height=\"" + height + "\" fill=\"#ffffff\"/>");
        appendXAxis(svg);
        if (yLabel != null) {
            appendYAxis(svg);
        }
        svg.append("<rect x=\"" + LEFT + "\" y=\"" + TOP + "\" width=\"" + PLOT_WIDTH + "\" height=\"" + plotHeight
                + "\" fill=\"none\" stroke=\"#999999\"/>");
        shapes.forEach(svg::append);
        appendLegend(svg);
        return svg.append("</svg>").toString();
    }

    private void appendXAxis(StringBuilder svg) {
        svg.append("<g class=\"x-axis\">");
        int bottom = TOP + plotHeight;
        for (Scale.Tick tick : x.ticks()) {
            String at = coordinate(px(tick.value()));
            svg.append("<line x1=\"" + at + "\" y1=\"" + TOP + "\" x2=\"" + at + "\" y2=\"" + (bottom + 4)
                    + "\" stroke=\"#e0e0e0\"/>");
            svg.append("<text x=\"" + at + "\" y=\"" + (bottom + 17) + "\" text-anchor=\"middle\">"
                    + Markup.escape(tick.label()) + "</text>");
        }
        svg.append("<text class=\"axis-label\" x=\"" + (LEFT + PLOT_WIDTH / 2) + "\" y=\"" + (height - 8)
                + "\" text-anchor=\"middle\">" + Markup.escape(xLabel) + "</text>");
        svg.append("</g>");
    }

    private void appendYAxis(StringBuilder svg) {
        svg.append("<g class=\"y-axis\">");
        for (Scale.Tick tick : y.ticks()) {
            String at = coordinate(py(tick.value()));
            svg.append("<line x1=\"" + (LEFT - 4) + "\" y1=\"" + at + "\" x2=\"" + (LEFT + PLOT_WIDTH) + "\" y2=\"" + at
                    + "\" stroke=\"#e0e0e0\"/>");
            svg.append("<text x=\"" + (LEFT - 7) + "\" y=\"" + coordinate(py(tick.value()) + 4)
                    + "\" text-anchor=\"end\">" + Markup.escape(tick.label()) + "</text>");
        }
        int middle = TOP + plotHeight / 2;
        svg.append("<text class=\"axis-label\" x=\"16\" y=\"" + middle
                + "\" text-anchor=\"middle\" transform=\"rotate(-90 16 " + middle + ")\">" + Markup.escape(yLabel)
                + "</text>");
        svg.append("</g>");
    }

    /** Above the plot, in one or two rows: a swatch of each series' line and marker, then its name. */
    private void appendLegend(StringBuilder svg) {
        svg.append("<g class=\"legend\">");
        double at = LEFT;
        int row = 4;
        for (LegendEntry entry : legend) {
            // About 6.5 px per character of 12 px sans-serif, and the swatch.
            double width = 44 + 6.5 * entry.name().length();
            if (at > LEFT && at + width > WIDTH - RIGHT) {
                at = LEFT;
                row += 18;
            }
            svg.append("<g transform=\"translate(" + coordinate(at) + " " + row + ")\">")
                    .append("<line x1=\"0\" y1=\"10\" x2=\"28\" y2=\"10\" ")
                    .append(entry.look().strokeAttributes(2))
                    .append("/>")
                    .append(entry.look().marker(14, 10))
                    .append("<text x=\"34\" y=\"14\">")
                    .append(Markup.escape(entry.name()))
                    .append("</text></g>");
            at += width;
        }
        svg.append("</g>");
    }

    /** A pixel coordinate with one decimal, {@link Locale#ROOT}. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
