/** Culture and sports (文体) services: events recorded and listed for a jurisdiction. */
package cn.xndpf.application.culture;
