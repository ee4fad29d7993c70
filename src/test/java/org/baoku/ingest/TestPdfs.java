package org.baoku.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes the PDFs the tests read, with PDFBox and a real CJK font: Noto Sans SC from the test-scoped
 * Maven artifact {@code com.helger.font:ph-fonts-noto-sans-sc} (SIL OFL 1.1), so no font file is
 * committed and none is fetched from anywhere but Maven Central.
 */
public final class TestPdfs {

  /** Where the font artifact keeps the face on the test classpath. */
  private static final String FONT = "/fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";

  private static final PDRectangle PAGE = PDRectangle.A4;

  private static byte[] font;

  private TestPdfs() {}

  /** Text set at a place: {@code x} from the left edge, {@code top} from the top edge, in points. */
  public record Run(String text, float x, float top, float size) {}

  /** Writes one PDF, a page for each list of runs. */
  public static Path write(Path file, List<List<Run>> pages) {
    try (PDDocument doc = document(pages)) {
      doc.save(file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes one PDF that opens only with the user password {@code secret}. */
  public static Path writeEncrypted(Path file, List<List<Run>> pages) {
    try (PDDocument doc = document(pages)) {
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      doc.save(file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a scan: a page with a grey picture of text, and no text layer. */
  public static Path writeScan(Path file) {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.setNonStrokingColor(0.6f);
        for (int row = 0; row < 40; row++) {
          s.addRect(50, PAGE.getHeight() - 60 - row * 18, 480, 10);
        }
        s.fill();
      }
      doc.save(file.toFile());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies {@code pdf} to {@code file} without its second half, as an interrupted download. */
  public static Path truncated(Path pdf, Path file) {
    try {
      byte[] all = Files.readAllBytes(pdf);
      return Files.write(file, Arrays.copyOf(all, all.length / 2));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A column of text: {@code titles} one a line at {@code titleSize}, then each paragraph wrapped
   * at {@code chars} characters a line with a two-character indent, set at {@code size} with 1.5
   * em between baselines.
   */
  public static List<Run> column(float x, float top, List<String> titles, float titleSize,
      List<String> paragraphs, int chars, float size) {
    List<Run> runs = new ArrayList<>();
    float y = top;
    for (String t : titles) {
      y += titleSize;
      runs.add(new Run(t, x, y, titleSize));
      y += titleSize * 0.6f;
    }
    for (String p : paragraphs) {
      int first = chars - 2;
      int at = 0;
      boolean indent = true;
      while (at < p.length()) {
        int take = Math.min(p.length() - at, indent ? first : chars);
        y += size * 1.5f;
        runs.add(new Run(p.substring(at, at + take), indent ? x + 2 * size : x, y, size));
        at += take;
        indent = false;
      }
    }
    return runs;
  }

  private static PDDocument document(List<List<Run>> pages) throws IOException {
    PDDocument doc = new PDDocument();
    PDType0Font face = PDType0Font.load(doc, new ByteArrayInputStream(font()), true);
    for (List<Run> runs : pages) {
      PDPage page = new PDPage(PAGE);
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        for (Run r : runs) {
          s.beginText();
          s.setFont(face, r.size());
          s.newLineAtOffset(r.x(), PAGE.getHeight() - r.top());
          s.showText(r.text());
          s.endText();
        }
      }
    }
    return doc;
  }

  private static synchronized byte[] font() throws IOException {
    if (font == null) {
      try (InputStream in = TestPdfs.class.getResourceAsStream(FONT)) {
        if (in == null) {
          throw new IllegalStateException("test font " + FONT + " missing: the test dependency "
              + "com.helger.font:ph-fonts-noto-sans-sc provides it (mvn -B test fetches it)");
        }
        font = in.readAllBytes();
      }
    }
    return font;
  }
}
