package cn.fazhi.workbench.bench;

import cn.fazhi.workbench.AllowedToUse;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes "scans" of a report's text for measuring OCR: A4 pages typeset in 16-point Chinese (the size of a
 * government report's body text) with the bundled Noto Sans SC, rendered at a given resolution, turned by
 * a slight angle and sprinkled with noise, then put into a PDF with no text layer — what a scanner makes.
 */
@AllowedToUse(value = "org.apache.pdfbox", reason = "the benchmark writes image-only PDFs, as a scanner does")
public final class ScanImages {
    private static final double A4_W_IN = 8.27;
    private static final double A4_H_IN = 11.69;
    private static final String FONT = "/fazhi/fonts/NotoSansSC-Regular-GBK.ttf";

    /** How a scan is made: resolution, rotation in degrees, share of pixels flipped to noise, seed. */
    public record Style(int dpi, double degrees, double noise, long seed) {
    }

    private ScanImages() {
    }

    /** The text laid out on A4 pages, one image per page. */
    public static List<BufferedImage> pages(String text, Style style) throws IOException {
        return pages(text, style, A4_W_IN, A4_H_IN, 1.0);
    }

    /** The text on pages of the given size in inches (small ones keep unit tests fast), one image per page. */
    public static List<BufferedImage> pages(String text, Style style, double widthIn, double heightIn, double marginIn)
            throws IOException {
        Font base = font();
        int w = (int) Math.round(widthIn * style.dpi());
        int h = (int) Math.round(heightIn * style.dpi());
        float px = (float) (16 / 72.0 * style.dpi());
        Font font = base.deriveFont(px);
        int margin = (int) Math.round(style.dpi() * marginIn);
        List<BufferedImage> pages = new ArrayList<>();
        Random random = new Random(style.seed());
        BufferedImage page = null;
        Graphics2D g = null;
        int y = 0;
        FontMetrics fm = null;
        for (String para : text.split("\n")) {
            String p = para.strip();
            if (p.isEmpty()) {
                continue;
            }
            List<String> lines = wrap(p, font, w - 2 * margin, measure(font));
            for (String line : lines) {
                if (page == null || y + fm.getHeight() > h - margin) {
                    if (page != null) {
                        pages.add(finish(page, g, style, random));
                    }
                    page = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
                    g = page.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, w, h);
                    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                    g.rotate(Math.toRadians(style.degrees()), w / 2.0, h / 2.0);
                    g.setColor(Color.BLACK);
                    g.setFont(font);
                    fm = g.getFontMetrics();
                    y = margin;
                }
                g.drawString(line, margin, y + fm.getAscent());
                y += (int) (fm.getHeight() * 1.5);
            }
        }
        if (page != null) {
            pages.add(finish(page, g, style, random));
        }
        return pages;
    }

    /** An image-only PDF of the pages, each page as large as its image at {@code dpi}. */
    public static byte[] pdf(List<BufferedImage> pages, int dpi) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (BufferedImage img : pages) {
                PDRectangle size = new PDRectangle(img.getWidth() * 72f / dpi, img.getHeight() * 72f / dpi);
                PDPage page = new PDPage(size);
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(x, 0, 0, size.getWidth(), size.getHeight());
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage finish(BufferedImage page, Graphics2D g, Style style, Random random) {
        g.dispose();
        int n = (int) (page.getWidth() * (long) page.getHeight() * style.noise());
        for (int i = 0; i < n; i++) {
            int x = random.nextInt(page.getWidth());
            int y = random.nextInt(page.getHeight());
            page.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
        }
        return page;
    }

    private static java.util.function.ToIntFunction<String> measure(Font font) {
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = scratch.createGraphics();
        FontMetrics fm = g.getFontMetrics(font);
        return fm::stringWidth;
    }

    private static List<String> wrap(String para, Font font, int width, java.util.function.ToIntFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("\u3000\u3000");
        for (int i = 0; i < para.length(); i++) {
            line.append(para.charAt(i));
            if (measure.applyAsInt(line.toString()) > width) {
                line.setLength(line.length() - 1);
                lines.add(line.toString());
                line.setLength(0);
                line.append(para.charAt(i));
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static Font font() throws IOException {
        try (InputStream in = ScanImages.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IOException("the bundled font " + FONT + " is missing");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (java.awt.FontFormatException e) {
            throw new IOException(e);
        }
    }
}
