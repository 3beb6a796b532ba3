/**
 * Rights protection (权益保障) services: petitions (信访) from registration to closure, with the statutory
 * deadlines of the settings in force on the day each was received. Legal aid and the wheelchair fuel subsidy
 * are not built yet.
 */
package cn.xndpf.application.rights;
