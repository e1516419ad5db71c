package org.customsrisk.ingestion.bulk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Rejected cells of a job in line order. Pass nextOffset as 'offset' for the next page; it is "
        + "absent on the last page. Only the first rejects of a job are kept (rowsRejected counts them all).")
public record RejectsPage(List<RejectedRow> rejects, Integer nextOffset) {
}
