package org.partnerengine.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** Writes a benchmark's numbers as CSV and appends them to a markdown summary, and prints them. */
final class Results {

  private Results() {}

  static String machine() {
    return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version") + ", "
        + System.getProperty("os.name") + " " + System.getProperty("os.arch");
  }

  static void write(Path out, String benchmark, String header, String... rows) throws IOException {
    Files.createDirectories(out);
    StringBuilder csv = new StringBuilder(header).append('\n');
    for (String row : rows) {
      csv.append(row).append('\n');
    }
    Files.writeString(out.resolve(benchmark + ".csv"), csv);
    StringBuilder markdown = new StringBuilder("\n### " + benchmark + " (" + machine() + ")\n\n");
    markdown.append("| ").append(header.replace(",", " | ")).append(" |\n");
    markdown.append("|").append(" --- |".repeat(header.split(",").length)).append('\n');
    for (String row : rows) {
      markdown.append("| ").append(row.replace(",", " | ")).append(" |\n");
    }
    Files.writeString(out.resolve("results.md"), markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    System.out.print(markdown);
  }
}
