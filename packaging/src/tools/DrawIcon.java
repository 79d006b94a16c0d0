import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the TalentSync application icon: a page with text lines on a blue tile,
 * and a green badge with a tick. Run once when the icon changes:
 *
 *   java -Djava.awt.headless=true packaging/src/tools/DrawIcon.java packaging/src/linux/TalentSync.png
 */
public class DrawIcon {
    public static void main(String[] args) throws Exception {
        int size = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        var img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(size / 256.0, size / 256.0);

        // Tile.
        g.setPaint(new GradientPaint(0, 0, new Color(0x2B4C9B), 256, 256, new Color(0x1C8C9C)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 56, 56));

        // Page with a folded corner.
        var page = new Path2D.Double();
        page.moveTo(66, 40);
        page.lineTo(156, 40);
        page.lineTo(190, 74);
        page.lineTo(190, 206);
        page.quadTo(190, 216, 180, 216);
        page.lineTo(66, 216);
        page.quadTo(56, 216, 56, 206);
        page.lineTo(56, 50);
        page.quadTo(56, 40, 66, 40);
        page.closePath();
        g.setColor(new Color(0xF7F9FC));
        g.fill(page);
        var fold = new Path2D.Double();
        fold.moveTo(156, 40);
        fold.lineTo(156, 68);
        fold.quadTo(156, 74, 162, 74);
        fold.lineTo(190, 74);
        fold.closePath();
        g.setColor(new Color(0xC9D3E6));
        g.fill(fold);

        // Text lines: a heading and body lines.
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x2B4C9B));
        g.drawLine(78, 78, 132, 78);
        g.setColor(new Color(0x9AA9C7));
        g.drawLine(78, 108, 168, 108);
        g.drawLine(78, 134, 168, 134);
        g.drawLine(78, 160, 128, 160);

        // Badge with a tick.
        g.setColor(new Color(0x1C8C9C));
        g.fill(new Ellipse2D.Double(142, 142, 84, 84));
        g.setColor(new Color(0x3DBE6C));
        g.fill(new Ellipse2D.Double(148, 148, 72, 72));
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(11, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        var tick = new Path2D.Double();
        tick.moveTo(166, 186);
        tick.lineTo(180, 200);
        tick.lineTo(203, 169);
        g.draw(tick);

        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }
}
