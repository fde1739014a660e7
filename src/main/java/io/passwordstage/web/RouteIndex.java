package io.passwordstage.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The request mappings that could match a path, found by the path's leading segments
 * instead of by trying every mapping: each mapping is filed under the literal segments
 * its patterns start with (at most {@link #DEPTH}), and a path's candidates are the
 * mappings filed under any of its own leading segments. A superset of the mappings whose
 * patterns match the path, for any path without percent-encoding or path parameters
 * (whose segments are compared decoded and stripped, and so are not looked up here).
 */
final class RouteIndex {

	/**
	 * Enough leading segments to tell this API's resources apart
	 * (/api/v3/stages/password).
	 */
	static final int DEPTH = 4;

	private final Map<String, List<RequestMappingInfo>> candidates;

	private final Map<RequestMappingInfo, HandlerMethod> handlerMethods;

	private RouteIndex(Map<String, List<RequestMappingInfo>> candidates,
			Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		this.candidates = candidates;
		this.handlerMethods = handlerMethods;
	}

	/**
	 * An index of these mappings, or {@code null} if one of them has no path patterns
	 * parsed by {@link PathPattern} (it could match anything, so nothing is saved).
	 */
	static RouteIndex of(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		Map<String, List<RequestMappingInfo>> filed = new HashMap<>();
		for (RequestMappingInfo info : handlerMethods.keySet()) {
			if (info.getPathPatternsCondition() == null || info.getPathPatternsCondition().getPatterns().isEmpty()) {
				return null;
			}
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				List<RequestMappingInfo> mappings = filed.computeIfAbsent(key(pattern.getPatternString()),
						k -> new ArrayList<>());
				if (!mappings.contains(info)) {
					mappings.add(info);
				}
			}
		}
		// each key's candidates: its own mappings and those of every shorter key it
		// starts with
		Map<String, List<RequestMappingInfo>> candidates = new HashMap<>();
		for (String key : filed.keySet()) {
			List<RequestMappingInfo> all = new ArrayList<>();
			for (String prefix : prefixes(key)) {
				for (RequestMappingInfo info : filed.getOrDefault(prefix, List.of())) {
					if (!all.contains(info)) {
						all.add(info);
					}
				}
			}
			candidates.put(key, List.copyOf(all));
		}
		return new RouteIndex(candidates, Map.copyOf(handlerMethods));
	}

	/**
	 * The mappings that could match this lookup path, or {@code null} where the index
	 * cannot tell (an encoded or parameterised path, or one under no key).
	 */
	List<RequestMappingInfo> candidates(String lookupPath) {
		if (lookupPath.isEmpty() || lookupPath.charAt(0) != '/' || lookupPath.indexOf('%') >= 0
				|| lookupPath.indexOf(';') >= 0) {
			return null;
		}
		// the deepest of the path's leading-segment keys that is filed
		int[] ends = new int[DEPTH + 1];
		int depth = 0;
		for (int i = 1; i < lookupPath.length() && depth < DEPTH; i++) {
			if (lookupPath.charAt(i) == '/') {
				ends[++depth] = i;
			}
		}
		// a last segment without a slash after it is a segment too
		if (depth < DEPTH && lookupPath.length() > 1 && lookupPath.charAt(lookupPath.length() - 1) != '/') {
			ends[++depth] = lookupPath.length();
		}
		for (int d = depth; d >= 0; d--) {
			List<RequestMappingInfo> found = this.candidates.get(d == 0 ? "" : lookupPath.substring(1, ends[d]));
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	HandlerMethod handlerMethod(RequestMappingInfo info) {
		return this.handlerMethods.get(info);
	}

	/**
	 * The literal segments a pattern starts with, at most {@link #DEPTH}, joined by
	 * slashes and without the leading one: {@code api/v3/stages/password} for
	 * {@code /api/v3/stages/password/{stage_uuid}/}.
	 */
	static String key(String pattern) {
		int special = pattern.length();
		for (int i = 0; i < pattern.length(); i++) {
			if ("{}*?".indexOf(pattern.charAt(i)) >= 0) {
				special = i;
				break;
			}
		}
		// the segments wholly before the first special character (a pattern without
		// one is literal to its end)
		String literal = special == pattern.length() ? pattern + "/" : pattern.substring(0, special);
		literal = literal.substring(0, literal.lastIndexOf('/') + 1);
		if (!literal.startsWith("/")) {
			return "";
		}
		String[] segments = literal.substring(1).split("/", -1);
		int count = Math.min(DEPTH, segments.length - 1);
		return String.join("/", Arrays.asList(segments).subList(0, count));
	}

	/** The key and every shorter key it starts with, from "" up. */
	private static List<String> prefixes(String key) {
		List<String> prefixes = new ArrayList<>();
		prefixes.add("");
		if (!key.isEmpty()) {
			int slash = key.indexOf('/');
			while (slash >= 0) {
				prefixes.add(key.substring(0, slash));
				slash = key.indexOf('/', slash + 1);
			}
			prefixes.add(key);
		}
		return prefixes;
	}

}
