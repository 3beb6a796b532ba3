/**
 * Social security (社会保障) services: inclusion of the eligible disabled people in 低保 and 特困, read on a day
 * from the household statuses civil affairs reports (no feed of its own: {@code CivilAffairsReports} keeps them).
 */
package cn.xndpf.application.socialsecurity;
