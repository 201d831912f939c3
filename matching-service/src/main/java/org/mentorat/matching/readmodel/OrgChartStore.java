package org.mentorat.matching.readmodel;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.mentorat.matching.scoring.vocabulary.ReportingLines;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.springframework.stereotype.Repository;

/**
 * Who reports to whom, by employee number, learnt from every profile event that names a manager —
 * including people who never enrol, since a reporting line runs through them. The newest fact wins
 * (events about one person arrive in order, but registrations travel on other partitions).
 */
@Repository
class OrgChartStore {

    private final MongoCollection<Document> chart;

    OrgChartStore(MongoDatabase database) {
        this.chart = database.getCollection("org_chart");
    }

    void record(String tenantId, String employeeNumber, String managerEmployeeNumber, Instant asOf) {
        if (employeeNumber == null || employeeNumber.isBlank()) {
            return;
        }
        String id = tenantId + ":" + employeeNumber;
        try {
            chart.updateOne(and(eq("_id", id), or(exists("asOf", false), lt("asOf", Date.from(asOf)))),
                    Updates.combine(Updates.set("tenantId", tenantId), Updates.set("employeeNumber", employeeNumber),
                            Updates.set("manager", managerEmployeeNumber), Updates.set("asOf", Date.from(asOf))),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (!DuplicateKeys.isDuplicateKey(e)) {
                throw e;
            }
        }
    }

    /**
     * The reporting lines above these employees, {@code levels} managers up: enough for the
     * reporting-line rule, read level by level with one query each rather than the whole tenant.
     */
    ReportingLines linesAbove(String tenantId, Collection<String> employeeNumbers, int levels) {
        Map<String, String> managerOf = new HashMap<>();
        Set<String> frontier = new HashSet<>();
        employeeNumbers.stream().filter(number -> number != null && !number.isBlank()).forEach(frontier::add);
        for (int level = 0; level < levels && !frontier.isEmpty(); level++) {
            List<String> ids = frontier.stream().map(number -> tenantId + ":" + number).toList();
            Set<String> next = new HashSet<>();
            for (Document entry : chart.find(in("_id", ids))) {
                String manager = entry.getString("manager");
                if (manager != null && !manager.isBlank()) {
                    managerOf.put(entry.getString("employeeNumber"), manager);
                    if (!managerOf.containsKey(manager)) {
                        next.add(manager);
                    }
                }
            }
            frontier = next;
        }
        return ReportingLines.of(managerOf);
    }

    /** Forgets these employees' places in the reporting lines (an erased person's). */
    void forget(String tenantId, Collection<String> employeeNumbers) {
        employeeNumbers.forEach(number -> chart.deleteOne(eq("_id", tenantId + ":" + number)));
    }
}
