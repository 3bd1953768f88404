"""The HTML page around a vis-network map (a Jinja template, autoescaped).

Kept as a Python string so the package needs no data files. Text reaches the
page in two ways only: through Jinja's autoescaping (title, legend, notes) and
through a JSON block that the script reads with ``JSON.parse`` and puts into
the DOM with ``textContent`` (details panel) or vis-network's ``innerText``
(tooltips); nothing from the data is ever parsed as HTML.

pyvis's own template is not used: it renders ``heading`` unescaped, switches
its popups to ``innerHTML`` as soon as a title contains "href", and links
Bootstrap from a CDN even in its "in_line" mode. The vis-network library
itself is pyvis's copy (see ``assets.py``), and the node and edge lists have
the shape pyvis hands to it.
"""

FONT_STACK = '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

TEMPLATE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="chainkg maps (vis-network {{ vis_version }} inlined from pyvis)">
<title>{{ title }}</title>
<style>{{ vis_css | safe }}</style>
<style>
  html, body { margin: 0; height: 100%; font-family: {{ font_stack | safe }}; color: #222; background: #fafafa; }
  header { padding: 10px 16px 6px; border-bottom: 1px solid #ddd; background: #fff; }
  header h1 { margin: 0; font-size: 20px; }
  header .sub { font-size: 13px; color: #555; margin-top: 2px; }
  header .meta { font-size: 12px; color: #777; margin-top: 4px; }
  main { display: flex; height: calc(100% - 78px); }
  #map { flex: 1; min-width: 0; background: #fff; border-right: 1px solid #ddd; }
  aside { width: 340px; overflow-y: auto; padding: 8px 12px; font-size: 13px; box-sizing: border-box; }
  aside h2 { font-size: 14px; margin: 10px 0 6px; }
  aside h3 { font-size: 13px; margin: 8px 0 4px; }
  .legend ul { list-style: none; margin: 0; padding: 0; }
  .legend li { display: flex; align-items: center; margin: 3px 0; }
  .sw { display: inline-block; width: 14px; height: 14px; margin-right: 8px; flex: none; border: 1px solid #666; }
  .sw-dot { border-radius: 50%; }
  .sw-diamond { transform: rotate(45deg) scale(0.8); }
  .sw-line { height: 3px; border: none; }
  .sw-dashed { height: 0; border: none; border-top: 3px dashed; background: none !important; }
  #details dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 8px; }
  #details dt { color: #666; }
  #details dd { margin: 0; word-break: break-word; }
  #details .kind { color: #777; font-size: 12px; }
  #details ol.evidence { padding-left: 18px; margin: 4px 0; }
  #details ol.evidence li { margin-bottom: 6px; }
  #details q { display: block; }
  #details .src { color: #666; font-size: 12px; }
  #details .path { color: #999; font-size: 11px; word-break: break-all; }
  .notes li { color: #555; }
  .hint { color: #777; }
  #search { width: 100%; box-sizing: border-box; padding: 4px 6px; font: inherit; }
  div.vis-tooltip { white-space: pre-wrap; max-width: 420px; font-family: {{ font_stack | safe }}; font-size: 12px; }
</style>
<script>{{ vis_js | safe }}</script>
</head>
<body>
<header>
  <h1 id="title">{{ title }}</h1>
  {% if subtitle %}<div class="sub">{{ subtitle }}</div>{% endif %}
  <div class="meta">数据截至 Data as of <span id="data-date">{{ data_date or "—" }}</span>
    · 生成 Generated {{ generated }} · {{ node_count }} nodes, {{ edge_count }} edges</div>
</header>
<main>
  <div id="map"></div>
  <aside>
    <input id="search" type="search" placeholder="查找节点 Find a node" aria-label="Find a node">
    <section class="legend">
      <h2>图例 Legend</h2>
      <ul>
      {% for item in legend %}
        <li><span class="sw sw-{{ item.shape }}" style="background: {{ item.color }}; border-color: {{ item.color }}"></span>{{ item.label }}</li>
      {% endfor %}
      </ul>
    </section>
    {% if notes %}
    <section class="notes">
      <h2>说明 Notes</h2>
      <ul>{% for note in notes %}<li>{{ note }}</li>{% endfor %}</ul>
    </section>
    {% endif %}
    <section id="details">
      <h2>详情 Details</h2>
      <p class="hint">悬停或点击节点、连线查看事实与来源句。Hover or click a node or an edge for its facts and source sentences.</p>
    </section>
  </aside>
</main>
<script type="application/json" id="chainkg-data">{{ data_json | safe }}</script>
<script>
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("chainkg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("map"), {nodes: nodes, edges: edges}, data.options);
  var state = {kind: data.kind, nodes: nodes, edges: edges, network: network, details: data.details, ready: false};
  window.chainkgMap = state;
  network.once("afterDrawing", function () { state.ready = true; });
  if (data.options.physics && data.options.physics.enabled) {
    // large free layouts: settle once, then stop moving
    network.once("stabilizationIterationsDone", function () { network.setOptions({physics: {enabled: false}}); });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function show(item) {
    var box = document.getElementById("details");
    while (box.firstChild) { box.removeChild(box.firstChild); }
    if (!item) { return; }
    box.appendChild(el("h2", null, item.heading));
    box.appendChild(el("div", "kind", item.kind));
    var dl = el("dl");
    item.facts.forEach(function (f) { dl.appendChild(el("dt", null, f[0])); dl.appendChild(el("dd", null, f[1])); });
    box.appendChild(dl);
    if (item.evidence.length) {
      box.appendChild(el("h3", null, "来源 Evidence"));
      var ol = el("ol", "evidence");
      item.evidence.forEach(function (ev) {
        var li = el("li");
        li.appendChild(el("q", null, ev.sentence));
        var src = [ev.title, ev.date].filter(Boolean).join(" · ");
        if (ev.confidence !== null && ev.confidence !== undefined) { src += (src ? " · " : "") + "置信度 confidence " + ev.confidence; }
        li.appendChild(el("div", "src", src));
        if (ev.source) { li.appendChild(el("div", "path", ev.source)); }
        ol.appendChild(li);
      });
      box.appendChild(ol);
    }
  }
  state.show = show;
  if (data.bands.length && data.nodes.length) {
    // captions drawn on the canvas (fillText: text, never markup)
    var xs = data.nodes.map(function (n) { return n.x; });
    var left = Math.min.apply(null, xs) - 120, right = Math.max.apply(null, xs) + 120;
    network.on("beforeDrawing", function (ctx) {
      data.bands.forEach(function (b) {
        ctx.save();
        ctx.strokeStyle = "#b9c2cc"; ctx.setLineDash([8, 6]); ctx.lineWidth = 1.5;
        ctx.beginPath(); ctx.moveTo(left, b.y); ctx.lineTo(right, b.y); ctx.stroke();
        ctx.setLineDash([]); ctx.fillStyle = "#5c6670";
        ctx.font = "bold 16px " + data.options.nodes.font.face;
        ctx.fillText(b.label, left, b.y - 10);
        ctx.restore();
      });
    });
  }
  network.on("click", function (p) {
    if (p.nodes.length) { show(data.details.nodes[p.nodes[0]]); }
    else if (p.edges.length) { show(data.details.edges[p.edges[0]]); }
  });
  document.getElementById("search").addEventListener("change", function (ev) {
    var q = ev.target.value.trim();
    if (!q) { return; }
    var hit = nodes.get({filter: function (n) { return n.label.indexOf(q) >= 0; }})[0];
    if (hit) {
      network.selectNodes([hit.id]);
      network.focus(hit.id, {scale: 1.2, animation: false});
      show(data.details.nodes[hit.id]);
    }
  });
})();
</script>
</body>
</html>
"""
