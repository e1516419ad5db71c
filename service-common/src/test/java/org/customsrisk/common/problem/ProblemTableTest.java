package org.customsrisk.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParseException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import java.util.Set;
import org.customsrisk.common.security.TenantClaimMissingException;
import org.junit.jupiter.api.Test;

class ProblemTableTest {

    @Test
    void platformExceptionsMapToTheirStatus() {
        assertThat(ProblemTable.typeOf(new ResourceNotFoundException("declaration", "D-1")).status()).isEqualTo(404);
        assertThat(ProblemTable.typeOf(new ConflictException("already promoted")).status()).isEqualTo(409);
        assertThat(ProblemTable.typeOf(new InvalidRequestException("hsCode", "bad")).status()).isEqualTo(400);
        assertThat(ProblemTable.typeOf(new DependencyUnavailableException("broker down", null)).status()).isEqualTo(503);
        assertThat(ProblemTable.typeOf(new TenantClaimMissingException()).status()).isEqualTo(403);
    }

    @Test
    void securityExceptionsMapTo401Or403() {
        assertThat(ProblemTable.typeOf(new AuthenticationFailedException())).isEqualTo(ProblemType.UNAUTHENTICATED);
        assertThat(ProblemTable.typeOf(new UnauthorizedException())).isEqualTo(ProblemType.UNAUTHENTICATED);
        assertThat(ProblemTable.typeOf(new ForbiddenException())).isEqualTo(ProblemType.FORBIDDEN);
    }

    @Test
    void subclassesInheritTheMappingOfTheirNearestListedClass() {
        class DeclarationNotFound extends ResourceNotFoundException {
            DeclarationNotFound() {
                super("declaration", "D-2");
            }
        }
        assertThat(ProblemTable.typeOf(new DeclarationNotFound())).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemTable.typeOf(new JsonParseException(null, "bad"))).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(ProblemTable.typeOf(new ConstraintViolationException(Set.of()))).isEqualTo(ProblemType.VALIDATION);
    }

    @Test
    void webApplicationExceptionsKeepTheirStatus() {
        assertThat(ProblemTable.typeOf(new NotFoundException())).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemTable.typeOf(new NotAllowedException("GET"))).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
    }

    @Test
    void aJaxRsExceptionWrappingAKnownCauseIsDescribedByTheCause() {
        JsonParseException parse = new JsonParseException(null, "unexpected end of input");

        assertThat(ProblemTable.effectiveCause(new jakarta.ws.rs.BadRequestException(parse))).isSameAs(parse);
        NotFoundException plain = new NotFoundException(new IllegalStateException("internal detail"));
        assertThat(ProblemTable.effectiveCause(plain)).isSameAs(plain);
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.MALFORMED_REQUEST);
    }

    @Test
    void unlistedExceptionsAreInternalErrors() {
        assertThat(ProblemTable.typeOf(new IllegalStateException("bug"))).isEqualTo(ProblemType.INTERNAL);
        assertThat(ProblemTable.typeOf(new OutOfMemoryError())).isEqualTo(ProblemType.INTERNAL);
    }

    @Test
    void typeUrisAreStableKebabCaseUrns() {
        assertThat(ProblemType.PAYLOAD_TOO_LARGE.uri()).hasToString("urn:customs-risk:problem:payload-too-large");
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.MALFORMED_REQUEST);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }
}
