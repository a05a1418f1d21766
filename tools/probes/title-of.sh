#!/bin/bash
# usage: tools/probes/title-of.sh PROBE_FILE — the report title a probe file is written for, by its name: round 46's
# files name the kind of report (-district, -countycity, -zone, -gxdistrict, -gxcounty, -changed, -city); every other
# file whose name says "city" is 湖州市's; round 52's "-quzhou" is 衢州市's, "-yuhang" 杭州市余杭区's, "-boluo" 博罗县's and
# "-banner" 准格尔旗's; round 63's "-hncounty" 攸县's and "-sdistrict" 济南市历城区's; round 64's "-sccounty" 仁寿县's and "-gddistrict" 佛山市南海区's; round 65's "-jscountycity" 邳州市's, "-hbdistrict" 宜昌市夷陵区's, "-gzdistrict" 遵义市播州区's and "-hecountycity" 涿州市's; round 66's "-hncountycity" 醴陵市's and "-ahdistrict" 合肥市包河区's; round 67's "-sccountycity" 简阳市's, "-fjcounty" 安溪县's, "-sddistrict" 临沂市兰山区's and "-szcountycity" 张家港市's; round 68's "-zjcountycity" 瑞安市's and "-sxdistrict" 西安市长安区's; round 69's "-hbcountycity" 枣阳市's, "-henandistrict" 郑州市金水区's and "-jxcounty" 南昌县's; round 70's "-yncountycity" 弥勒市's and "-jsdistrict" 苏州市吴江区's; round 71's "-jxdistrict" 赣州市南康区's, "-mycountycity" 江油市's and "-sxcounty" 平遥县's; round 72's "-yycountycity" 汨罗市's and "-cddistrict" 成都市郫都区's; round 73's "-mzcountycity" 兴宁市's and "-bddistrict" 保定市莲池区's; round 74's "-qzcountycity" 南安市's, "-ybdistrict" 宜宾市叙州区's and "-xycounty" 固始县's; round 75's "-cscountycity" 宁乡市's and "-srdistrict" 上饶市广丰区's; round 76's "-gpcountycity" 桂平市's, "-qddistrict" 青岛市黄岛区's and "-ntdistrict" 南通市海门区's; round 77's "-djycountycity" 都江堰市's, "-wcdistrict" 长沙市望城区's and "-pxcounty" 沛县's; round 78's "-wfdcountycity" 瓦房店市's, "-yhdistrict" 长沙市雨花区's and "-qycountycity" 祁阳市's; round 79's "-pdcountycity" 平度市's, "-xcdistrict" 苏州市相城区's and "-lqcounty" 临泉县's; round 80's "-tzcountycity" 滕州市's, "-zcdistrict" 广州市增城区's and "-ydcounty" 于都县's; round 81's "-dycountycity" 大冶市's, "-lsdistrict" 南京市溧水区's and "-hdcounty" 洪洞县's; round 82's "-fqcountycity" 福清市's, "-bbdistrict" 重庆市北碚区's and "-lxcounty" 泸县's; round 83's "-lycountycity" 耒阳市's, "-fhdistrict" 宁波市奉化区's and "-qtcounty" 青田县's; round 84's "-xinyicountycity" 新沂市's, "-xsdistrict" 杭州市萧山区's and "-nhcounty" 宁海县's; round 85's "-rhcountycity" 仁怀市's, "-sldistrict" 成都市双流区's and "-dqcounty" 德清县's; round 86's "-hacountycity" 海安市's, "-lgdistrict" 深圳市龙岗区's and "-ljcounty" 庐江县's; round 87's "-danyangcountycity" 丹阳市's, "-jintandistrict" 常州市金坛区's and "-shuchengcounty" 舒城县's; round 88's "-ningguocountycity" 宁国市's, "-huadudistrict" 广州市花都区's and "-sihongcounty" 泗洪县's; round 89's "-rugaocountycity" 如皋市's, "-huishandistrict" 无锡市惠山区's and "-huoqiucounty" 霍邱县's; round 90's "-xingyangcountycity" 荥阳市's, "-jiangdudistrict" 扬州市江都区's and "-susongcounty" 宿松县's; round 91's "-jurongcountycity" 句容市's, "-jiangyandistrict" 泰州市姜堰区's and "-shuyangcounty" 沭阳县's; round 92's "-hanchuancountycity" 汉川市's, "-xinzhoudistrict" 武汉市新洲区's and "-chongyangcounty" 崇阳县's; round 93's "-laizhoucountycity" 莱州市's, "-huangyandistrict" 台州市黄岩区's and "-juxiancounty" 莒县's; round 94's "-gaomicountycity" 高密市's, "-shangyudistrict" 绍兴市上虞区's and "-tanchengcounty" 郯城县's; round 95's "-anqiucountycity" 安丘市's, "-luqiaodistrict" 台州市路桥区's and "-pingyicounty" 平邑县's; round 96's "-lelingcountycity" 乐陵市's, "-xiuzhoudistrict" 嘉兴市秀洲区's and "-feixiancounty" 费县's; round 97's "-changyicountycity" 昌邑市's, "-wuchengdistrict" 金华市婺城区's and "-yinancounty" 沂南县's; round 98's "-dongtaicountycity" 东台市's, "-jiaojiangdistrict" 台州市椒江区's and "-mengyincounty" 蒙阴县's; round 99's "-gaoyoucountycity" 高邮市's, "-yuechengdistrict" 绍兴市越城区's and "-qingyuncounty" 庆云县's; round 100's "-yizhengcountycity" 仪征市's, "-nanhudistrict" 嘉兴市南湖区's and "-yangxincounty" 阳信县's; round 101's "-jingjiangcountycity" 靖江市's, "-beilundistrict" 宁波市北仑区's and "-boxingcounty" 博兴县's; round 102's "-haiyangcountycity" 海阳市's, "-dinghaidistrict" 舟山市定海区's and "-ningyangcounty" 宁阳县's; round 103's "-zoupingcountycity" 邹平市's, "-wendengdistrict" 威海市文登区's and "-dongpingcounty" 东平县's; round 104's "-longkoucountycity" 龙口市's, "-fushandistrict" 烟台市福山区's and "-liangshancounty" 梁山县's; round 105's "-dengfengcountycity" 登封市's, "-putuodistrict" 舟山市普陀区's and "-yutaicounty" 鱼台县's; round 106's "-wuancountycity" 武安市's, "-linzidistrict" 淄博市临淄区's and "-juanchengcounty" 鄄城县's; round 107's "-xinjicountycity" 辛集市's, "-zhangdiandistrict" 淄博市张店区's and "-shancounty" 单县's; round 108's "-dingzhoucountycity" 定州市's, "-kuiwendistrict" 潍坊市奎文区's and "-gaoqingcounty" 高青县's; round 109's "-jinzhoucountycity" 晋州市's, "-dongchangfudistrict" 聊城市东昌府区's and "-yiyuancounty" 沂源县's; round 110's "-bazhoucountycity" 霸州市's, "-dechengdistrict" 德州市德城区's and "-xiancounty" 献县's; round 111's "-renqiucountycity" 任丘市's, "-hekoudistrict" 东营市河口区's and "-zaoqiangcounty" 枣强县's; round 112's "-luanzhoucountycity" 滦州市's, "-jizhoudistrict" 衡水市冀州区's and "-raoyangcounty" 饶阳县's; round 113's "-weihuicountycity" 卫辉市's, "-luanchengdistrict" 石家庄市栾城区's and "-wujicounty" 无极县's; round 114's "-wugangcountycity" 舞钢市's, "-gaochengdistrict" 石家庄市藁城区's and "-lingshoucounty" 灵寿县's; round 115's "-mengzhoucountycity" 孟州市's, "-luquandistrict" 石家庄市鹿泉区's and "-pingshancounty" 平山县's; round 116's "-lingbaocountycity" 灵宝市's, "-yanshidistrict" 洛阳市偃师区's and "-yichuancounty" 伊川县's; round 117's "-yongchengcountycity" 永城市's, "-hongqidistrict" 新乡市红旗区's and "-luoningcounty" 洛宁县's; the rest are 安吉县's. mergecheck.sh and probediff.sh use it.
case "$1" in
  *-jscountycity.*) echo 邳州市;; *-hbdistrict.*) echo 宜昌市夷陵区;; *-gzdistrict.*) echo 遵义市播州区;; *-hecountycity.*) echo 涿州市;;
  *-hncountycity.*) echo 醴陵市;; *-ahdistrict.*) echo 合肥市包河区;;
  *-sccountycity.*) echo 简阳市;; *-fjcounty.*) echo 安溪县;; *-sddistrict.*) echo 临沂市兰山区;; *-szcountycity.*) echo 张家港市;;
  *-zjcountycity.*) echo 瑞安市;; *-sxdistrict.*) echo 西安市长安区;;
  *-hbcountycity.*) echo 枣阳市;; *-henandistrict.*) echo 郑州市金水区;; *-jxcounty.*) echo 南昌县;;
  *-yncountycity.*) echo 弥勒市;; *-jsdistrict.*) echo 苏州市吴江区;;
  *-jxdistrict.*) echo 赣州市南康区;; *-mycountycity.*) echo 江油市;; *-sxcounty.*) echo 平遥县;;
  *-yycountycity.*) echo 汨罗市;; *-cddistrict.*) echo 成都市郫都区;;
  *-mzcountycity.*) echo 兴宁市;; *-bddistrict.*) echo 保定市莲池区;;
  *-qzcountycity.*) echo 南安市;; *-ybdistrict.*) echo 宜宾市叙州区;; *-xycounty.*) echo 固始县;;
  *-cscountycity.*) echo 宁乡市;; *-srdistrict.*) echo 上饶市广丰区;;
  *-gpcountycity.*) echo 桂平市;; *-qddistrict.*) echo 青岛市黄岛区;; *-ntdistrict.*) echo 南通市海门区;;
  *-djycountycity.*) echo 都江堰市;; *-wcdistrict.*) echo 长沙市望城区;; *-pxcounty.*) echo 沛县;;
  *-wfdcountycity.*) echo 瓦房店市;; *-yhdistrict.*) echo 长沙市雨花区;; *-qycountycity.*) echo 祁阳市;;
  *-pdcountycity.*) echo 平度市;; *-xcdistrict.*) echo 苏州市相城区;; *-lqcounty.*) echo 临泉县;;
  *-tzcountycity.*) echo 滕州市;; *-zcdistrict.*) echo 广州市增城区;; *-ydcounty.*) echo 于都县;;
  *-dycountycity.*) echo 大冶市;; *-lsdistrict.*) echo 南京市溧水区;; *-hdcounty.*) echo 洪洞县;;
  *-fqcountycity.*) echo 福清市;; *-bbdistrict.*) echo 重庆市北碚区;; *-lxcounty.*) echo 泸县;;
  *-lycountycity.*) echo 耒阳市;; *-fhdistrict.*) echo 宁波市奉化区;; *-qtcounty.*) echo 青田县;;
  *-xinyicountycity.*) echo 新沂市;; *-xsdistrict.*) echo 杭州市萧山区;; *-nhcounty.*) echo 宁海县;;
  *-rhcountycity.*) echo 仁怀市;; *-sldistrict.*) echo 成都市双流区;; *-dqcounty.*) echo 德清县;;
  *-hacountycity.*) echo 海安市;; *-lgdistrict.*) echo 深圳市龙岗区;; *-ljcounty.*) echo 庐江县;;
  *-danyangcountycity.*) echo 丹阳市;; *-jintandistrict.*) echo 常州市金坛区;; *-shuchengcounty.*) echo 舒城县;;
  *-ningguocountycity.*) echo 宁国市;; *-huadudistrict.*) echo 广州市花都区;; *-sihongcounty.*) echo 泗洪县;;
  *-rugaocountycity.*) echo 如皋市;; *-huishandistrict.*) echo 无锡市惠山区;; *-huoqiucounty.*) echo 霍邱县;;
  *-xingyangcountycity.*) echo 荥阳市;; *-jiangdudistrict.*) echo 扬州市江都区;; *-susongcounty.*) echo 宿松县;;
  *-jurongcountycity.*) echo 句容市;; *-jiangyandistrict.*) echo 泰州市姜堰区;; *-shuyangcounty.*) echo 沭阳县;;
  *-hanchuancountycity.*) echo 汉川市;; *-xinzhoudistrict.*) echo 武汉市新洲区;; *-chongyangcounty.*) echo 崇阳县;;
  *-laizhoucountycity.*) echo 莱州市;; *-huangyandistrict.*) echo 台州市黄岩区;; *-juxiancounty.*) echo 莒县;;
  *-gaomicountycity.*) echo 高密市;; *-shangyudistrict.*) echo 绍兴市上虞区;; *-tanchengcounty.*) echo 郯城县;;
  *-anqiucountycity.*) echo 安丘市;; *-luqiaodistrict.*) echo 台州市路桥区;; *-pingyicounty.*) echo 平邑县;;
  *-lelingcountycity.*) echo 乐陵市;; *-xiuzhoudistrict.*) echo 嘉兴市秀洲区;; *-feixiancounty.*) echo 费县;;
  *-changyicountycity.*) echo 昌邑市;; *-wuchengdistrict.*) echo 金华市婺城区;; *-yinancounty.*) echo 沂南县;;
  *-dongtaicountycity.*) echo 东台市;; *-jiaojiangdistrict.*) echo 台州市椒江区;; *-mengyincounty.*) echo 蒙阴县;;
  *-gaoyoucountycity.*) echo 高邮市;; *-yuechengdistrict.*) echo 绍兴市越城区;; *-qingyuncounty.*) echo 庆云县;;
  *-yizhengcountycity.*) echo 仪征市;; *-nanhudistrict.*) echo 嘉兴市南湖区;; *-yangxincounty.*) echo 阳信县;;
  *-jingjiangcountycity.*) echo 靖江市;; *-beilundistrict.*) echo 宁波市北仑区;; *-boxingcounty.*) echo 博兴县;;
  *-haiyangcountycity.*) echo 海阳市;; *-dinghaidistrict.*) echo 舟山市定海区;; *-ningyangcounty.*) echo 宁阳县;;
  *-zoupingcountycity.*) echo 邹平市;; *-wendengdistrict.*) echo 威海市文登区;; *-dongpingcounty.*) echo 东平县;;
  *-longkoucountycity.*) echo 龙口市;; *-fushandistrict.*) echo 烟台市福山区;; *-liangshancounty.*) echo 梁山县;;
  *-dengfengcountycity.*) echo 登封市;; *-putuodistrict.*) echo 舟山市普陀区;; *-yutaicounty.*) echo 鱼台县;;
  *-wuancountycity.*) echo 武安市;; *-linzidistrict.*) echo 淄博市临淄区;; *-juanchengcounty.*) echo 鄄城县;;
  *-xinjicountycity.*) echo 辛集市;; *-zhangdiandistrict.*) echo 淄博市张店区;; *-shancounty.*) echo 单县;;
  *-dingzhoucountycity.*) echo 定州市;; *-kuiwendistrict.*) echo 潍坊市奎文区;; *-gaoqingcounty.*) echo 高青县;;
  *-jinzhoucountycity.*) echo 晋州市;; *-dongchangfudistrict.*) echo 聊城市东昌府区;; *-yiyuancounty.*) echo 沂源县;;
  *-bazhoucountycity.*) echo 霸州市;; *-dechengdistrict.*) echo 德州市德城区;; *-xiancounty.*) echo 献县;;
  *-renqiucountycity.*) echo 任丘市;; *-hekoudistrict.*) echo 东营市河口区;; *-zaoqiangcounty.*) echo 枣强县;;
  *-luanzhoucountycity.*) echo 滦州市;; *-jizhoudistrict.*) echo 衡水市冀州区;; *-raoyangcounty.*) echo 饶阳县;;
  *-weihuicountycity.*) echo 卫辉市;; *-luanchengdistrict.*) echo 石家庄市栾城区;; *-wujicounty.*) echo 无极县;;
  *-wugangcountycity.*) echo 舞钢市;; *-gaochengdistrict.*) echo 石家庄市藁城区;; *-lingshoucounty.*) echo 灵寿县;;
  *-mengzhoucountycity.*) echo 孟州市;; *-luquandistrict.*) echo 石家庄市鹿泉区;; *-pingshancounty.*) echo 平山县;;
  *-lingbaocountycity.*) echo 灵宝市;; *-yanshidistrict.*) echo 洛阳市偃师区;; *-yichuancounty.*) echo 伊川县;;
  *-yongchengcountycity.*) echo 永城市;; *-hongqidistrict.*) echo 新乡市红旗区;; *-luoningcounty.*) echo 洛宁县;;
  *-countycity.*) echo 乐清市;; *-hncounty.*) echo 攸县;; *-sccounty.*) echo 仁寿县;; *-gddistrict.*) echo 佛山市南海区;; *-sdistrict.*) echo 济南市历城区;; *-gxdistrict.*) echo 南宁市青秀区;; *-gxcounty.*) echo 宾阳县;;
  *-district.*) echo 杭州市西湖区;; *-zone.*) echo 长兴经济技术开发区;; *-changed.*) echo 杭州市临安区;;
  *-quzhou.*) echo 衢州市;; *-yuhang.*) echo 杭州市余杭区;; *-boluo.*) echo 博罗县;; *-banner.*) echo 准格尔旗;; *city*) echo 湖州市;; *) echo 安吉县;;
esac
