package cn.xndpf.application.security;

/** Role names as strings for {@code @RolesAllowed}; they equal the {@link cn.xndpf.domain.security.StaffRole} names. */
public final class Roles {
    public static final String COMMUNITY_WORKER = "COMMUNITY_WORKER";
    public static final String TOWNSHIP_CLERK = "TOWNSHIP_CLERK";
    public static final String DISTRICT_STAFF = "DISTRICT_STAFF";
    public static final String DISTRICT_CIVIL_AFFAIRS = "DISTRICT_CIVIL_AFFAIRS";
    public static final String CITY_STAFF = "CITY_STAFF";
    public static final String ADMIN = "ADMIN";
    public static final String INSTITUTION_STAFF = "INSTITUTION_STAFF";

    private Roles() {
    }
}
