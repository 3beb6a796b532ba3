package cn.xndpf.it;

import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.event.suite.AfterSuite;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.asset.ArchiveAsset;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Deploys the platform once per failsafe run instead of once per test class. Redeploying the 27 MB EAR
 * (upload, annotation scan, EJB, CDI, JPA and JSF start) took 10-25 s for each of some sixty classes, about
 * a third of the suite. {@link Deployments} gives every class the same archive (all the module's in-server
 * test classes), so the application the first class deployed serves the next ones: this extension answers
 * a later class's deployment of {@value Deployments#EAR_NAME} with the running one and keeps it deployed
 * until the run ends.
 * <p>
 * What a class saw before and no longer does: a freshly started application. The database was shared
 * anyway; in-memory state (the sign-in throttle's counts, caches) now lasts the run, as it does on a real
 * server. A client-only deployment ({@code testable = false}, no test runner inside) serves only client-only
 * classes; an in-server class after it deploys the full archive once. A class whose archive differs from the
 * running one (a resource added to it) fails at once rather than run against an application without it. {@code -Ddpf.it.deployPerClass=true}
 * goes back to one deployment per class, to tell whether a failure comes from sharing.
 */
public class SuiteDeployment implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        if (!Boolean.getBoolean("dpf.it.deployPerClass")) {
            builder.observer(Reuse.class);
        }
    }

    /** The application deployed for the run, if any. */
    private record Running(DeployableContainer<?> container, Archive<?> archive, boolean testable,
                           ProtocolMetaData protocol, Set<String> contents) {
    }

    /** Observers of the container's deployment events (inside the deployment context Arquillian activates). */
    public static class Reuse {

        private static final Logger LOG = Logger.getLogger(SuiteDeployment.class.getName());

        /** Static: the run's one deployment, whatever instance of this observer sees the next class. */
        private static Running running;

        @Inject
        @DeploymentScoped
        private InstanceProducer<DeploymentDescription> description;

        @Inject
        @DeploymentScoped
        private InstanceProducer<Deployment> deployment;

        @Inject
        @DeploymentScoped
        private InstanceProducer<ProtocolMetaData> protocol;

        public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) throws Exception {
            DeployDeployment event = context.getEvent();
            Deployment wanted = event.getDeployment();
            DeploymentDescription wantedDescription = wanted.getDescription();
            if (!isPlatform(wantedDescription)) {
                context.proceed();
                return;
            }
            boolean testable = wantedDescription.getTestableArchive() != null;
            if (running != null && (running.testable() || !testable)) {
                if (testable && !running.contents().equals(contents(wantedDescription.getArchive()))) {
                    throw new IllegalStateException("the deployment of " + wantedDescription.getName() + " differs"
                            + " from the one running for the whole run: hand values over with HandOver rather"
                            + " than adding them to the archive");
                }
                // what ContainerDeployController.deploy leaves in the deployment context, without deploying
                description.set(wantedDescription);
                deployment.set(wanted);
                protocol.set(running.protocol());
                wanted.deployed();
                return;
            }
            if (running != null) {
                LOG.info("the running client-only deployment has no test runner: deploying the full archive");
                undeployRunning();
            }
            context.proceed();
            if (wanted.isDeployed() && !wanted.hasDeploymentError()) {
                running = new Running(event.getDeployableContainer(), testable
                        ? wantedDescription.getTestableArchive() : wantedDescription.getArchive(), testable,
                        protocol.get(), contents(wantedDescription.getArchive()));
            }
        }

        public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
            Deployment deployed = context.getEvent().getDeployment();
            if (running != null && isPlatform(deployed.getDescription())) {
                deployed.undeployed();   // stays deployed for the next class
                return;
            }
            context.proceed();
        }

        /** Before the containers stop (higher precedence runs first). */
        public void endOfRun(@Observes(precedence = 100) AfterSuite event) throws Exception {
            undeployRunning();
        }

        private static void undeployRunning() throws Exception {
            Running last = running;
            running = null;
            if (last != null) {
                last.container().undeploy(last.archive());
            }
        }

        /** Every path in the archive and the archives in it, as built by {@link Deployments}. */
        private static Set<String> contents(Archive<?> archive) {
            Set<String> paths = new TreeSet<>();
            for (Map.Entry<ArchivePath, Node> entry : archive.getContent().entrySet()) {
                String path = entry.getKey().get();
                paths.add(path);
                if (entry.getValue().getAsset() instanceof ArchiveAsset nested) {
                    contents(nested.getArchive()).forEach(inner -> paths.add(path + "!" + inner));
                }
            }
            return paths;
        }

        private static boolean isPlatform(DeploymentDescription description) {
            return description.isArchiveDeployment()
                    && Deployments.EAR_NAME.equals(description.getArchive().getName());
        }
    }
}
