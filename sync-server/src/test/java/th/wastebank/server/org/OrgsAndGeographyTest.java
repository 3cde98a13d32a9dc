package th.wastebank.server.org;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import th.wastebank.server.support.Api;
import th.wastebank.server.support.Db;
import th.wastebank.server.support.ServerTestBase;
import th.wastebank.server.support.SharedServer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@SharedServer
class OrgsAndGeographyTest extends ServerTestBase {
    @Inject
    Geography geography;

    @Test
    void theBundledGeographyIsLoadedInFull() {
        assertEquals(77, Db.count("SELECT COUNT(*) FROM province"));
        assertEquals(929, Db.count("SELECT COUNT(*) FROM district"));
        assertEquals(7451, Db.count("SELECT COUNT(*) FROM sub_district"));
        assertEquals("ชัยภูมิ", Db.string("SELECT name_th FROM province WHERE code = '36'"));
        assertEquals("เทพสถิต", Db.string("SELECT name_th FROM district WHERE code = '3609'"));
    }

    @Test
    void demoModeMakesOneOrgPerSubDistrictAndIsIdempotent() {
        geography.createDemoOrgs();
        long demo = geography.createDemoOrgs();
        assertEquals(7451, demo);
        assertEquals("อบต.นายางกลัก", Db.string("SELECT name_th FROM org WHERE code = '360903'"));
        assertEquals("3609", Db.string("SELECT district_code FROM org WHERE code = '360903'"));
        assertEquals(0, Db.count("SELECT COUNT(*) FROM org o LEFT JOIN sync_state s ON s.org_id = o.id WHERE s.org_id IS NULL"));
    }

    @Test
    void theRegisterImportsGoodRowsAndReportsBadOnesByLine() {
        String csv = """
                code,name_th,kind,sub_district_code
                6360901,เทศบาลตำบลท่าสองยาง,เทศบาลตำบล,630901
                6360902,องค์การบริหารส่วนตำบลแม่ต้าน,อบต.,630902
                bad code!,ชื่อ,อบต.,630903
                6360904,อบต.ไม่มีตำบล,อบต.,999999
                6360905,อบต.ประเภทแปลก,สหกรณ์,630901
                """;
        Api.Response r = api().postTyped("/api/v1/admin/orgs/import", csv, "text/csv", ADMIN_TOKEN);
        assertEquals(200, r.status(), r.body());
        assertEquals(2, ((Number) r.json().get("imported")).intValue());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) r.json().get("errors");
        assertEquals(List.of(4L, 5L, 6L), errors.stream().map(e -> ((Number) e.get("line")).longValue()).toList());
        assertEquals("SUBDISTRICT_MUNICIPALITY", Db.string("SELECT kind FROM org WHERE code = '6360901'"));
        assertEquals("63", Db.string("SELECT province_code FROM org WHERE code = '6360902'"));

        Api.Response again = api().postTyped("/api/v1/admin/orgs/import",
                "code,name_th,kind,sub_district_code\n6360901,เทศบาลตำบลท่าสองยาง (แก้ชื่อ),ทต.,630901\n", "text/csv",
                ADMIN_TOKEN);
        assertEquals(1, ((Number) again.json().get("imported")).intValue());
        assertEquals("เทศบาลตำบลท่าสองยาง (แก้ชื่อ)", Db.string("SELECT name_th FROM org WHERE code = '6360901'"));
    }

    @Test
    void aRegisterWithoutTheRightHeaderIsRefusedClearly() {
        Api.Response r = api().postTyped("/api/v1/admin/orgs/import", "a,b\n1,2\n", "text/csv", ADMIN_TOKEN);
        assertEquals(0, ((Number) r.json().get("imported")).intValue());
        assertTrue(r.body().contains("sub_district_code"), r.body());
    }
}
