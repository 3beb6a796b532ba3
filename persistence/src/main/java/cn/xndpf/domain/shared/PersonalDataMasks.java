package cn.xndpf.domain.shared;

import cn.xndpf.domain.person.CertificateNumber;
import cn.xndpf.domain.person.IdNumber;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one masking rule per kind of personal value (个人信息去标识化), used on screens, in exports and in the
 * audit log alike (PIPL: minimum necessary). ID numbers keep their own rule in {@link IdNumber#masked()} and
 * {@link IdNumber#maskWithin(String)}; the other kinds are here.
 */
public final class PersonalDataMasks {

    /** Audit snapshot members that name a bank account, a phone or an address, masked by their kind. */
    private static final Set<String> BANK_ACCOUNTS = Set.of("bankAccount", "account");
    private static final Set<String> PHONES = Set.of("phone", "mobile");
    private static final Set<String> ADDRESSES = Set.of("address");

    private PersonalDataMasks() {
    }

    /** A bank account: only the last four digits, e.g. {@code ***************1234}. */
    public static String bankAccount(String account) {
        if (account == null || account.length() <= 4) {
            return account;
        }
        return "*".repeat(account.length() - 4) + account.substring(account.length() - 4);
    }

    /** A phone number: the first three and the last four characters (mobile prefix and line), e.g. {@code 138****5678}. */
    public static String phone(String phone) {
        if (phone == null || phone.isEmpty()) {
            return phone;
        }
        if (phone.length() <= 7) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }

    /**
     * An address: the first six characters (city and district, enough to place it) and nothing of the street,
     * building or door, e.g. {@code 青海省西宁市****}.
     */
    public static String address(String address) {
        if (address == null || address.isEmpty()) {
            return address;
        }
        int kept = Math.min(6, address.length() / 2);
        return address.substring(0, kept) + "****";
    }

    /**
     * A copy of an audit snapshot (before or after) with every ID number masked wherever it appears (also inside
     * a certificate number), and bank accounts, phones and addresses masked by the members that hold them,
     * in nested maps and lists too.
     */
    public static Map<String, Object> forAudit(Map<String, ?> snapshot) {
        if (snapshot == null) {
            return null;
        }
        Map<String, Object> masked = new LinkedHashMap<>();
        snapshot.forEach((name, value) -> masked.put(name, masked(name, value)));
        return masked;
    }

    @SuppressWarnings("unchecked")
    private static Object masked(String name, Object value) {
        if (value instanceof Map<?, ?> nested) {
            return forAudit((Map<String, ?>) nested);
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(item -> masked(name, item)).toList();
        }
        if (!(value instanceof CharSequence text)) {
            return value;
        }
        String s = text.toString();
        if (BANK_ACCOUNTS.contains(name)) {
            return bankAccount(s);
        }
        if (PHONES.contains(name)) {
            return phone(s);
        }
        if (ADDRESSES.contains(name)) {
            return address(s);
        }
        return CertificateNumber.maskWithin(s);
    }
}
