package io.deskpulse.app.intake;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the intake form suggests: the regions with their teams, and the category paths in use. The
 * form accepts new values too (a new team, a new category): suggestions, not a closed list.
 */
public record IntakeChoices(Map<String, List<String>> teamsByRegion, List<String> categories)
        implements Serializable {

    public static final IntakeChoices NONE = new IntakeChoices(Map.of(), List.of());

    public IntakeChoices {
        teamsByRegion = Map.copyOf(new TreeMap<>(teamsByRegion));
        categories = List.copyOf(new TreeSet<>(categories));
    }

    public List<String> regions() {
        return List.copyOf(new TreeSet<>(teamsByRegion.keySet()));
    }

    public List<String> teamsOf(String region) {
        return region == null ? List.of() : teamsByRegion.getOrDefault(region, List.of());
    }

    /** The next level's names below {@code prefix} ("" for the roots), such as {@code printer} below {@code hardware}. */
    public List<String> categoryLevel(String prefix) {
        TreeSet<String> names = new TreeSet<>();
        String start = prefix.isEmpty() ? "" : prefix + "/";
        for (String path : categories) {
            if (path.startsWith(start) && path.length() > start.length()) {
                String rest = path.substring(start.length());
                int slash = rest.indexOf('/');
                names.add(slash < 0 ? rest : rest.substring(0, slash));
            }
        }
        return new ArrayList<>(names);
    }
}
