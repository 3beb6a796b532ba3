package cn.xndpf.it.person;

import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.person.CertificateStatus;
import cn.xndpf.domain.person.DisabilityCategory;
import cn.xndpf.domain.person.PersonRepository;
import cn.xndpf.domain.person.RegistryEntry;
import cn.xndpf.domain.person.RegistryQuery;
import cn.xndpf.domain.shared.PlatformClock;
import cn.xndpf.it.Deployments;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JPA registry repository against the real data source, checked against plain SQL. */
@ExtendWith(ArquillianExtension.class)
class PersonRepositoryIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.earWithTests(PersonRepositoryIT.class);
    }

    @Inject
    private PersonRepository people;

    @Resource(lookup = "jdbc/dpf")
    private DataSource dataSource;

    private static RegistryQuery within(String division, DisabilityCategory category, CertificateStatus status) {
        return new RegistryQuery(DivisionCode.of(division), null, null, category, null, status, "name", true);
    }

    @Test
    void countsMatchSql() throws Exception {
        assertEquals(sql("SELECT COUNT(*) FROM person WHERE division_code LIKE '630102%'"),
                people.count(within("630102", null, null)));
        assertEquals(sql("SELECT COUNT(*) FROM person p JOIN certificate c ON c.person_id = p.id AND c.current_cert = 1"
                        + " WHERE p.division_code LIKE '6301%' AND c.category = 4 AND c.status = 'VALID'"),
                people.count(within("630100", DisabilityCategory.PHYSICAL, CertificateStatus.VALID)));
    }

    @Test
    void pagesAreSortedAndFiltered() {
        List<RegistryEntry> page = people.search(within("630106", DisabilityCategory.MENTAL, null), 0, 20);
        assertTrue(page.size() > 0);
        page.forEach(r -> {
            assertEquals(DisabilityCategory.MENTAL, r.category());
            assertTrue(r.division().value().startsWith("630106"));
        });
        for (int i = 1; i < page.size(); i++) {
            assertTrue(page.get(i - 1).name().compareTo(page.get(i).name()) <= 0, "sorted by name");
        }
        RegistryEntry first = page.get(0);
        String fullId = people.find(first.personId()).orElseThrow().idNumber().value();
        List<RegistryEntry> byId = people.search(new RegistryQuery(DivisionCode.of("630100"), fullId, null, null,
                null, null, null, true), 0, 5);
        assertEquals(1, byId.size());
        assertEquals(first.personId(), byId.get(0).personId());
    }

    @Test
    void holderCountsMatchSql() throws Exception {
        long counted = people.countHolders(DivisionCode.of("630121"), PlatformClock.today()).stream()
                .mapToLong(PersonRepository.HolderCount::holders).sum();
        assertEquals(sql("SELECT COUNT(*) FROM certificate WHERE division_code LIKE '630121%' AND status = 'VALID'"),
                counted);
    }

    private long sql(String query) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(query);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
