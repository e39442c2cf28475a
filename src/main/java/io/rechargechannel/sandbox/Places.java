package io.rechargechannel.sandbox;

import java.util.List;
import java.util.SplittableRandom;

/** Realistic-looking names and addresses in several countries, for generated customers. */
final class Places {

    private record City(String country, String city, String province, String zipPattern, String phonePrefix) {
    }

    private static final List<City> CITIES = List.of(
            new City("GB", "London", "England", "SW1A #AA", "+4420"),
            new City("GB", "Manchester", "England", "M# #AB", "+44161"),
            new City("GB", "Edinburgh", "Scotland", "EH# #CD", "+44131"),
            new City("US", "Batavia", "Illinois", "605##", "+1614"),
            new City("US", "Austin", "Texas", "787##", "+1512"),
            new City("US", "Portland", "Oregon", "972##", "+1503"),
            new City("DE", "Berlin", "Berlin", "10###", "+4930"),
            new City("DE", "München", "Bayern", "80###", "+4989"),
            new City("FR", "Paris", "Île-de-France", "750##", "+331"),
            new City("FR", "Lyon", "Auvergne-Rhône-Alpes", "690##", "+334"),
            new City("AU", "Sydney", "New South Wales", "20##", "+612"),
            new City("AU", "Melbourne", "Victoria", "30##", "+613"),
            new City("CA", "Toronto", "Ontario", "M5V #A#", "+1416"),
            new City("NL", "Amsterdam", "Noord-Holland", "10## AB", "+3120"),
            new City("IE", "Dublin", "Leinster", "D0# X#Y#", "+3531"));

    private static final List<String> FIRST_NAMES = List.of("Jane", "John", "Amelia", "Oliver", "Sophie", "Lukas",
            "Chloé", "Hugo", "Mia", "Noah", "Isla", "Liam", "Emma", "Jack", "Léa", "Finn", "Ava", "Max", "Zoe", "Ethan");
    private static final List<String> LAST_NAMES = List.of("Doe", "Smith", "Jones", "Müller", "Martin", "Brown",
            "Taylor", "Schmidt", "Bernard", "Wilson", "O'Brien", "Dubois", "Nguyen", "Walker", "de Vries", "Kelly");
    private static final List<String> STREETS = List.of("High Street", "Station Road", "Main St", "Hauptstraße",
            "Rue de la Paix", "George St", "Church Lane", "Oak Avenue", "Kerkstraat", "Park Road");

    private Places() {
    }

    static Address address(SplittableRandom random) {
        City city = CITIES.get(random.nextInt(CITIES.size()));
        String first = pick(random, FIRST_NAMES);
        String last = pick(random, LAST_NAMES);
        String company = random.nextInt(10) == 0 ? last + " Ltd" : null;
        String street = (1 + random.nextInt(240)) + " " + pick(random, STREETS);
        String flat = random.nextInt(5) == 0 ? "Flat " + (1 + random.nextInt(30)) : null;
        String phone = city.phonePrefix() + (1_000_000 + random.nextInt(8_999_999));
        return new Address(first, last, company, street, flat, city.city(), city.province(),
                fill(city.zipPattern(), random), city.country(), phone);
    }

    static String street(SplittableRandom random) {
        return (1 + random.nextInt(240)) + " " + pick(random, STREETS);
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static String fill(String pattern, SplittableRandom random) {
        StringBuilder out = new StringBuilder(pattern.length());
        for (char c : pattern.toCharArray()) {
            out.append(c == '#' ? (char) ('0' + random.nextInt(10)) : c);
        }
        return out.toString();
    }
}
