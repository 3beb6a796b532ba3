/**
 * Employment (就业, DOMAIN.md §4 item 6, issue 8): employers (用人单位) identified by their unified social credit
 * code, their annual quota declarations (按比例就业年审申报) with the disabled employees declared, the rules that
 * verify each employee, and the employment security fund (残疾人就业保障金) computed line by line under the dated
 * rules of its year. Sheltered employment, training, job fairs and placements are not here yet.
 */
package cn.xndpf.domain.employment;
