package cn.xndpf.it.web;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * What every browser test needs around its steps: a screenshot in {@code target/screenshots/} when a test
 * fails, named after the class and the test, and the shared browser closed after the class. Used as
 * {@code @ExtendWith({ArquillianExtension.class, StaffBrowserExtension.class})}.
 */
public class StaffBrowserExtension implements TestWatcher, AfterAllCallback {

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        StaffBrowser browser = StaffBrowser.sharedIfStarted();
        if (browser != null) {
            browser.screenshot(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        StaffBrowser.closeShared();
    }
}
