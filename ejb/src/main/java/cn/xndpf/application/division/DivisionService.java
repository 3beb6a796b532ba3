package cn.xndpf.application.division;

import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.security.CurrentStaff;
import cn.xndpf.application.security.Roles;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionCode;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.shared.InvalidValueException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The division tree (行政区划): read by everyone, loaded and edited by administrators as data. */
@Stateless
@PermitAll
public class DivisionService {

    @Inject
    private DivisionRepository divisions;

    @Inject
    private CurrentStaff currentStaff;

    @Inject
    private AuditTrail audit;

    public Optional<Division> find(DivisionCode code) {
        return divisions.find(code);
    }

    public List<Division> children(DivisionCode parent) {
        return divisions.children(parent);
    }

    public List<Division> subtree(DivisionCode root) {
        return divisions.subtree(root);
    }

    /** The caller's jurisdiction and everything below it, for pickers. */
    @RolesAllowed({Roles.COMMUNITY_WORKER, Roles.TOWNSHIP_CLERK, Roles.DISTRICT_STAFF, Roles.DISTRICT_CIVIL_AFFAIRS,
            Roles.CITY_STAFF, Roles.ADMIN})
    public List<Division> myDivisions() {
        return divisions.subtree(currentStaff.require().jurisdiction());
    }

    /**
     * Loads divisions from CSV lines {@code code,name,parentCode,urban(1|0)}, parents before children.
     * All or nothing: one bad line rolls back the whole file and names the line.
     *
     * @return the number of divisions added (existing codes are left as they are)
     */
    @RolesAllowed(Roles.ADMIN)
    public int load(Reader csv) {
        List<Division> added = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(csv)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("code,")) {
                    continue;
                }
                Division d = parse(line, lineNo);
                if (divisions.find(d.code()).isEmpty()) {
                    divisions.store(d);
                    added.add(d);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String actor = currentStaff.require().username();
        audit.record(actor, AuditAction.CREATE, "Division", "csv", null, "导入行政区划 " + added.size() + " 条", null, null);
        return added.size();
    }

    private Division parse(String line, int lineNo) {
        String[] f = line.split(",", -1);
        if (f.length < 4) {
            throw new InvalidValueException("line " + lineNo, "division.format", line);
        }
        DivisionCode code = DivisionCode.of(f[0]);
        DivisionCode parent = DivisionCode.of(f[2]);
        if (divisions.find(parent).isEmpty()) {
            throw new InvalidValueException("line " + lineNo, "division.unknown", parent.value());
        }
        return new Division(code, f[1].trim(), parent, "1".equals(f[3].trim()));
    }
}
