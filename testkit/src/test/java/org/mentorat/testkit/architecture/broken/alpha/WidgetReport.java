package org.mentorat.testkit.architecture.broken.alpha;

import com.mongodb.client.MongoCollection;
import org.bson.Document;

/** Breaks "only stores and configurations touch the database": it names document fields itself. */
public class WidgetReport {

    public long named(MongoCollection<Document> widgets) {
        return widgets.countDocuments(new Document("name", "x"));
    }
}
