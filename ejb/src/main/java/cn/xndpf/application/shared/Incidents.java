package cn.xndpf.application.shared;

import cn.xndpf.domain.shared.PlatformClock;

import java.security.SecureRandom;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * An unexpected failure (事件) as the platform reports it: the user, the partner's program or the SOAP
 * client gets only an incident number (事件编号), the server log gets the number with the whole exception
 * chain. Screens, the REST API, the SOAP services and the batch jobs (a failed roll shows its number) all
 * number their failures here, so operators can find what a user reports by searching server.log for the
 * number.
 */
public final class Incidents {

    /** What an incident number looks like: the day in Beijing and six letters or digits. */
    public static final Pattern NUMBER = Pattern.compile("\\d{8}-[0-9A-HJ-NP-Z]{6}");

    private static final Logger LOG = Logger.getLogger("cn.xndpf.incident");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Incidents() {
    }

    /** Numbers the failure and logs it with its cause chain; returns the number to show the caller. */
    public static String record(String where, Throwable failure) {
        StringBuilder n = new StringBuilder(DAY.format(ZonedDateTime.now(PlatformClock.ZONE))).append('-');
        for (int i = 0; i < 6; i++) {
            n.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        String number = n.toString();
        LOG.log(Level.SEVERE, "Incident " + number + " (" + where + ")", failure);
        return number;
    }
}
