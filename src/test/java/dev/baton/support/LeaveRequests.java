package dev.baton.support;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;

/**
 * Starts a leave request the way an employee does (POST /api/requests on the running
 * server); one day off goes to the employee's direct manager.
 */
public final class LeaveRequests {

	private LeaveRequests() {
	}

	/**
	 * @return the request's id (also the process instance's business key)
	 */
	public static String start(Http http, String employee, double days) {
		String body = "{\"processKey\":\"leave-request\",\"data\":{\"leaveType\":\"annual\","
				+ "\"startDate\":\"2030-05-06\",\"endDate\":\"2030-05-10\",\"days\":" + days
				+ ",\"reason\":\"探亲 Family visit\"}}";
		HttpResponse<String> response = http.send(http.request("/api/requests", employee, "demo")
			.header("Content-Type", "application/json")
			.POST(Http.json(body)));
		if (response.statusCode() != 201) {
			throw new AssertionError("starting a leave request: " + response.statusCode() + " " + response.body());
		}
		return JsonPath.read(response.body(), "$.id");
	}

}
