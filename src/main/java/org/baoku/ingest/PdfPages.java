package org.baoku.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF e-paper file, one string a page, in reading order with columns kept apart
 * ({@link ReadingOrder}), ready for the same cleaning and segmentation as a text page.
 *
 * <p>What cannot be read is said, never skipped in silence: a file that is encrypted, truncated or
 * not a PDF is reported by name; so is a file without a text layer (a scan: OCR is out of scope),
 * or, in a file that has one, each page without it ({@code FILE#N}).
 */
final class PdfPages {

  /**
   * How far from its end a PDF's last {@code %%EOF} may stand. The specification wants it in the
   * last 1024 bytes; a file cut short has none there, though PDFBox's lenient parser may still
   * piece some pages together from it, so the check is ours.
   */
  private static final int EOF_WINDOW = 1024;

  private PdfPages() {}

  /** The text of each page of {@code file} (named {@code key} in messages), page 1 first. */
  static Reading<List<String>> read(Path file, String key) {
    try {
      if (!endsLikeAPdf(file)) {
        return failed(key + ": PDF 文件不完整（结尾没有 %%EOF），已跳过 / truncated PDF (no %%EOF at "
            + "its end), skipped");
      }
      try (PDDocument doc = Loader.loadPDF(file.toFile())) {
        return pages(doc, key);
      }
    } catch (InvalidPasswordException e) {
      return failed(key + ": PDF 已加密，无法读取，已跳过 / encrypted PDF (it needs a password), skipped");
    } catch (IOException | RuntimeException e) {
      return failed(key + ": 无法读取的 PDF，已跳过 / unreadable PDF, skipped ("
          + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")");
    }
  }

  private static Reading<List<String>> pages(PDDocument doc, String key) throws IOException {
    List<String> texts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    GlyphStripper stripper = new GlyphStripper();
    int n = doc.getNumberOfPages();
    for (int i = 1; i <= n; i++) {
      stripper.setStartPage(i);
      stripper.setEndPage(i);
      stripper.glyphs.clear();
      stripper.getText(doc);
      texts.add(ReadingOrder.text(stripper.glyphs));
    }
    long empty = texts.stream().filter(String::isBlank).count();
    if (n == 0) {
      problems.add(key + ": PDF 没有页面 / the PDF has no pages");
    } else if (empty == n) {
      problems.add(key + ": 没有文字层（扫描件？不做 OCR），已跳过 / no text layer (a scan? OCR is not "
          + "supported), skipped");
    } else {
      for (int i = 0; i < n; i++) {
        if (texts.get(i).isBlank()) {
          problems.add(key + "#" + (i + 1) + ": 此页没有文字层，已跳过 / page has no text layer, skipped");
        }
      }
    }
    return new Reading<>(texts, problems);
  }

  private static boolean endsLikeAPdf(Path file) throws IOException {
    long size = Files.size(file);
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(Math.max(0, size - EOF_WINDOW));
      String tail = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return tail.contains("%%EOF");
    }
  }

  private static Reading<List<String>> failed(String problem) {
    return new Reading<>(List.of(), List.of(problem));
  }

  /** Collects each glyph of the pages it strips, after PDFBox has dropped overprinted duplicates. */
  private static final class GlyphStripper extends PDFTextStripper {

    final List<ReadingOrder.Glyph> glyphs = new ArrayList<>();

    @Override
    protected void writePage() {
      for (List<TextPosition> article : charactersByArticle) {
        for (TextPosition t : article) {
          if (t.getUnicode() != null) {
            glyphs.add(new ReadingOrder.Glyph(t.getUnicode(), t.getXDirAdj(), t.getYDirAdj(),
                t.getWidthDirAdj(), Math.max(t.getFontSizeInPt(), t.getHeightDir())));
          }
        }
      }
    }
  }
}
