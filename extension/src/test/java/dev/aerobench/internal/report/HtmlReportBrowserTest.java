package dev.aerobench.internal.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: Debian's Chromium, headless (install it with
 * {@code apt-get install chromium}); skipped where none is installed. Leaves a screenshot in
 * {@value #SCREENSHOT}.
 */
@DisplayName("HTML report in headless Chromium")
class HtmlReportBrowserTest {

    static final String SCREENSHOT = "target/aerobench-reports/html-report-sample.png";

    private static final Pattern OPERATION_SECTION =
            Pattern.compile("<section class=\"" + HtmlReportFormat.OPERATION_CLASS + "\"");

    private static HeadlessChromium chromium;

    @TempDir
    Path work;

    @BeforeAll
    static void findChromium() {
        Optional<HeadlessChromium> found = HeadlessChromium.find();
        assumeTrue(
                found.isPresent(),
                "No Chromium on the PATH (looked for chromium, chromium-browser, google-chrome): "
                        + "install it (Debian: apt-get install chromium) to check the HTML report in a browser");
        chromium = found.get();
    }

    @Test
    @DisplayName("renders the page with one chart group per operation and no script error, and shows charts")
    void rendersReport() throws IOException, InterruptedException {
        List<ReportedOperation> operations = ReportSamples.reported(ReportSamples.outcomes());
        RunRecord stored = ReportSamples.run("r1", "2026-11-01T10:00:00Z", "aaa111", operations.subList(0, 2));
        RunRecord current = ReportSamples.run("r2", "2026-11-02T10:00:00Z", "bbb222", operations);
        Path page = work.resolve("aerobench-report.html");
        Files.writeString(
                page, new HtmlReportFormat().page(Optional.of(current), operations, Optional.of(List.of(stored))));

        HeadlessChromium.Output dom = chromium.dumpDom(page, work);

        assertThat(OPERATION_SECTION.matcher(dom.stdout()).results().count()).isEqualTo(3);
        assertThat(dom.stdout()).contains("<svg").contains("Latency by percentile: put");
        assertThat(dom.scriptErrors()).isEmpty();

        Path png = Path.of(SCREENSHOT);
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        HeadlessChromium.Output shot = chromium.screenshot(page, png, 1280, 1800, work);
        assertThat(shot.scriptErrors()).isEmpty();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1280);
        assertThat(colours(image))
                .as("the charts' blue and orange, not a blank page")
                .hasSizeGreaterThan(50);
    }

    @Test
    @DisplayName("would see a script error: a page that throws is caught")
    void seesScriptErrors() throws IOException, InterruptedException {
        Path page = work.resolve("throws.html");
        Files.writeString(page, "<!DOCTYPE html><html><body><script>throw new Error('boom')</script></body></html>");

        assertThat(chromium.dumpDom(page, work).scriptErrors())
                .anySatisfy(line -> assertThat(line).contains("boom"));
    }

    /**
     * A report of a real run, e.g. the examples', in the browser, and its screenshot: with
     * {@code -Daerobench.screenshot.report=<aerobench-report.html>} (and optionally
     * {@code -Daerobench.screenshot.png=<file>}); how {@code docs/html-report.png} was taken.
     */
    @Test
    @DisplayName("renders a real run's report and takes its screenshot, when one is named")
    void screenshotOfRealReport() throws IOException, InterruptedException {
        String report = System.getProperty("aerobench.screenshot.report", "");
        assumeTrue(!report.isBlank(), "no -Daerobench.screenshot.report=<aerobench-report.html> given");
        Path page = Path.of(report).toAbsolutePath();
        String html = Files.readString(page);
        Path png = Path.of(System.getProperty("aerobench.screenshot.png", "target/html-report.png"))
                .toAbsolutePath();

        HeadlessChromium.Output dom = chromium.dumpDom(page, work);
        HeadlessChromium.Output shot = chromium.screenshot(page, png, 1200, 2000, work);

        assertThat(OPERATION_SECTION.matcher(dom.stdout()).results().count())
                .isEqualTo(OPERATION_SECTION.matcher(html).results().count())
                .isPositive();
        assertThat(dom.scriptErrors()).isEmpty();
        assertThat(shot.scriptErrors()).isEmpty();
        assertThat(colours(ImageIO.read(png.toFile()))).hasSizeGreaterThan(50);
    }

    private static Set<Integer> colours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours;
    }
}
