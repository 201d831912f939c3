package org.mentorat.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A synthetic HR export with every documented column, the same for the same seed. With
 * {@code changeEvery > 0}, every n-th person has moved to another department (a matching-relevant
 * change), everything else identical.
 */
final class HrExport {

    private static final String HEADER = "employeeNumber,givenName,familyName,email,userName,externalId,locale,"
            + "timeZone,department,jobTitle,seniorityLevel,managerEmployeeNumber,location,remoteOk,languages,"
            + "skills,interests,values,active";
    private static final String[] GIVEN = {"Amina", "Bruno", "Chloé", "Dmitri", "Elif", "Farid", "Grace", "Hugo",
        "Inès", "Jamal", "Kenji", "Lina", "Marc", "Nadia", "Omar", "Paula", "Quentin", "Rania", "Sofia", "Tariq"};
    private static final String[] FAMILY = {"Haddad", "Martin", "Nguyen", "Okafor", "Rossi", "Dubois", "Benali",
        "Schmidt", "Kowalski", "Garcia", "Tanaka", "Moreau", "Yilmaz", "Fontaine", "Mansour", "Silva"};
    private static final String[] DEPARTMENTS = {"Finance", "Sales", "Engineering", "Legal", "Marketing", "HR",
        "Operations", "Support", "Research", "Procurement", "Security", "Design"};
    private static final String[] TITLES = {"Analyst", "Engineer", "Manager", "Director", "Consultant",
        "Specialist", "Lead", "Associate"};
    private static final String[] ZONES = {"Europe/Paris", "Africa/Casablanca", "Asia/Dubai", "America/Montreal",
        "UTC", "Europe/London"};
    private static final String[] LOCATIONS = {"Paris", "Lyon", "Casablanca", "Dubai", "Montréal", "London"};
    private static final String[] LANGUAGES = {"fr", "en", "ar", "es", "de"};
    private static final String[] SKILLS = {"Java", "SQL", "Negotiation", "Public speaking", "Kubernetes",
        "Accounting", "Design thinking", "Python", "Leadership", "Data analysis", "Contract law", "UX"};
    private static final String[] INTERESTS = {"chess", "running", "photography", "cooking", "music", "hiking"};
    private static final String[] VALUES = {"curiosity", "integrity", "teamwork", "autonomy", "impact"};
    private static final String[] LOCALES = {"fr", "en", "ar"};

    private HrExport() {
    }

    static void write(Path file, int rows, long seed, int changeEvery) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            for (int i = 0; i < rows; i++) {
                out.write(row(i, random, changeEvery > 0 && i % changeEvery == 0));
                out.write('\n');
            }
        }
    }

    private static String row(int i, Random random, boolean moved) {
        String given = pick(random, GIVEN);
        String family = pick(random, FAMILY);
        String number = "E" + String.format("%07d", i);
        String email = ascii(given + "." + family).toLowerCase() + "." + i + "@example.test";
        String department = pick(random, DEPARTMENTS);
        if (moved) {
            department = department + " (reorganised)";
        }
        String manager = i < 10 ? "" : "E" + String.format("%07d", random.nextInt(i));
        return String.join(",", number, given, family, email, "", "hris-" + i, pick(random, LOCALES),
                pick(random, ZONES), quoted(department), pick(random, TITLES),
                String.valueOf(1 + random.nextInt(10)), manager, pick(random, LOCATIONS),
                String.valueOf(random.nextInt(4) != 0), some(random, LANGUAGES, 1, 3), skills(random),
                some(random, INTERESTS, 0, 3), some(random, VALUES, 0, 3), String.valueOf(random.nextInt(50) != 0));
    }

    private static String skills(Random random) {
        List<String> skills = new ArrayList<>();
        for (String skill : distinct(random, SKILLS, 1 + random.nextInt(5))) {
            skills.add(skill + ":" + (1 + random.nextInt(5)));
        }
        return String.join(";", skills);
    }

    private static String some(Random random, String[] from, int min, int max) {
        return String.join(";", distinct(random, from, min + random.nextInt(max - min + 1)));
    }

    private static List<String> distinct(Random random, String[] from, int count) {
        List<String> all = new ArrayList<>(List.of(from));
        List<String> chosen = new ArrayList<>();
        for (int k = 0; k < count && !all.isEmpty(); k++) {
            chosen.add(all.remove(random.nextInt(all.size())));
        }
        return chosen;
    }

    private static String pick(Random random, String[] from) {
        return from[random.nextInt(from.length)];
    }

    private static String quoted(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private static String ascii(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z.]", "");
    }
}
