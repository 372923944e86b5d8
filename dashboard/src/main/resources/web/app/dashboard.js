// Draws every chart of a page with Apache ECharts, from the option the server wrote beside it (the same figures as
// the table next to it). SVG, so that charts print sharp and stay text; ECharts' aria module describes each one.
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, MapChart } from 'echarts/charts';
import {
  AriaComponent, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, HeatmapChart, LineChart, MapChart, AriaComponent, GridComponent, LegendComponent, TooltipComponent,
  VisualMapComponent, SVGRenderer]);

// Okabe-Ito: told apart with the common colour-vision deficiencies (the server's Palette has the same).
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

// A map's geometry is fetched once per page, when a chart asks for it (option.geometry).
const geometries = {};
function geometry(url) {
  if (!geometries[url]) {
    geometries[url] = fetch(url, { credentials: 'same-origin' }).then((r) => {
      if (!r.ok) {
        throw new Error(`${url} answered ${r.status}`);
      }
      return r.json();
    }).then((json) => echarts.registerMap('world', json));
  }
  return geometries[url];
}

async function draw(element) {
  const source = document.getElementById(element.dataset.chart);
  if (!source) {
    return;
  }
  const option = JSON.parse(source.textContent);
  if (option.geometry) {
    await geometry(option.geometry);
    delete option.geometry;
  }
  option.color = option.color || PALETTE;
  option.aria = { enabled: true, decal: { show: true } };
  option.animation = false;
  const chart = echarts.init(element, null, { renderer: 'svg' });
  chart.setOption(option);
  element.dataset.drawn = 'true';
  new ResizeObserver(() => chart.resize()).observe(element);
}

async function start() {
  document.querySelectorAll('[data-print]').forEach((b) => b.addEventListener('click', () => window.print()));
  const charts = Array.from(document.querySelectorAll('[data-chart]'));
  const drawn = await Promise.allSettled(charts.map(draw));
  drawn.filter((d) => d.status === 'rejected').forEach((d) => console.error('chart not drawn', d.reason));
  document.body.dataset.chartsReady = 'true';
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}
