package dev.baton.operations;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;

/**
 * Where a process instance is now, from its activity instance tree: the activities it
 * waits in and the ones it is about to enter or leave (an asynchronous continuation, e.g.
 * a failed job), with the instance ids a modification cancels.
 */
record ActivePlaces(List<String> activityInstanceIds, List<String> transitionInstanceIds, Set<String> activityIds) {

	static ActivePlaces of(ActivityInstance root) {
		List<String> activities = new ArrayList<>();
		List<String> transitions = new ArrayList<>();
		Set<String> ids = new LinkedHashSet<>();
		if (root != null) {
			collect(root, activities, transitions, ids);
		}
		return new ActivePlaces(List.copyOf(activities), List.copyOf(transitions), ids);
	}

	private static void collect(ActivityInstance instance, List<String> activities, List<String> transitions,
			Set<String> ids) {
		for (TransitionInstance transition : instance.getChildTransitionInstances()) {
			transitions.add(transition.getId());
			ids.add(transition.getActivityId());
		}
		for (ActivityInstance child : instance.getChildActivityInstances()) {
			boolean leaf = child.getChildActivityInstances().length == 0
					&& child.getChildTransitionInstances().length == 0;
			if (leaf) {
				activities.add(child.getId());
				ids.add(child.getActivityId());
			}
			else {
				collect(child, activities, transitions, ids);
			}
		}
	}

}
