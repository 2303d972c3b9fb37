package io.github.microcredentials.render;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Reads the QR code image of a certificate back with ZXing's decoder. */
final class QrDecoder {

    private QrDecoder() {
    }

    static String decodeFirstImage(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    BufferedImage small = image.getImage();
                    int scale = 8;
                    int[] pixels = new int[small.getWidth() * scale * small.getHeight() * scale];
                    for (int y = 0; y < small.getHeight() * scale; y++) {
                        for (int x = 0; x < small.getWidth() * scale; x++) {
                            pixels[y * small.getWidth() * scale + x] = small.getRGB(x / scale, y / scale);
                        }
                    }
                    RGBLuminanceSource source = new RGBLuminanceSource(small.getWidth() * scale, small.getHeight() * scale, pixels);
                    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText();
                }
            }
        }
        throw new AssertionError("no image on the first page");
    }
}
