/** Culture and sports (文体): events with their organiser, place, day and participants. No case, no review. */
package cn.xndpf.domain.culture;
