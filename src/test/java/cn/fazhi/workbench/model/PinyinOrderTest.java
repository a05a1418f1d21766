package cn.fazhi.workbench.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PinyinOrderTest {
    @Test
    void placesAreInDictionaryOrderRareCharactersAnd长沙Included() {
        List<String> names = new ArrayList<>(List.of("重庆市", "长沙市", "厦门市", "安庆市", "亳州市", "衢州市", "泸州市", "宜春市", "萍乡市",
                "鹰潭市", "赣州市", "抚州市", "成都市"));
        names.sort(PinyinOrder.names());
        assertEquals(List.of("安庆市", "亳州市", "长沙市", "成都市", "重庆市", "抚州市", "赣州市", "泸州市", "萍乡市", "衢州市", "厦门市",
                "宜春市", "鹰潭市"), names);
    }
}
