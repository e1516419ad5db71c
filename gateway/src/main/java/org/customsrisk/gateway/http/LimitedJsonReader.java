package org.customsrisk.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.ConstrainedTo;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.RuntimeType;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads every JSON request body, at most {@link BodyLimits#json()} bytes of it: a body sent without
 * a Content-Length (chunked) is refused with 413 as soon as it passes the limit, instead of being
 * read whole. An empty body is no body (null), for the resource to refuse.
 */
@Provider
@ConstrainedTo(RuntimeType.SERVER)
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
@Priority(Priorities.USER - 100)
public class LimitedJsonReader implements MessageBodyReader<Object> {

    private final ObjectMapper json;
    private final BodyLimits limits;

    public LimitedJsonReader(ObjectMapper json, BodyLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return !InputStream.class.isAssignableFrom(type) && type != String.class && type != byte[].class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream limited = new PushbackInputStream(new Limited(body, limits.json()));
        int first = limited.read();
        if (first < 0) {
            return null;
        }
        limited.unread(first);
        return json.readerFor(json.constructType(genericType)).readValue(limited);
    }

    private static final class Limited extends FilterInputStream {

        private final long limit;
        private long read;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            count(value < 0 ? 0 : 1);
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int count = super.read(buffer, offset, length);
            count(Math.max(count, 0));
            return count;
        }

        private void count(int bytes) {
            read += bytes;
            if (read > limit) {
                throw new WebApplicationException(BodyLimits.describe(limit), Response.Status.REQUEST_ENTITY_TOO_LARGE);
            }
        }
    }
}
