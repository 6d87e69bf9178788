package org.partnerengine.leads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a lead import: RFC 4180 CSV, comma separated, a header line naming the columns
 * {@code companyName, domain, country, postcode, productInterest, contactName, contactEmail, source,
 * campaign} in any order (postcode and campaign may be left out). Blank lines are skipped.
 */
final class LeadCsv {

  static final List<String> REQUIRED =
      List.of("companyName", "domain", "country", "productInterest", "contactName", "contactEmail", "source");
  static final List<String> OPTIONAL = List.of("postcode", "campaign");

  /** A data row: its line number and the lead it holds, or why it could not be read. */
  record Row(int line, LeadSubmission submission, String problem) {}

  private LeadCsv() {}

  static List<Row> parse(String csv) {
    List<List<String>> records = records(csv == null ? "" : csv);
    if (records.isEmpty()) {
      throw new IllegalArgumentException("The file is empty: it needs a header line");
    }
    Map<String, Integer> columns = new HashMap<>();
    List<String> header = records.get(0);
    for (int i = 0; i < header.size(); i++) {
      String name = header.get(i).strip().replace("\uFEFF", "");
      for (String known : concat(REQUIRED, OPTIONAL)) {
        if (known.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
          columns.put(known, i);
        }
      }
    }
    List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("The header line lacks the column(s) " + String.join(", ", missing));
    }
    List<Row> rows = new ArrayList<>();
    for (int r = 1; r < records.size(); r++) {
      List<String> fields = records.get(r);
      int line = r + 1;
      if (fields.size() == 1 && fields.get(0).isBlank()) {
        continue;
      }
      if (fields.size() != header.size()) {
        rows.add(new Row(line, null, "has " + fields.size() + " fields, the header " + header.size()));
        continue;
      }
      rows.add(
          new Row(
              line,
              new LeadSubmission(
                  field(fields, columns, "companyName"),
                  field(fields, columns, "domain"),
                  field(fields, columns, "country"),
                  field(fields, columns, "postcode"),
                  field(fields, columns, "productInterest"),
                  field(fields, columns, "contactName"),
                  field(fields, columns, "contactEmail"),
                  field(fields, columns, "source"),
                  field(fields, columns, "campaign")),
              null));
    }
    return rows;
  }

  private static String field(List<String> fields, Map<String, Integer> columns, String name) {
    Integer index = columns.get(name);
    if (index == null) {
      return null;
    }
    String value = fields.get(index).strip();
    return value.isEmpty() ? null : value;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** Splits the text into records of fields; quoted fields may hold commas, quotes ("") and line breaks. */
  private static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      any = true;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        fields.add(field.toString());
        field.setLength(0);
        records.add(fields);
        fields = new ArrayList<>();
        any = false;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("The file ends inside a quoted field");
    }
    if (any || !fields.isEmpty()) {
      fields.add(field.toString());
      records.add(fields);
    }
    return records;
  }
}
