package io.deskpulse.app.chart;

/** What a {@link Chart} shows: one of the chart kinds, with its data. */
public sealed interface ChartOptions permits LineChart, BarChart, PieChart, GaugeChart, HeatmapChart {}
