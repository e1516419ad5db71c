package org.customsrisk.bench;

import java.io.IOException;
import java.nio.file.Path;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/** One bar chart per comparison: the platform beside its baseline. */
final class Charts {

    private Charts() {
    }

    static void write(Comparison comparison, Path png) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        data.addValue(comparison.platform(), comparison.unit(), "platform");
        data.addValue(comparison.baseline(), comparison.unit(), "baseline");
        JFreeChart chart = ChartFactory.createBarChart(comparison.title(), null, comparison.unit(), data,
                PlotOrientation.HORIZONTAL, false, false, false);
        ChartUtils.saveChartAsPNG(png.toFile(), chart, 720, 240);
    }
}
