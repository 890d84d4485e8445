package org.equitylens.app.measure;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** Renders a chart's SVG to PNG on the server, so a chart can be pasted where SVG is not accepted. */
final class ChartPng {

    /** Twice the SVG's own width, sharp enough for slides and print. */
    static final float WIDTH = 1640;

    private ChartPng() {
    }

    static byte[] render(String svg) {
        PNGTranscoder transcoder = new PNGTranscoder();
        transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, WIDTH);
        transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalStateException("The chart could not be drawn as PNG", e);
        }
        return out.toByteArray();
    }
}
