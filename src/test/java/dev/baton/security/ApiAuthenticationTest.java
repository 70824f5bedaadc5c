package dev.baton.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.baton.support.BatonTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** API clients: HTTP Basic or nothing; the engine REST API only for administrators and designers. */
@BatonTest
@AutoConfigureMockMvc
class ApiAuthenticationTest {

    @Autowired
    MockMvc http;
    @Autowired
    HistoryService history;
    @Autowired
    IdentityService identityService;

    @Test
    void apiCallWithoutCredentialsGets401ProblemAndRunsNoEngineCommand() throws Exception {
        // given the number of process instances so far
        long before = history.createHistoricProcessInstanceQuery().count();
        // when anonymous callers try to read the API and start a process through the engine REST API
        http.perform(get("/api/auth/whoever")).andExpect(status().isUnauthorized());
        http.perform(get("/engine-rest/process-definition"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(jsonPath("$.status").value(401));
        http.perform(post("/engine-rest/process-definition/key/leave-request/start")
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());
        // then nothing was started
        assertThat(history.createHistoricProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void wrongBasicPasswordGets401() throws Exception {
        http.perform(get("/engine-rest/process-definition").with(httpBasic("designer", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("auth.badCredentials"));
    }

    @Test
    void employeeGets403OnTheEngineRestApi() throws Exception {
        http.perform(get("/engine-rest/process-definition").with(httpBasic("zhangwei", "demo")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("auth.forbidden"));
    }

    @Test
    void designerAndAdministratorReachTheEngineRestApi() throws Exception {
        http.perform(get("/engine-rest/process-definition").with(httpBasic("designer", "demo")))
                .andExpect(status().isOk());
        http.perform(get("/engine-rest/version").with(httpBasic("admin", "demo")))
                .andExpect(status().isOk());
    }

    @Test
    void engineCallRunsAsTheCallerAndForgetsThemAfterwards() throws Exception {
        // when the designer starts a process through the engine REST API
        MvcResult result = http.perform(post("/engine-rest/process-definition/key/leave-request/start")
                        .with(httpBasic("designer", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"variables\":{\"days\":{\"value\":1,\"type\":\"Integer\"}}}"))
                .andExpect(status().isOk())
                .andReturn();
        String instanceId = com.jayway.jsonpath.JsonPath.read(result.getResponse().getContentAsString(), "$.id");
        // then the engine saw the designer as the caller
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery().processInstanceId(instanceId).singleResult();
        assertThat(instance.getStartUserId()).isEqualTo("designer");
        // and the identity is gone once the request is over (MockMvc runs on this thread)
        assertThat(identityService.getCurrentAuthentication()).isNull();
    }

    @Test
    void engineOperationLogNamesTheCaller() throws Exception {
        // when the administrator suspends and re-activates a process definition through the engine REST API
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/engine-rest/process-definition/key/leave-request/suspended")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suspended\":true,\"includeProcessInstances\":false}"))
                .andExpect(status().isNoContent());
        http.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .put("/engine-rest/process-definition/key/leave-request/suspended")
                        .with(httpBasic("admin", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"suspended\":false,\"includeProcessInstances\":false}"))
                .andExpect(status().isNoContent());
        // then the user operation log (written only for authenticated callers) names the admin
        assertThat(history.createUserOperationLogQuery().processDefinitionKey("leave-request")
                .operationType(UserOperationLogEntry.OPERATION_TYPE_SUSPEND_PROCESS_DEFINITION).list())
                .extracting(UserOperationLogEntry::getUserId).contains("admin");
    }
}
