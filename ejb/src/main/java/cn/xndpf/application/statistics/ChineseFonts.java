package cn.xndpf.application.statistics;

import cn.xndpf.domain.shared.InvalidValueException;
import com.lowagie.text.pdf.BaseFont;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * Finds a TrueType font with Chinese glyphs to embed in PDF reports: the file named by the system property
 * {@value #PROPERTY} ({@code path} or {@code path,index} for a collection), else the first of the usual
 * Debian font packages' files present (fonts-wqy-zenhei, fonts-wqy-microhei, fonts-arphic-uming/ukai,
 * fonts-droid-fallback). The font is embedded as a subset, so the PDF reads the same on any machine.
 */
final class ChineseFonts {

    static final String PROPERTY = "dpf.pdf.font";

    private static final Logger LOG = Logger.getLogger(ChineseFonts.class.getName());
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0",
            "/usr/share/fonts/truetype/arphic/uming.ttc,0",
            "/usr/share/fonts/truetype/arphic/ukai.ttc,0",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private static volatile BaseFont found;
    private static volatile String foundPath;

    private ChineseFonts() {
    }

    static BaseFont font() {
        BaseFont f = found;
        if (f != null) {
            return f;
        }
        List<String> tried = new ArrayList<>();
        String configured = System.getProperty(PROPERTY);
        List<String> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(configured.trim());
        }
        candidates.addAll(CANDIDATES);
        for (String c : candidates) {
            String path = c.contains(",") ? c.substring(0, c.lastIndexOf(',')) : c;
            if (!new File(path).isFile()) {
                tried.add(c);
                continue;
            }
            try {
                f = BaseFont.createFont(c, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
                if (f.charExists('残') && f.charExists('疾')) {
                    foundPath = c;
                    found = f;
                    String used = c;
                    LOG.info(() -> "PDF reports embed the font " + used);
                    return f;
                }
                tried.add(c + " (no Chinese glyphs)");
            } catch (Exception e) {
                tried.add(c + " (" + e.getMessage() + ")");
            }
        }
        LOG.severe(() -> "No Chinese font for PDF reports; tried " + tried);
        throw new InvalidValueException("font", "statistics.noChineseFont");
    }

    /**
     * The same font for drawing (the review's charts), so pictures and text read alike; the logical
     * sans-serif font if the file cannot be read by AWT.
     */
    static java.awt.Font awtFont(float size) {
        font();
        String c = foundPath;
        String path = c.contains(",") && !c.endsWith(".ttf") ? c.substring(0, c.lastIndexOf(',')) : c;
        int index = c.contains(",") ? Integer.parseInt(c.substring(c.lastIndexOf(',') + 1).trim()) : 0;
        try {
            java.awt.Font[] fonts = java.awt.Font.createFonts(new File(path));
            return fonts[Math.min(index, fonts.length - 1)].deriveFont(size);
        } catch (java.awt.FontFormatException | java.io.IOException e) {
            LOG.warning(() -> "Charts fall back to the logical sans-serif font: " + e.getMessage());
            return new java.awt.Font(java.awt.Font.SANS_SERIF, java.awt.Font.PLAIN, Math.round(size));
        }
    }
}
