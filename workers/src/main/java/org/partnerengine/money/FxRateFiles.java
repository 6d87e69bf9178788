package org.partnerengine.money;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads reference rates in the two formats an operator can point the import at.
 *
 * <ul>
 *   <li>ECB: the European Central Bank's eurofxref-hist.xml (and eurofxref-daily.xml): a {@code
 *       Cube time="2026-12-04"} per day holding {@code Cube currency="USD" rate="1.0512"}, meaning 1
 *       EUR = 1.0512 USD.
 *   <li>CSV: a header line, then {@code date,currency,rate} (ISO date, ISO 4217 code, decimal with a
 *       point), meaning 1 base = rate currency; blank lines and lines starting with # are skipped.
 * </ul>
 *
 * A malformed line or element fails the whole file (nothing of it is stored), naming the line.
 */
final class FxRateFiles {

  private FxRateFiles() {}

  static List<FxQuote> readEcb(InputStream in) throws IOException {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<FxQuote> quotes = new ArrayList<>();
    try {
      XMLStreamReader xml = factory.createXMLStreamReader(in, "UTF-8");
      LocalDate day = null;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT || !xml.getLocalName().equals("Cube")) {
          continue;
        }
        String time = xml.getAttributeValue(null, "time");
        String currency = xml.getAttributeValue(null, "currency");
        String rate = xml.getAttributeValue(null, "rate");
        if (time != null) {
          day = date(time, "line " + xml.getLocation().getLineNumber());
        } else if (currency != null && rate != null) {
          String where = "line " + xml.getLocation().getLineNumber();
          if (day == null) {
            throw new IOException("ECB rates: a rate outside a dated Cube at " + where);
          }
          quotes.add(quote(day, "EUR", currency, rate, where));
        }
      }
    } catch (XMLStreamException e) {
      throw new IOException("ECB rates: not readable XML: " + e.getMessage(), e);
    }
    return quotes;
  }

  static List<FxQuote> readCsv(InputStream in, String base) throws IOException {
    List<FxQuote> quotes = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int number = 0;
    boolean header = true;
    while ((line = reader.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (!text.toLowerCase(Locale.ROOT).replace(" ", "").equals("date,currency,rate")) {
          throw new IOException("CSV rates: line " + number + " must be the header date,currency,rate");
        }
        continue;
      }
      String[] fields = text.split(",", -1);
      if (fields.length != 3) {
        throw new IOException("CSV rates: line " + number + " has " + fields.length + " fields, not 3");
      }
      String where = "line " + number;
      quotes.add(quote(date(fields[0].strip(), where), base, fields[1].strip(), fields[2].strip(), where));
    }
    return quotes;
  }

  private static LocalDate date(String text, String where) throws IOException {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IOException("Rates: " + where + ": not an ISO date: " + text, e);
    }
  }

  private static FxQuote quote(LocalDate day, String base, String currency, String rate, String where) throws IOException {
    try {
      return new FxQuote(day, base, currency, new BigDecimal(rate));
    } catch (IllegalArgumentException e) { // NumberFormatException is one
      throw new IOException("Rates: " + where + ": " + currency + " " + rate + " is not a positive rate of an ISO 4217 currency", e);
    }
  }
}
