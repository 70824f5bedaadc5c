package dev.baton.modeling;

import static java.nio.charset.StandardCharsets.UTF_8;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.Deployment;
import org.springframework.stereotype.Service;

/**
 * Publishes a process model: the BPMN and its forms become one Camunda deployment. Duplicate
 * filtering compares with the latest deployment of the same name, so publishing unchanged files
 * creates no version and changing any file creates exactly one.
 */
@Service
public class ProcessPublisher {

    static final String SOURCE = "baton";

    private final RepositoryService repositoryService;

    ProcessPublisher(RepositoryService repositoryService) {
        this.repositoryService = repositoryService;
    }

    /** @return the deployment id and whether a new version was created */
    public PublishResult publish(ProcessBundle bundle) {
        DeploymentBuilder builder = repositoryService.createDeployment()
                .name(bundle.name())
                .source(SOURCE)
                .enableDuplicateFiltering(false)
                .addString(bundle.bpmnResource(), new String(bundle.bpmn(), UTF_8));
        bundle.forms().forEach((resource, json) ->
                builder.addString(resource, new String(json, UTF_8)));
        String previous = latestDeploymentId(bundle.name());
        Deployment deployment = builder.deploy();
        return new PublishResult(deployment.getId(), !deployment.getId().equals(previous));
    }

    private String latestDeploymentId(String name) {
        Deployment latest = repositoryService.createDeploymentQuery()
                .deploymentName(name)
                .deploymentSource(SOURCE)
                .orderByDeploymentTime().desc()
                .listPage(0, 1).stream().findFirst().orElse(null);
        return latest == null ? null : latest.getId();
    }

    public record PublishResult(String deploymentId, boolean newVersion) {
    }
}
