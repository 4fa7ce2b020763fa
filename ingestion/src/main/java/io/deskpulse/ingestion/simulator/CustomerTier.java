package io.deskpulse.ingestion.simulator;

/**
 * The customer tiers the shipped SLA policies know (VIP1..VIP3, STANDARD), how common each is among
 * customers, and how often a ticket of the tier is raised one priority level above what its
 * category alone would get (VIPs are triaged up).
 */
enum CustomerTier {
    VIP1(0.02, 0.5),
    VIP2(0.04, 0.3),
    VIP3(0.08, 0.15),
    STANDARD(0.86, 0.0);

    final double shareOfCustomers;
    final double priorityBumpChance;

    CustomerTier(double shareOfCustomers, double priorityBumpChance) {
        this.shareOfCustomers = shareOfCustomers;
        this.priorityBumpChance = priorityBumpChance;
    }

    boolean isVip() {
        return this != STANDARD;
    }
}
