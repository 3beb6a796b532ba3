package cn.xndpf.application.security;

/**
 * Role names as strings for {@code @RolesAllowed}; the staff roles equal the
 * {@link cn.xndpf.domain.security.StaffRole} names. {@link #BATCH} is no staff role.
 */
public final class Roles {
    public static final String COMMUNITY_WORKER = "COMMUNITY_WORKER";
    public static final String TOWNSHIP_CLERK = "TOWNSHIP_CLERK";
    public static final String DISTRICT_STAFF = "DISTRICT_STAFF";
    public static final String DISTRICT_CIVIL_AFFAIRS = "DISTRICT_CIVIL_AFFAIRS";
    public static final String CITY_STAFF = "CITY_STAFF";
    public static final String ADMIN = "ADMIN";
    /**
     * The batch runtime's own identity (批处理身份): the only caller of the beans that do a job's steps. Only the
     * batch module's {@code @RunAs} beans run as it (principal {@value #BATCH_PRINCIPAL}, a file-realm user in
     * the group of this name that {@code dpf-server.sh} creates); no staff account or partner ever has it.
     */
    public static final String BATCH = "BATCH";
    /** The run-as principal of {@link #BATCH} (named in the batch module's glassfish-ejb-jar.xml). */
    public static final String BATCH_PRINCIPAL = "dpf-batch";
    public static final String INSTITUTION_STAFF = "INSTITUTION_STAFF";

    private Roles() {
    }
}
