package org.arshif.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Samples heap use every 20 ms. Two peaks between calls: heap in use (garbage not yet collected included: near the
 * maximum whenever the collector lets it fill, as G1 does with a small heap) and heap live after a collection (what
 * the program holds: the figure that shows whether memory stays steady).
 */
final class HeapWatch {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong livePeak = new AtomicLong();

    HeapWatch() {
        Set<String> heapPools = new HashSet<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heapPools.add(pool.getName());
            }
        }
        // After every collection, the heap it left in use: an upper bound of what the program holds.
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                    long live = 0;
                    for (var pool : info.getGcInfo().getMemoryUsageAfterGc().entrySet()) {
                        live += heapPools.contains(pool.getKey()) ? pool.getValue().getUsed() : 0;
                    }
                    livePeak.accumulateAndGet(live, Math::max);
                }
            }, null, null);
        }
        Thread watcher = new Thread(() -> {
            var memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.setDaemon(true);
        watcher.start();
    }

    /** The peak of heap in use since the last call. */
    long peakAndReset() {
        System.gc();
        return peak.getAndSet(0);
    }

    /** The peak of heap live after a collection since the last call (read it before {@link #peakAndReset}). */
    long livePeak() {
        return livePeak.getAndSet(0);
    }
}
