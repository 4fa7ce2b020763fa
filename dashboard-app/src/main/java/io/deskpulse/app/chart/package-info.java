/**
 * Charts for the dashboards: a Vaadin component ({@link io.deskpulse.app.chart.Chart}) drawn in the
 * browser by Apache ECharts, fed with typed options ({@link io.deskpulse.app.chart.LineChart},
 * {@link io.deskpulse.app.chart.BarChart}, {@link io.deskpulse.app.chart.PieChart},
 * {@link io.deskpulse.app.chart.GaugeChart}, {@link io.deskpulse.app.chart.HeatmapChart}) that say
 * what to show, not how ECharts spells it. Colours are the Lumo theme's, so charts read in light and
 * dark mode alike.
 */
package io.deskpulse.app.chart;
