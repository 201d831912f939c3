package org.mentorat.profile.people;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.util.List;
import java.util.Optional;
import org.mentorat.platform.events.EventIds;
import org.mentorat.platform.mongo.DuplicateKeys;
import org.mentorat.platform.outbox.AggregateStore;
import org.mentorat.platform.web.ConflictException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/** Registers and finds people; the employee number is unique within a tenant. */
@Service
public class People {

    private final AggregateStore people;

    People(@Qualifier("peopleStore") AggregateStore people) {
        this.people = people;
        people.collection().createIndex(Indexes.ascending(AggregateStore.TENANT, "employeeNumber"),
                new IndexOptions().unique(true).name("employee_number_per_tenant"));
    }

    Person register(String tenantId, NewPerson request) {
        Person person = request.toPerson(EventIds.next());
        try {
            people.insert(tenantId, person.id(), person.toDocument(), List.of());
        } catch (RuntimeException e) {
            if (DuplicateKeys.isDuplicateKey(e)) {
                throw new ConflictException("duplicate-employee-number",
                        "A person with employee number " + request.employeeNumber() + " already exists.");
            }
            throw e;
        }
        return person;
    }

    public Optional<Person> find(String tenantId, String personId) {
        return people.find(tenantId, personId).map(Person::fromDocument);
    }
}
