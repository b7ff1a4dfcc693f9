package dev.aerobench.internal.report;

/**
 * How a chart draws one kind of series: colour, and for readers without colour (or printing in
 * grey) a dash pattern and a marker shape of its own.
 */
enum Look {
    CANDIDATE("#1f5fbf", "", Marker.CIRCLE),
    BASELINE("#c4401c", "7 4", Marker.SQUARE),
    CANDIDATE_P99("#1f5fbf", "2 3", Marker.TRIANGLE),
    THRESHOLD("#b00020", "8 3 2 3", Marker.NONE),
    REFERENCE("#666666", "2 3", Marker.NONE);

    /** A point's mark. */
    enum Marker {
        NONE,
        CIRCLE,
        SQUARE,
        TRIANGLE
    }

    private final String colour;
    private final String dashes;
    private final Marker marker;

    Look(String colour, String dashes, Marker marker) {
        this.colour = colour;
        this.dashes = dashes;
        this.marker = marker;
    }

    String colour() {
        return colour;
    }

    /** SVG {@code stroke-dasharray}, empty for a solid line. */
    String dashes() {
        return dashes;
    }

    Marker marker() {
        return marker;
    }

    /** The stroke attributes of a line in this look. */
    String strokeAttributes(double width) {
        return "stroke=\"" + colour + "\" stroke-width=\"" + Numbers.format("%.1f", width) + "\" fill=\"none\""
                + (dashes.isEmpty() ? "" : " stroke-dasharray=\"" + dashes + "\"");
    }

    /** The marker at {@code (x, y)}, empty for {@link Marker#NONE}. */
    String marker(double x, double y) {
        String fill = " fill=\"" + colour + "\"";
        return switch (marker) {
            case NONE -> "";
            case CIRCLE ->
                "<circle cx=\"" + Svg.coordinate(x) + "\" cy=\"" + Svg.coordinate(y) + "\" r=\"3\"" + fill + "/>";
            case SQUARE ->
                "<rect x=\"" + Svg.coordinate(x - 3) + "\" y=\"" + Svg.coordinate(y - 3) + "\" width=\"6\" height=\"6\""
                        + fill + "/>";
            case TRIANGLE ->
                "<polygon points=\"" + Svg.coordinate(x) + "," + Svg.coordinate(y - 4) + " "
                        + Svg.coordinate(x - 4) + "," + Svg.coordinate(y + 3) + " " + Svg.coordinate(x + 4) + ","
                        + Svg.coordinate(y + 3) + "\"" + fill + "/>";
        };
    }
}
