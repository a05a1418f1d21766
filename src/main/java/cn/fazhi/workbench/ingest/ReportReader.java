package cn.fazhi.workbench.ingest;

import cn.fazhi.workbench.model.ReportText;

/** Reads one format into text in reading order. */
public interface ReportReader {
    ReportText read(byte[] bytes) throws ReadException;
}
