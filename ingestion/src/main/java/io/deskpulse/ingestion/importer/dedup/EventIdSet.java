package io.deskpulse.ingestion.importer.dedup;

import java.util.UUID;

/**
 * A set of event ids in two longs each (open addressing, linear probing, at most three quarters
 * full): 21 to 43 bytes an id, where a {@code HashSet<UUID>} takes some 80. An import of a million
 * rows remembers a few million ids. The all-zero UUID is the empty slot; name-based ids never are
 * all zero.
 */
public final class EventIdSet {

    private long[] slots = new long[2 * 1024];
    private int size;

    /** @return true when the id was not in the set yet */
    public boolean add(UUID id) {
        if ((size + 1) * 4L > slots.length / 2 * 3L) {
            grow();
        }
        boolean added = insert(slots, id.getMostSignificantBits(), id.getLeastSignificantBits());
        if (added) {
            size++;
        }
        return added;
    }

    public boolean contains(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        int mask = slots.length / 2 - 1;
        for (int i = index(high, low, mask); ; i = (i + 1) & mask) {
            long h = slots[2 * i];
            long l = slots[2 * i + 1];
            if (h == 0 && l == 0) {
                return false;
            }
            if (h == high && l == low) {
                return true;
            }
        }
    }

    public int size() {
        return size;
    }

    public void clear() {
        slots = new long[2 * 1024];
        size = 0;
    }

    private static boolean insert(long[] table, long high, long low) {
        int mask = table.length / 2 - 1;
        for (int i = index(high, low, mask); ; i = (i + 1) & mask) {
            long h = table[2 * i];
            long l = table[2 * i + 1];
            if (h == 0 && l == 0) {
                table[2 * i] = high;
                table[2 * i + 1] = low;
                return true;
            }
            if (h == high && l == low) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0 || old[i + 1] != 0) {
                insert(slots, old[i], old[i + 1]);
            }
        }
    }

    private static int index(long high, long low, int mask) {
        // The ids are hashes already: their bits are spread evenly.
        return (int) (high ^ low ^ (low >>> 32)) & mask;
    }
}
