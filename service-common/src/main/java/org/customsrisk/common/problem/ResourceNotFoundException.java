package org.customsrisk.common.problem;

/**
 * The resource does not exist for the caller's tenant. A resource of another tenant raises this
 * too, with the same message, so that its existence is not disclosed.
 */
public class ResourceNotFoundException extends RuntimeException {

    public ResourceNotFoundException(String resource, Object id) {
        super(resource + " '" + id + "' does not exist");
    }
}
