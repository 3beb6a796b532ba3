/**
 * Service providers (服务机构): the registry of institutions that deliver programs' services (designated
 * rehabilitation institutions, care institutions, special schools, sheltered-employment institutions),
 * with what they are qualified for, their places and their validity. Shared by the programs that deliver
 * through institutions; it knows no program.
 */
package cn.xndpf.domain.institution;
