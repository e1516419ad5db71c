package org.customsrisk.model.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LabelledSetTest {

    private static LabelledSet read(String csv) throws IOException {
        return LabelledSet.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void rowsAreReadWithMissingValuesAsNaNAndTheValidationStartsOnADateBoundary() throws IOException {
        LabelledSet set = read("""
                declaration_id,item_number,acceptance_date,illicit,critical,revenue_recovered,a,b
                D1,1,2024-01-01,0,0,,1.5,
                D2,1,2024-01-02,1,0,120.5,2,3
                D3,1,2024-01-02,0,0,,4,5
                D4,1,2024-01-03,1,1,10,6,7
                """);

        assertThat(set.featureNames()).containsExactly("a", "b");
        assertThat(set.rows()).isEqualTo(4);
        assertThat(set.illicit()).isEqualTo(2);
        assertThat(set.values()[1]).isNaN();
        assertThat(set.revenue()[0]).isNaN();
        assertThat(set.revenue()[1]).isEqualTo(120.5);
        assertThat(set.splitIndex(0.5)).isEqualTo(3);
        assertThat(set.slice(3, 4).values()).containsExactly(6f, 7f);
    }

    @Test
    void aSetWithoutTheFixedColumnsOrWithShortLinesIsRefused() {
        assertThatThrownBy(() -> read("id,date,a\n1,2024-01-01,2\n"))
                .isInstanceOf(LabelledSet.InvalidTrainingSetException.class)
                .hasMessageContaining("header does not start with declaration_id");
        assertThatThrownBy(() -> read("declaration_id,item_number,acceptance_date,illicit,critical,revenue_recovered,a\n"
                + "D1,1,2024-01-01,0,0,\n"))
                .hasMessageContaining("line 2 has 6 cells, the header 7");
    }
}
