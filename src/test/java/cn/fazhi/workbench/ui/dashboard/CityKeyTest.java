package cn.fazhi.workbench.ui.dashboard;

import cn.fazhi.workbench.model.Jurisdiction;
import cn.fazhi.workbench.model.JurisdictionLevel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 地市 group's name in 按地市, 分布 and 地图块: a municipality's name is written once. */
class CityKeyTest {
    @Test
    void aMunicipalitysDistrictsAreGroupedUnderItsNameOnce() {
        assertEquals("北京市", DashboardChoices.cityKey(jurisdiction("东城区", "北京市", "北京市")));
    }

    @Test
    void aCountyIsGroupedUnderItsProvinceAndCity() {
        assertEquals("浙江省湖州市", DashboardChoices.cityKey(jurisdiction("安吉县", "浙江省", "湖州市")));
    }

    @Test
    void aJurisdictionWithoutCityIsGroupedUnderItsProvince() {
        assertEquals("浙江省", DashboardChoices.cityKey(jurisdiction("某县", "浙江省", null)));
    }

    private static Jurisdiction jurisdiction(String name, String province, String city) {
        return new Jurisdiction("000000", name, (province == null ? "" : province) + (city == null ? "" : city) + name,
                JurisdictionLevel.COUNTY, null, province, city);
    }
}
