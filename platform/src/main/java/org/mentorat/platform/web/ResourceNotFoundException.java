package org.mentorat.platform.web;

/**
 * The resource does not exist for the caller's tenant. Another tenant's resource is reported
 * exactly like a missing one, so that ids reveal nothing across tenants.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, String id) {
        super(resource + " " + id + " was not found");
    }
}
