/*
 * Two repairs of PrimeFaces' date picker, applied as soon as one appears (first rendering, every ajax update,
 * every month shown: hence the observer). A file of its own, not an inline script, so that a
 * Content-Security-Policy without 'unsafe-inline' allows it.
 *
 * 1. It draws its calendar button with the hidden text "ui-button" inside and the name
 *    选择日期 / "Choose Date" in aria-label: what speech input and some screen readers take from the content
 *    no longer matches the name (WCAG 2.5.3, label in name). The button's text is set to its name.
 * 2. Its calendar is a grid whose days are links carrying aria-selected, which a link may not have
 *    (WCAG 4.1.2): the state moves to the day's cell, a grid cell, where it belongs.
 */
(function () {
    'use strict';

    function nameDatePickerButtons() {
        var buttons = document.querySelectorAll('.ui-datepicker-trigger[aria-label]');
        for (var i = 0; i < buttons.length; i++) {
            var name = buttons[i].getAttribute('aria-label');
            var text = buttons[i].querySelector('.ui-button-text');
            if (text && text.textContent !== name) {
                text.textContent = name;
            }
        }
    }

    function selectCellsNotLinks() {
        var days = document.querySelectorAll('.ui-datepicker-calendar td > a[aria-selected]');
        for (var i = 0; i < days.length; i++) {
            days[i].parentNode.setAttribute('aria-selected', days[i].getAttribute('aria-selected'));
            days[i].removeAttribute('aria-selected');
        }
    }

    function repair() {
        nameDatePickerButtons();
        selectCellsNotLinks();
    }

    repair();
    new MutationObserver(repair).observe(document.documentElement, {childList: true, subtree: true});
})();
