package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.aerobench.internal.measure.GateOutcome;
import dev.aerobench.internal.measure.LatencyDistribution;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

@DisplayName("HtmlReportFormat")
class HtmlReportFormatTest {

    private static final String SECTIONS = "//section[@class='" + HtmlReportFormat.OPERATION_CLASS + "']";

    private final HtmlReportFormat format = new HtmlReportFormat();
    private final List<GateOutcome> outcomes = ReportSamples.outcomes();

    @Test
    @DisplayName("writes one well-formed page with exactly one chart group per operation, each with its charts")
    void oneGroupPerOperation() {
        Pages page = Pages.parse(format.format(outcomes));

        List<Element> sections = page.all(SECTIONS);
        assertThat(sections).hasSize(3);
        assertThat(sections)
                .extracting(section -> section.getAttribute("data-operation"))
                .containsExactly("#put", "#get_async_concurrent", "#scan");
        for (Element section : sections) {
            String id = section.getAttribute("id");
            assertThat(page.all("//section[@id='" + id + "']//*[local-name()='svg']"))
                    .extracting(svg -> svg.getAttribute("id"))
                    .containsExactly(id + "-percentiles", id + "-speedup", id + "-p99", id + "-forks");
        }
        assertThat(page.all("//table[@class='summary']/tbody/tr")).hasSize(3);
    }

    @Test
    @DisplayName("is self-contained: no script, no external file, no network address")
    void selfContained() {
        String html = format.format(outcomes);

        Pages page = Pages.parse(html);
        assertThat(page.all("//script | //link | //img | //iframe | //object")).isEmpty();
        assertThat(page.all("//*[@src]")).isEmpty();
        assertThat(page.all("//*[@href]"))
                .allSatisfy(link -> assertThat(link.getAttribute("href")).startsWith("#"));
        assertThat(html.replace("http://www.w3.org/", "")).doesNotContain("http:", "https:", "url(");
    }

    @Test
    @DisplayName("draws the percentile curve on HdrHistogram's axis: p50 at log10(2) of the way to p90's log10(10)")
    void percentileCoordinates() {
        GateOutcome put = outcomes.getFirst();
        Pages page = Pages.parse(format.format(List.of(put)));

        Element candidate =
                page.one("//*[@id='op1-percentiles']//*[@data-series='candidate']/*[local-name()='polyline']");
        List<double[]> pixels = Pages.points(candidate);
        List<LatencyDistribution.Point> points =
                put.result().candidate().distribution().points();
        assertThat(pixels).hasSameSizeAs(points);
        int p50 = indexOf(points, 50.0);
        int p90 = indexOf(points, 90.0);
        double bottom = Svg.TOP + Svg.PLOT_HEIGHT;
        assertThat(pixels.getFirst()[0]).as("0%% at the axis' start").isCloseTo(Svg.LEFT, within(0.05));
        assertThat((pixels.get(p50)[0] - Svg.LEFT) / (pixels.get(p90)[0] - Svg.LEFT))
                .isCloseTo(Math.log10(2), within(0.002));
        // The latency axis is logarithmic, over whole decades around both arms' latencies.
        double lowest = Math.min(
                put.result().candidate().distribution().points().getFirst().valueNanos(),
                put.result().baseline().distribution().points().getFirst().valueNanos());
        double highest = Math.max(
                put.result().candidate().distribution().points().getLast().valueNanos(),
                put.result().baseline().distribution().points().getLast().valueNanos());
        Scale.Logarithmic latency = Scale.logarithmic(lowest / 1e6, highest / 1e6);
        assertThat(bottom - pixels.get(p90)[1])
                .isCloseTo(Svg.PLOT_HEIGHT * latency.share(points.get(p90).valueNanos() / 1e6), within(0.06));
        assertThat(pixels.get(p50)[1] - pixels.get(p90)[1])
                .as("log axis: the distance is the ratio's logarithm")
                .isCloseTo(
                        Svg.PLOT_HEIGHT
                                * Math.log10((double) points.get(p90).valueNanos()
                                        / points.get(p50).valueNanos())
                                / (latency.lastDecade() - latency.firstDecade()),
                        within(0.1));
        assertThat(page.all("//*[@id='op1-percentiles']//*[@class='x-axis']/*[local-name()='text']"))
                .extracting(Element::getTextContent)
                .startsWith("0%", "90%", "99%", "99.9%");
    }

    @Test
    @DisplayName("draws the speedup interval between its ends and the minSpeedup line at 1.0")
    void speedupAgainstThreshold() {
        Pages page = Pages.parse(format.format(List.of(outcomes.getFirst())));

        Element threshold = page.one("//*[@id='op1-speedup']//*[@data-series='minSpeedup 1.00x']");
        Element noChange = page.one("//*[@id='op1-speedup']//*[@data-series='no change (1x)']");
        assertThat(threshold.getAttribute("x1")).isEqualTo(noChange.getAttribute("x1"));
        assertThat(threshold.getAttribute("stroke-dasharray")).isNotEmpty();
        Element bar = page.all(
                        "//*[@id='op1-speedup']//*[@data-series='estimate, 95% interval']/*[local-name()='line']")
                .getFirst();
        double left = Double.parseDouble(bar.getAttribute("x1"));
        double right = Double.parseDouble(bar.getAttribute("x2"));
        double one = Double.parseDouble(threshold.getAttribute("x1"));
        // 1.85..1.91 on an axis that also holds 1.0: the bar is right of the line, 0.06/0.85 of its distance away.
        assertThat(left).isGreaterThan(one);
        assertThat((right - left) / (left - one)).isCloseTo(0.06 / 0.85, within(0.002));
    }

    @Test
    @DisplayName("draws the candidate's p99 interval against the maxP99Millis line, on an axis never below 0")
    void p99AgainstThreshold() {
        Pages page = Pages.parse(format.format(outcomes));

        Element limit = page.one("//*[@id='op1-p99']//*[@data-series='maxP99Millis 2.00 ms']");
        Element bar = page.all("//*[@id='op1-p99']//*[@data-series='estimate, 95% interval']/*[local-name()='line']")
                .getFirst();
        assertThat(Double.parseDouble(bar.getAttribute("x2")))
                .as("0.924 ms, left of 2 ms")
                .isLessThan(Double.parseDouble(limit.getAttribute("x1")));
        // scan's p99 of 0.020 ms against 2 ms: padding the axis would reach below 0.
        assertThat(page.all("//*[@id='op3-p99']//*[@class='x-axis']/*[local-name()='text' and not(@class)]"))
                .extracting(label -> Double.parseDouble(label.getTextContent()))
                .startsWith(0.0)
                .allSatisfy(tick -> assertThat(tick).isNotNegative());
    }

    @Test
    @DisplayName("draws each fork's mean for both arms in fork order")
    void forkMeans() {
        Pages page = Pages.parse(format.format(List.of(outcomes.getFirst())));

        List<double[]> candidate =
                Pages.points(page.one("//*[@id='op1-forks']//*[@data-series='candidate']/*[local-name()='polyline']"));
        List<double[]> baseline =
                Pages.points(page.one("//*[@id='op1-forks']//*[@data-series='baseline']/*[local-name()='polyline']"));
        assertThat(candidate).hasSize(2);
        assertThat(candidate.get(0)[0]).isLessThan(candidate.get(1)[0]);
        assertThat(candidate.get(1)[1])
                .as("fork 2 slower: higher on the page is lower y")
                .isLessThan(candidate.get(0)[1]);
        assertThat(baseline.get(0)[1])
                .as("baseline slower than candidate")
                .isLessThan(candidate.get(0)[1]);
    }

    @Test
    @DisplayName("is readable without colour: titles, described axes with units, a legend, dash patterns")
    void accessible() {
        Pages page = Pages.parse(format.format(outcomes));

        for (Element svg : page.all("//*[local-name()='svg']")) {
            String id = svg.getAttribute("id");
            assertThat(svg.getAttribute("role")).isEqualTo("img");
            assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(id + "-title " + id + "-desc");
            assertThat(page.one("//*[@id='" + id + "-title']").getTextContent()).isNotBlank();
            assertThat(page.one("//*[@id='" + id + "-desc']").getTextContent()).isNotBlank();
            assertThat(page.all("//*[@id='" + id + "']//*[@class='legend']/*")).isNotEmpty();
            assertThat(page.all("//*[@id='" + id + "']//*[@class='axis-label']"))
                    .isNotEmpty()
                    .allSatisfy(label -> assertThat(label.getTextContent()).isNotBlank());
        }
        assertThat(page.all("//*[@id='op1-percentiles']//*[@class='axis-label']"))
                .extracting(Element::getTextContent)
                .contains("latency (ms, log scale)");
        Element candidate = page.one("//*[@id='op1-forks']//*[@data-series='candidate']/*[local-name()='polyline']");
        Element baseline = page.one("//*[@id='op1-forks']//*[@data-series='baseline']/*[local-name()='polyline']");
        assertThat(candidate.getAttribute("stroke-dasharray")).isEmpty();
        assertThat(baseline.getAttribute("stroke-dasharray")).isNotEmpty();
        assertThat(page.all("//*[@id='op1-forks']//*[@data-series='candidate']/*[local-name()='circle']"))
                .hasSize(2);
        assertThat(page.all("//*[@id='op1-forks']//*[@data-series='baseline']/*[local-name()='rect']"))
                .hasSize(2);
    }

    @Test
    @DisplayName("shows undefined numbers as n/a, never NaN, and a distribution not recorded as a note")
    void undefinedNumbers() {
        String html = format.format(SampleResults.outcomes());

        assertThat(html).doesNotContain("NaN", "Infinity");
        Pages page = Pages.parse(html);
        assertThat(page.all(SECTIONS + "//*[local-name()='svg' and contains(@id, '-percentiles')]"))
                .isEmpty();
        assertThat(html).contains("No latency distribution was recorded.", "n/a (fewer than 2 forks)");
    }

    @Test
    @DisplayName("with a history, draws each operation's candidate avg and p99 across the stored runs and this one")
    void trend() {
        List<ReportedOperation> now = ReportSamples.reported(outcomes);
        RunRecord older = ReportSamples.run("r1", "2026-11-01T10:00:00Z", "aaa111", now.subList(0, 1));
        RunRecord old = ReportSamples.run("r2", "2026-11-02T10:00:00Z", "bbb222", now.subList(0, 2));
        RunRecord current = ReportSamples.run("r3", "2026-11-03T10:00:00Z", "ccc333", now);

        Pages page = Pages.parse(format.page(Optional.of(current), now, Optional.of(List.of(older, old))));

        assertThat(Pages.points(
                        page.one("//*[@id='op1-trend']//*[@data-series='candidate avg']/*[local-name()='polyline']")))
                .hasSize(3);
        assertThat(Pages.points(
                        page.one("//*[@id='op2-trend']//*[@data-series='candidate p99']/*[local-name()='polyline']")))
                .hasSize(2);
        assertThat(page.all("//*[@id='op3-trend']"))
                .as("scan is new in this run")
                .isEmpty();
        assertThat(page.one("//p[contains(@class, 'history')]").getTextContent())
                .contains("Compared with the last stored run", "bbb222");
        assertThat(page.all("//table[@class='summary']/thead//th"))
                .extracting(Element::getTextContent)
                .contains("Avg vs last run", "p99 vs last run");
    }

    @Test
    @DisplayName("without a history, says how to keep one")
    void noHistory() {
        Pages page = Pages.parse(format.format(outcomes));

        assertThat(page.one("//p[contains(@class, 'history')]").getTextContent())
                .contains("aerobench.history");
        assertThat(page.all("//*[contains(@id, '-trend')]")).isEmpty();
    }

    private static int indexOf(List<LatencyDistribution.Point> points, double percentile) {
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).percentile() == percentile) {
                return i;
            }
        }
        throw new AssertionError("no point at " + percentile + "% in " + points);
    }
}
