package org.partnerengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler.LegendPosition;

/**
 * Draws the benchmarks' CSV results as PNG charts beside them: throughput against the engine
 * alone, latency percentiles per endpoint, resident memory over lifecycles. A result that a run
 * did not produce is skipped.
 *
 * <p>Argument: the output directory of the benchmarks.
 */
public final class Charts {

  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    Path out = Path.of(args[0]);
    throughput(out);
    latency(out, "api-latency", "API latency at a fixed request rate (ms, counted from when each request was due)");
    latency(out, "analytics-latency", "Analytics latency at a fixed request rate (ms)");
    memory(out);
    latency(out, "first-minute-starts", "Applications at a fixed rate: the app's first minute against the app warm (ms)");
    firstLifecycles(out);
  }

  private static void firstLifecycles(Path out) throws IOException {
    List<String[]> rows = read(out, "first-minute-lifecycles");
    if (rows.size() < 3) {
      return;
    }
    String[] header = rows.get(0);
    CategoryChart chart =
        new CategoryChartBuilder().width(800).height(450).title("Lifecycles per second: a fresh app's first ones against warm").yAxisTitle("lifecycles/s").build();
    chart.getStyler().setLegendVisible(false);
    chart.addSeries(
        "lifecycles/s",
        List.of("first " + rows.get(1)[1], rows.get(2)[0]),
        List.of(number(header, rows.get(1), "lifecycles_per_second"), number(header, rows.get(2), "lifecycles_per_second")));
    save(chart, out, "first-minute-lifecycles");
  }

  private static void throughput(Path out) throws IOException {
    List<String[]> rows = read(out, "lifecycle-throughput");
    if (rows.isEmpty()) {
      return;
    }
    String[] header = rows.get(0);
    String[] values = rows.get(1);
    CategoryChart chart =
        new CategoryChartBuilder().width(800).height(450).title("Lifecycles per second, application to ACTIVE").yAxisTitle("lifecycles/s").build();
    chart.getStyler().setLegendVisible(false);
    chart.addSeries(
        "lifecycles/s",
        List.of("the app (workers, database, API)", "engine alone, lifecycle models"),
        List.of(number(header, values, "lifecycles_per_second"), number(header, values, "models_ceiling_per_second")));
    save(chart, out, "lifecycle-throughput");
  }

  private static void latency(Path out, String benchmark, String title) throws IOException {
    List<String[]> rows = read(out, benchmark);
    if (rows.isEmpty()) {
      return;
    }
    String[] header = rows.get(0);
    List<String> endpoints = new ArrayList<>();
    List<Double> p50 = new ArrayList<>();
    List<Double> p95 = new ArrayList<>();
    List<Double> p99 = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      endpoints.add(row[0]);
      p50.add(number(header, row, "p50_ms"));
      p95.add(number(header, row, "p95_ms"));
      p99.add(number(header, row, "p99_ms"));
    }
    CategoryChart chart = new CategoryChartBuilder().width(1100).height(500).title(title).yAxisTitle("ms").build();
    chart.getStyler().setLegendPosition(LegendPosition.InsideNW);
    chart.getStyler().setXAxisLabelRotation(20);
    chart.addSeries("p50", endpoints, p50);
    chart.addSeries("p95", endpoints, p95);
    chart.addSeries("p99", endpoints, p99);
    save(chart, out, benchmark);
  }

  private static void memory(Path out) throws IOException {
    List<String[]> rows = read(out, "memory-samples");
    if (rows.size() < 2) {
      return;
    }
    String[] header = rows.get(0);
    List<Double> lifecycles = new ArrayList<>();
    List<Double> rss = new ArrayList<>();
    for (String[] row : rows.subList(1, rows.size())) {
      lifecycles.add(number(header, row, "lifecycles"));
      rss.add(number(header, row, "rss_mb"));
    }
    XYChart chart =
        new XYChartBuilder().width(800).height(450).title("Resident memory of the embedded default")
            .xAxisTitle("lifecycles run").yAxisTitle("RSS (MiB)").build();
    chart.getStyler().setLegendVisible(false);
    chart.addSeries("RSS", lifecycles, rss);
    save(chart, out, "memory");
  }

  private static List<String[]> read(Path out, String benchmark) throws IOException {
    Path csv = out.resolve(benchmark + ".csv");
    if (!Files.exists(csv)) {
      return List.of();
    }
    return Files.readAllLines(csv).stream().filter(line -> !line.isBlank()).map(line -> line.split(",")).toList();
  }

  private static double number(String[] header, String[] row, String column) {
    int index = Arrays.asList(header).indexOf(column);
    if (index < 0) {
      throw new IllegalArgumentException("No column " + column + " in " + String.join(",", header));
    }
    return Double.parseDouble(row[index]);
  }

  private static void save(Object chart, Path out, String name) throws IOException {
    Path png = out.resolve(name + ".png");
    if (chart instanceof CategoryChart category) {
      BitmapEncoder.saveBitmap(category, png.toString(), BitmapFormat.PNG);
    } else if (chart instanceof XYChart xy) {
      BitmapEncoder.saveBitmap(xy, png.toString(), BitmapFormat.PNG);
    }
    System.out.println("chart: " + png);
  }
}
