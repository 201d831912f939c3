package org.mentorat.platform.store;

import org.bson.BsonDocument;
import org.bson.BsonDocumentReader;
import org.bson.BsonDocumentWriter;
import org.bson.BsonReader;
import org.bson.BsonValue;
import org.bson.BsonWriter;
import org.bson.codecs.BsonDocumentCodec;
import org.bson.codecs.Codec;
import org.bson.codecs.DecoderContext;
import org.bson.codecs.EncoderContext;

/**
 * The driver's record codec with one difference: the record's {@code id} is the document's
 * {@code _id}. Mapping it here keeps aggregates free of the driver's {@code @BsonId}
 * annotation, so they stay plain records of the domain.
 */
final class AggregateCodec<T> implements Codec<T> {

    static final String RECORD_ID = "id";
    private static final BsonDocumentCodec DOCUMENTS = new BsonDocumentCodec();

    private final Codec<T> records;

    AggregateCodec(Codec<T> records) {
        this.records = records;
    }

    /** The document for {@code value}, {@code _id} first, without null components. */
    BsonDocument toDocument(T value) {
        BsonDocument fields = new BsonDocument();
        records.encode(new BsonDocumentWriter(fields), value, EncoderContext.builder().build());
        BsonDocument document = new BsonDocument();
        BsonValue id = fields.remove(RECORD_ID);
        if (id != null) {
            document.put(AggregateStore.ID, id);
        }
        document.putAll(fields);
        return document;
    }

    T fromDocument(BsonDocument document) {
        BsonDocument fields = new BsonDocument();
        document.forEach((name, value) -> fields.put(AggregateStore.ID.equals(name) ? RECORD_ID : name, value));
        return records.decode(new BsonDocumentReader(fields), DecoderContext.builder().build());
    }

    @Override
    public void encode(BsonWriter writer, T value, EncoderContext context) {
        DOCUMENTS.encode(writer, toDocument(value), context);
    }

    @Override
    public T decode(BsonReader reader, DecoderContext context) {
        return fromDocument(DOCUMENTS.decode(reader, context));
    }

    @Override
    public Class<T> getEncoderClass() {
        return records.getEncoderClass();
    }
}
