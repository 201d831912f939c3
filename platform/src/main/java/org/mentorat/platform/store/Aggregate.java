package org.mentorat.platform.store;

/**
 * An aggregate the kit stores as one document: a record whose components are the document's
 * fields, the component {@code id} being stored as {@code _id}. {@code version} is the kit's
 * optimistic-concurrency counter: the stored value comes back on every read, and an update
 * succeeds only when the document still has the version its state was read at.
 */
public interface Aggregate {

    String id();

    String tenantId();

    long version();
}
