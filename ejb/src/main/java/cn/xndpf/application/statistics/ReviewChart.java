package cn.xndpf.application.statistics;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

/**
 * A bar chart as a PNG picture, one bar per area with its value above and its name below: what the
 * review's Word and PDF documents show beside each program's table (a picture, because both formats
 * and every word processor display one).
 */
final class ReviewChart {

    static final int WIDTH = 1200;
    static final int HEIGHT = 420;
    private static final Color BAR = new Color(0x2f, 0x6f, 0xb3);
    private static final Color RULE = new Color(0x99, 0x99, 0x99);

    private ReviewChart() {
    }

    static byte[] png(List<String> labels, List<BigDecimal> values) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            Font font = ChineseFonts.awtFont(22f);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int left = 20;
            int bottom = HEIGHT - 50;
            int top = 40;
            double max = values.stream().filter(v -> v != null).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
            int n = Math.max(1, labels.size());
            double slot = (WIDTH - 2.0 * left) / n;
            int barWidth = (int) Math.min(90, slot * 0.6);
            g.setColor(RULE);
            g.setStroke(new BasicStroke(2));
            g.drawLine(left, bottom, WIDTH - left, bottom);
            for (int i = 0; i < labels.size(); i++) {
                BigDecimal v = i < values.size() ? values.get(i) : null;
                double value = v == null ? 0 : v.doubleValue();
                int h = max <= 0 ? 0 : (int) Math.round(value / max * (bottom - top));
                int x = (int) (left + i * slot + (slot - barWidth) / 2);
                g.setColor(BAR);
                g.fillRect(x, bottom - h, barWidth, h);
                g.setColor(Color.BLACK);
                String text = v == null ? "—" : ReviewText.prose(v);
                g.drawString(text, x + (barWidth - fm.stringWidth(text)) / 2, bottom - h - 8);
                String name = shortName(labels.get(i));
                g.drawString(name, x + (barWidth - fm.stringWidth(name)) / 2, bottom + fm.getAscent() + 8);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String shortName(String name) {
        return name.length() > 6 ? name.substring(0, 6) : name;
    }
}
