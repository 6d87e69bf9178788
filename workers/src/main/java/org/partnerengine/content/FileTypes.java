package org.partnerengine.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells an upload's type from its bytes, never from the client's Content-Type or file name. The
 * library takes PDF, PNG, JPEG and ZIP, and the Office formats (a ZIP holding
 * {@code [Content_Types].xml} and a {@code ppt/}, {@code word/} or {@code xl/} part).
 */
public final class FileTypes {

  public enum FileType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg"),
    ZIP("application/zip", "zip"),
    PPTX("application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final String extension;

    FileType(String mediaType, String extension) {
      this.mediaType = mediaType;
      this.extension = extension;
    }

    public String mediaType() {
      return mediaType;
    }

    public String extension() {
      return extension;
    }
  }

  private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP_MAGIC = {'P', 'K', 0x03, 0x04};

  private FileTypes() {}

  /** The type these bytes are, or empty when none the library takes. */
  public static Optional<FileType> sniff(byte[] content) {
    if (startsWith(content, PDF_MAGIC)) {
      return Optional.of(FileType.PDF);
    }
    if (startsWith(content, PNG_MAGIC)) {
      return Optional.of(FileType.PNG);
    }
    if (startsWith(content, JPEG_MAGIC)) {
      return Optional.of(FileType.JPEG);
    }
    if (startsWith(content, ZIP_MAGIC)) {
      return zipKind(content);
    }
    return Optional.empty();
  }

  private static Optional<FileType> zipKind(byte[] content) {
    boolean contentTypes = false;
    FileType office = null;
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        String name = entry.getName();
        contentTypes |= name.equals("[Content_Types].xml");
        if (office == null) {
          office = name.startsWith("ppt/") ? FileType.PPTX : name.startsWith("word/") ? FileType.DOCX : name.startsWith("xl/") ? FileType.XLSX : null;
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty(); // a ZIP header on something that is no readable ZIP
    }
    return Optional.of(contentTypes && office != null ? office : FileType.ZIP);
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
  }
}
