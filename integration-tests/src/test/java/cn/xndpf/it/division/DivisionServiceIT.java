package cn.xndpf.it.division;

import cn.xndpf.application.division.DivisionService;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.shared.InvalidValueException;
import cn.xndpf.it.Deployments;
import cn.xndpf.it.StaffLogin;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The division tree: Xining's seven county-level divisions from the migrations, the rest loaded as data. */
@ExtendWith(ArquillianExtension.class)
class DivisionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(DivisionServiceIT.class);
    }

    @EJB
    private DivisionService divisions;

    @Test
    void xiningHasItsSevenCountyLevelDivisions() {
        List<Division> counties = divisions.children(DivisionCode.of("630100"));
        assertEquals(List.of("630102", "630103", "630104", "630105", "630106", "630121", "630123"),
                counties.stream().map(d -> d.code().value()).toList());
        assertEquals("大通回族土族自治县", counties.get(5).name());
        counties.forEach(c -> assertEquals(DivisionLevel.COUNTY, c.level()));
        assertTrue(divisions.children(DivisionCode.of("630102")).size() >= 5, "generated streets below 城东区");
    }

    @Test
    void administratorsLoadDivisionsFromCsvAllOrNothing() {
        StaffLogin.as("admin", "admin123");
        String csv = "code,name,parentCode,urban\n630123901,测试镇,630123,0\n630123901001,测试村,630123901,0\n";
        assertEquals(2, divisions.load(new StringReader(csv)));
        assertEquals(0, divisions.load(new StringReader(csv)), "loading twice adds nothing");
        assertEquals("测试村", divisions.find(DivisionCode.of("630123901001")).orElseThrow().name());

        String bad = "630123902,好镇,630123,0\n630123902001,孤村,630123999,0\n";
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> divisions.load(new StringReader(bad)));
        assertEquals("line 2", e.field());
        assertTrue(divisions.find(DivisionCode.of("630123902")).isEmpty(), "the good line before was rolled back");
    }

    @Test
    void onlyAdministratorsLoadDivisions() {
        StaffLogin.as("chengdong", "district123");
        assertThrows(EJBAccessException.class,
                () -> divisions.load(new StringReader("630102901,某街道,630102,1\n")));
    }
}
