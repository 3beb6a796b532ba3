package cn.xndpf.application.security;

import cn.xndpf.application.shared.DemoSettings;
import cn.xndpf.application.audit.AuditTrail;
import cn.xndpf.application.shared.RunClaims;
import cn.xndpf.domain.audit.AuditAction;
import cn.xndpf.domain.division.Division;
import cn.xndpf.domain.division.DivisionLevel;
import cn.xndpf.domain.division.DivisionRepository;
import cn.xndpf.domain.security.StaffRole;
import cn.xndpf.domain.security.StaffUser;
import cn.xndpf.domain.security.StaffUserRepository;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * An installation without demo data starts with no account at all: on the first start this creates the
 * one administrator ({@value #USERNAME}, the city's jurisdiction) with a random password that must be
 * changed at the first sign-in, written (readable by the server's user only) to
 * {@code <domain>/config/dpf-first-admin.txt}, never to the log. Nothing happens once any account exists, nor
 * in a demo installation (the demo loader writes the demo accounts, on a cluster perhaps on another instance
 * still writing them). Of a cluster's instances starting together on an empty database, the one that claims
 * the work creates the administrator, and its file is in that instance's {@code config} directory.
 */
@Singleton
@Startup
@DependsOn("DemoDataLoader")
public class FirstAdministrator {

    static final String USERNAME = "admin";
    private static final String FILE = "dpf-first-admin.txt";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    @Inject
    private StaffUserRepository users;

    @Inject
    private DivisionRepository divisions;

    @EJB
    private AuditTrail audit;

    @EJB
    private RunClaims claims;

    @PostConstruct
    void createIfNoAccountExists() {
        if (DemoSettings.isDemo() || !users.all().isEmpty()) {
            return;
        }
        List<Division> cities = divisions.atLevel(DivisionLevel.CITY);
        if (cities.size() != 1) {
            LOG.warning("No staff account and not exactly one city division: no first administrator created");
            return;
        }
        if (!claims.claim("first-administrator")) {
            LOG.info("First administrator: another server of this cluster creates it");
            return;
        }
        String password = randomPassword();
        StaffUser admin = new StaffUser(USERNAME, "系统管理员", PasswordHasher.hash(password), StaffRole.ADMIN,
                cities.get(0).code());
        admin.assignPassword(admin.passwordHash());
        users.store(admin);
        audit.record("system", AuditAction.CREATE, StaffDirectory.ENTITY, USERNAME, cities.get(0).code().value(),
                "首次启动创建管理员 first administrator created", null,
                Map.of("username", USERNAME, "role", StaffRole.ADMIN.name(), "mustChangePassword", true));
        Path file = write(password);
        LOG.warning(() -> "No staff account existed: administrator '" + USERNAME + "' created; its one-time"
                + " password is in " + file + " (change it at the first sign-in, then delete the file)");
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder("Dpf-");
        for (int i = 0; i < 16; i++) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.append("-9").toString();
    }

    private static Path write(String password) {
        String root = System.getProperty("com.sun.aas.instanceRoot", System.getProperty("java.io.tmpdir"));
        Path file = Paths.get(root, "config", FILE);
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the domain directory's own permissions protect it
            }
            Files.writeString(file, USERNAME + "\n" + password + "\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first administrator's password to " + file, e);
        }
    }
}
