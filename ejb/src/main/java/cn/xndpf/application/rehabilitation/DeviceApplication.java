package cn.xndpf.application.rehabilitation;

import java.io.Serializable;
import java.time.LocalDate;

/** An application for an assistive device of the catalogue (辅助器具申请), by device code. Raw input. */
public record DeviceApplication(String idNumber, String deviceCode, LocalDate appliedOn) implements Serializable {
}
