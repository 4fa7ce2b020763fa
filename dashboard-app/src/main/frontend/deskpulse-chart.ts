/*
 * <deskpulse-chart>: an Apache ECharts chart whose option object comes from the server
 * (io.deskpulse.app.chart.Chart sets the `option` property).
 *
 * Three conventions of the server's option object are resolved here, because ECharts draws on a
 * canvas, which knows neither CSS variables nor the page's colour scheme, and JSON cannot carry functions:
 * - a string `var(--name)` is a colour of the Lumo theme (or of styles.css), read from the page;
 * - a `formatter` or `valueFormatter` given as {prefix, decimals, suffix} formats numbers;
 * - text, axis, legend and tooltip colours come from Lumo, and the chart is drawn again when the
 *   theme changes (the `theme` attribute of <html>, or the system's dark mode).
 * The chart resizes with its element.
 */
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, HeatmapChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([
  BarChart,
  GaugeChart,
  HeatmapChart,
  LineChart,
  PieChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type NumberFormat = { prefix?: string; decimals: number; suffix?: string };

const THEME = 'deskpulse';
const PALETTE_SIZE = 8;

class DeskpulseChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private current?: { [key: string]: Json };
  private readonly resizeObserver = new ResizeObserver(() => this.chart?.resize());
  private readonly themeObserver = new MutationObserver(() => this.redraw());
  private readonly darkMode = window.matchMedia('(prefers-color-scheme: dark)');
  private readonly onDarkModeChange = () => this.redraw();

  set option(value: { [key: string]: Json }) {
    this.current = value;
    this.draw();
  }

  get option(): { [key: string]: Json } | undefined {
    return this.current;
  }

  connectedCallback() {
    // A property set before this element was upgraded shadows the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'option')) {
      const value = (this as any).option;
      delete (this as any).option;
      this.option = value;
    }
    this.resizeObserver.observe(this);
    this.themeObserver.observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['theme', 'class', 'style'],
    });
    this.darkMode.addEventListener('change', this.onDarkModeChange);
    this.draw();
  }

  disconnectedCallback() {
    this.resizeObserver.disconnect();
    this.themeObserver.disconnect();
    this.darkMode.removeEventListener('change', this.onDarkModeChange);
    this.chart?.dispose();
    this.chart = undefined;
  }

  /** A theme is applied when a chart is created: a new theme means a new chart. */
  private redraw() {
    this.chart?.dispose();
    this.chart = undefined;
    this.draw();
  }

  private draw() {
    if (!this.isConnected || !this.current) {
      return;
    }
    const colors = new ThemeColors(this);
    if (!this.chart) {
      echarts.registerTheme(THEME, theme(colors));
      this.chart = echarts.init(this, THEME, { renderer: 'canvas' });
    }
    const option = resolve(this.current, colors) as { [key: string]: unknown };
    this.chart.setOption({ aria: { enabled: true }, backgroundColor: 'transparent', ...option }, { notMerge: true });
  }
}

/** Reads colours as the page shows them: computed on a probe element, so light-dark() and var() are resolved. */
class ThemeColors {
  private readonly probe: HTMLElement;
  private readonly cache = new Map<string, string>();

  constructor(private readonly host: HTMLElement) {
    this.probe = document.createElement('span');
    this.probe.style.display = 'none';
  }

  get(cssColor: string): string {
    let color = this.cache.get(cssColor);
    if (color === undefined) {
      this.host.appendChild(this.probe);
      this.probe.style.color = '';
      this.probe.style.color = cssColor;
      color = getComputedStyle(this.probe).color || cssColor;
      this.probe.remove();
      this.cache.set(cssColor, color);
    }
    return color;
  }

  font(): string {
    return getComputedStyle(this.host).getPropertyValue('--lumo-font-family').trim() || 'sans-serif';
  }
}

function theme(colors: ThemeColors): object {
  const text = colors.get('var(--lumo-body-text-color)');
  const secondary = colors.get('var(--lumo-secondary-text-color)');
  const line = colors.get('var(--lumo-contrast-20pct)');
  const grid = colors.get('var(--lumo-contrast-10pct)');
  const axis = {
    axisLine: { lineStyle: { color: line } },
    axisTick: { lineStyle: { color: line } },
    axisLabel: { color: secondary },
    splitLine: { lineStyle: { color: grid } },
    nameTextStyle: { color: secondary },
  };
  return {
    color: Array.from({ length: PALETTE_SIZE }, (_, i) => colors.get(`var(--deskpulse-chart-${i + 1})`)),
    backgroundColor: 'transparent',
    textStyle: { color: text, fontFamily: colors.font() },
    categoryAxis: axis,
    valueAxis: axis,
    legend: { textStyle: { color: secondary } },
    tooltip: {
      backgroundColor: colors.get('var(--lumo-base-color)'),
      borderColor: line,
      textStyle: { color: text },
    },
    gauge: { title: { color: secondary }, detail: { color: text } },
    pie: { label: { textBorderWidth: 0 } },
    visualMap: { textStyle: { color: secondary } },
  };
}

/** A copy of the server's option with CSS colours and number formats turned into what ECharts takes. */
function resolve(value: Json, colors: ThemeColors, key?: string): unknown {
  if (typeof value === 'string') {
    return value.startsWith('var(--') ? colors.get(value) : value;
  }
  if (Array.isArray(value)) {
    return value.map((item) => resolve(item, colors));
  }
  if (value !== null && typeof value === 'object') {
    if ((key === 'formatter' || key === 'valueFormatter') && typeof value.decimals === 'number') {
      return formatter(value as unknown as NumberFormat);
    }
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v, colors, k)]));
  }
  return value;
}

function formatter(format: NumberFormat): (input: unknown) => string {
  const digits = new Intl.NumberFormat(undefined, {
    minimumFractionDigits: format.decimals,
    maximumFractionDigits: format.decimals,
  });
  return (input: unknown) => {
    // An axis label or gauge gets the number, a series label the data item, a heatmap cell [x, y, value].
    let value = input !== null && typeof input === 'object' && 'value' in input ? (input as any).value : input;
    value = Array.isArray(value) ? value[value.length - 1] : value;
    return typeof value === 'number' && Number.isFinite(value)
      ? `${format.prefix ?? ''}${digits.format(value)}${format.suffix ?? ''}`
      : '–';
  };
}

customElements.define('deskpulse-chart', DeskpulseChart);
