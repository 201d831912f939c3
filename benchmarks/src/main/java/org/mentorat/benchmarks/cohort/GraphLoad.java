package org.mentorat.benchmarks.cohort;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.mentorat.solver.cohort.CohortProblem;
import org.mentorat.solver.graph.CohortGraph;

/**
 * Reads a graph from files and prints how long that took (wall and the reading thread's CPU time,
 * which holds still when other processes share the cores) and how much heap it needed: "at most"
 * is the sum of the heap pools' peaks while reading (garbage included, an upper bound), "live" the
 * heap left after a full collection once the graph is read.
 */
final class GraphLoad {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final List<MemoryPoolMXBean> HEAP = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();

    private GraphLoad() {
    }

    static CohortGraph read(Path edges, Path capacities) throws IOException {
        System.gc();
        HEAP.forEach(MemoryPoolMXBean::resetPeakUsage);
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        CohortGraph graph = CohortGraph.read(edges, capacities);
        long nanos = System.nanoTime() - start;
        long cpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStart;
        long peak = HEAP.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        System.gc();
        long live = HEAP.stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
        CohortProblem problem = graph.problem();
        System.out.printf(Locale.ROOT, "%,d mentees, %,d mentors, %,d edges; read in %.2f s (CPU %.2f s),"
                        + " heap %,d MB at most, %,d MB live (max %,d MB)%n", problem.menteeCount(), problem.mentorCount(),
                problem.edgeCount(), nanos / 1e9, cpuNanos / 1e9,
                peak >> 20, live >> 20, Runtime.getRuntime().maxMemory() >> 20);
        return graph;
    }
}
