package cn.xndpf.application.rights;

import java.io.Serializable;

/** An application for the fuel subsidy (机动轮椅车燃油补贴): the owner's ID number, the year, the plate. */
public record FuelSubsidyApplication(String idNumber, Integer year, String vehiclePlate) implements Serializable {
}
