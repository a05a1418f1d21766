package cn.fazhi.workbench.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A table run into one line as label-colon lists unfolds into its rows and cells; prose with colons stays as it is. */
class ColonListTablesTest {

    private static String unfolded(String line) {
        char[] s = line.toCharArray();
        ColonListTables.unfold(s);
        return new String(s);
    }

    @Test
    void aHeaderOfColumnsThenRowsOfFigures() {
        assertEquals("指标\t灌云县\t连云港市\n调解成功率\t99.21%\t98.6%\n败诉率\t6.45%\t8.2% ",
                unfolded("指标:灌云县、连云港市;调解成功率:99.21%、98.6%;败诉率:6.45%、8.2%。"));
    }

    @Test
    void cellsApartByCommasOfEnumerationOnly() {
        assertEquals("指标\t2023年\t2024年\n办件量(万件)\t87.9\t96.3\n网办率(%)\t88.15\t92.37",
                unfolded("指标、2023年、2024年;办件量(万件)、87.9、96.3;网办率(%)、88.15、92.37"));
    }

    @Test
    void aTabbedHeaderEndingInAColonWithItsRowsRunOn() {
        assertEquals("年份\t收到申请\t审结\t纠错率\n2023年\t198件\t169件\t9.47%\n2024年\t312件\t264件\t11.74%",
                unfolded("年份\t收到申请\t审结\t纠错率:2023年\t198件\t169件\t9.47%;2024年\t312件\t264件\t11.74%"));
        String ragged = "年份\t收到申请\t审结\t纠错率:2023年\t198件\t169件;2024年\t312件\t264件\t11.74%";
        assertEquals(ragged, unfolded(ragged));
    }

    @Test
    void aTabbedHeaderEndingInASemicolon() {
        assertEquals("指标\t2024年\t2023年\n一审收案(件)\t131\t140\n败诉率\t5.34%\t7.1%",
                unfolded("指标\t2024年\t2023年;一审收案(件)\t131\t140;败诉率\t5.34%\t7.1%"));
        String prose = "全年\t收案131件;败诉率5.34%";
        assertEquals(prose, unfolded(prose));
    }

    @Test
    void linesThatAreNoSuchTableStay() {
        String prose = "指标:调解、复议;全年调解纠纷5120件;调解成功率99.1%。";
        assertEquals(prose, unfolded(prose));
        String ragged = "指标:灌云县、连云港市;调解成功率:99.21%;败诉率:6.45%、8.2%";
        assertEquals(ragged, unfolded(ragged));
        String oneRow = "指标:灌云县、连云港市;调解成功率:99.21%、98.6%";
        assertEquals(oneRow, unfolded(oneRow));
    }
}
