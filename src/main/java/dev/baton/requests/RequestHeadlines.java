package dev.baton.requests;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

/** The headlines of requests, for modules that tell people about them. */
@Service
public class RequestHeadlines {

	private final RequestStore store;

	RequestHeadlines(RequestStore store) {
		this.store = store;
	}

	/**
	 * The requests of these process instances, in one look-up; instances that are not
	 * Baton requests are left out.
	 * @return the headlines by process instance id
	 */
	public Map<String, RequestHeadline> ofInstances(Collection<String> processInstanceIds) {
		if (processInstanceIds.isEmpty()) {
			return Map.of();
		}
		return store.findAllByInstance(processInstanceIds.stream().distinct().toList())
			.stream()
			.map(row -> new RequestHeadline(row.id(), row.processInstanceId(), row.processKey(), row.title(),
					row.initiatorId()))
			.collect(Collectors.toMap(RequestHeadline::processInstanceId, Function.identity(), (a, b) -> a));
	}

}
