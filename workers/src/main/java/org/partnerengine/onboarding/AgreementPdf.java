package org.partnerengine.onboarding;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays an agreement's text out on A4 pages with Apache PDFBox: the first line as the title, blank
 * lines as paragraph breaks, a footer with the template version and language on every page.
 *
 * <p>The same text gives the same bytes, byte for byte (no creation date, a document id derived
 * from the text): the hash a signer sends back identifies the document it opened, and a document
 * rendered again later is the same document as long as nothing in it changed.
 *
 * <p>It uses the standard Helvetica, which covers Western European text (WinAnsi); a character
 * outside it is printed as "?" (embedding a Unicode font is the step for other scripts).
 */
final class AgreementPdf {

  private static final float MARGIN = 56;
  private static final float BODY_SIZE = 11;
  private static final float TITLE_SIZE = 15;
  private static final float FOOTER_SIZE = 8;
  private static final float LEADING = 1.45f;

  private final PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  static byte[] render(String text, String title, String footer) {
    return new AgreementPdf().layOut(text, title, footer);
  }

  private byte[] layOut(String text, String title, String footer) {
    try (PDDocument document = new PDDocument()) {
      document.getDocumentInformation().setTitle(printable(regular, title));
      List<Line> lines = lines(text);
      float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
      List<List<Line>> pages = paginate(wrap(lines, width));
      for (int i = 0; i < pages.size(); i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
          float y = PDRectangle.A4.getHeight() - MARGIN;
          for (Line line : pages.get(i)) {
            y -= line.size() * LEADING;
            if (!line.text().isEmpty()) {
              show(content, line.font(), line.size(), MARGIN, y, line.text());
            }
          }
          String pageFooter = footer + "  ·  " + (i + 1) + "/" + pages.size();
          show(content, regular, FOOTER_SIZE, MARGIN, MARGIN / 2, printable(regular, pageFooter));
        }
      }
      // A fixed document id: without one PDFBox would derive it from the clock.
      COSString id = new COSString(sha256(text + "\n" + footer));
      COSArray ids = new COSArray();
      ids.add(id);
      ids.add(id);
      document.getDocument().getTrailer().setItem(COSName.ID, ids);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Line(String text, PDFont font, float size) {}

  /** The title line in bold, the rest as body paragraphs; one empty line between paragraphs. */
  private List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    String[] source = text.strip().split("\\R", -1);
    for (int i = 0; i < source.length; i++) {
      String line = source[i].strip();
      if (i == 0) {
        lines.add(new Line(printable(bold, line), bold, TITLE_SIZE));
      } else {
        lines.add(new Line(printable(regular, line), regular, BODY_SIZE));
      }
    }
    return lines;
  }

  private static List<Line> wrap(List<Line> lines, float width) {
    List<Line> wrapped = new ArrayList<>();
    for (Line line : lines) {
      StringBuilder current = new StringBuilder();
      for (String word : line.text().split(" ")) {
        String candidate = current.isEmpty() ? word : current + " " + word;
        if (!current.isEmpty() && textWidth(line.font(), line.size(), candidate) > width) {
          wrapped.add(new Line(current.toString(), line.font(), line.size()));
          current = new StringBuilder(word);
        } else {
          current = new StringBuilder(candidate);
        }
      }
      wrapped.add(new Line(current.toString(), line.font(), line.size()));
    }
    return wrapped;
  }

  private static List<List<Line>> paginate(List<Line> lines) {
    float available = PDRectangle.A4.getHeight() - 2 * MARGIN;
    List<List<Line>> pages = new ArrayList<>();
    List<Line> page = new ArrayList<>();
    float used = 0;
    for (Line line : lines) {
      float height = line.size() * LEADING;
      if (used + height > available && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
        used = 0;
      }
      page.add(line);
      used += height;
    }
    pages.add(page);
    return pages;
  }

  private static void show(PDPageContentStream content, PDFont font, float size, float x, float y, String text)
      throws IOException {
    content.beginText();
    content.setFont(font, size);
    content.newLineAtOffset(x, y);
    content.showText(text);
    content.endText();
  }

  private static float textWidth(PDFont font, float size, String text) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text with every character the font cannot show replaced by "?". */
  private static String printable(PDFont font, String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              String character = new String(Character.toChars(c));
              try {
                font.encode(character);
                out.append(character);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static byte[] sha256(String text) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
