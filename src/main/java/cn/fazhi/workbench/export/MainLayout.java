package cn.fazhi.workbench.export;

import org.apache.poi.ss.util.CellReference;

/** Where 比对总表 put this year's figures, so other sheets can compute from them with formulas. */
final class MainLayout {
    private final boolean transposed;
    private final int[] indicatorPos;
    private final int firstJurisdiction;

    /**
     * @param indicatorPos      per indicator, its row (by indicator) or column (transposed)
     * @param firstJurisdiction the first jurisdiction's column (by indicator) or row (transposed)
     */
    MainLayout(boolean transposed, int[] indicatorPos, int firstJurisdiction) {
        this.transposed = transposed;
        this.indicatorPos = indicatorPos;
        this.firstJurisdiction = firstJurisdiction;
    }

    /** The range of indicator {@code i} over jurisdictions {@code from}..{@code to}, e.g. 'Sheet'!C5:K5. */
    String range(int i, int from, int to) {
        int r1 = transposed ? firstJurisdiction + from : indicatorPos[i];
        int r2 = transposed ? firstJurisdiction + to : indicatorPos[i];
        int c1 = transposed ? indicatorPos[i] : firstJurisdiction + from;
        int c2 = transposed ? indicatorPos[i] : firstJurisdiction + to;
        return "'" + Labels.SHEET_MAIN + "'!" + new CellReference(r1, c1, true, true).formatAsString(false) + ":"
                + new CellReference(r2, c2, true, true).formatAsString(false);
    }
}
