package dev.baton.tasks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Starts shipped processes as a demo employee and finds their open tasks, for task tests.
 */
final class TaskFixture {

	private final RuntimeService runtime;

	private final TaskService tasks;

	private final IdentityService identity;

	TaskFixture(RuntimeService runtime, TaskService tasks, IdentityService identity) {
		this.runtime = runtime;
		this.tasks = tasks;
		this.identity = identity;
	}

	ProcessInstance leave(String initiator, double days) {
		Map<String, Object> data = new HashMap<>();
		data.put("leaveType", "annual");
		data.put("startDate", "2030-05-06");
		data.put("endDate", "2030-05-10");
		data.put("days", days);
		data.put("reason", "探亲 Family visit");
		return start("leave-request", initiator, data);
	}

	ProcessInstance purchase(String initiator, double total) {
		Map<String, Object> data = new HashMap<>();
		data.put("title", "笔记本电脑 Laptops");
		data.put("reason", "新员工 New staff");
		data.put("total", total);
		return start("purchase-request", initiator, data);
	}

	ProcessInstance start(String processKey, String initiator, Map<String, Object> data) {
		identity.setAuthenticatedUserId(initiator);
		try {
			return runtime.startProcessInstanceByKey(processKey, "T-" + UUID.randomUUID(), data);
		}
		finally {
			identity.clearAuthentication();
		}
	}

	Task openTask(ProcessInstance instance) {
		List<Task> open = openTasks(instance);
		if (open.size() != 1) {
			throw new AssertionError("expected one open task, found " + open);
		}
		return open.get(0);
	}

	List<Task> openTasks(ProcessInstance instance) {
		return tasks.createTaskQuery().processInstanceId(instance.getId()).list();
	}

	boolean ended(ProcessInstance instance) {
		return runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
	}

}
