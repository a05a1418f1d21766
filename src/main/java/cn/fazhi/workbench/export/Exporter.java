package cn.fazhi.workbench.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * One kind of file the workbench writes (the Excel workbook, the 通报 in Word…). It only streams its bytes;
 * the use case that calls it writes them to a temporary file beside the target and moves it into place,
 * so every export is atomic the same way and a new format is one new class.
 */
public interface Exporter {
    /** The file name extension, without the dot ("xlsx", "docx"). */
    String extension();

    void write(OutputStream out) throws IOException;
}
