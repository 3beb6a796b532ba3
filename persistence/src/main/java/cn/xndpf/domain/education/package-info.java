/**
 * Education (教育): students of disabled families and disabled students, the grant per school year
 * (助学金) as a program case, and the pure rules that decide it. The case's person is the certificate
 * holder; the student's own data lives in the education case table.
 */
package cn.xndpf.domain.education;
