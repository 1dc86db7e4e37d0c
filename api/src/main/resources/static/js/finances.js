// Draws every chart the page describes: a <canvas data-chart="…"> holds a complete Chart.js configuration.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("canvas[data-chart]").forEach(function (canvas) {
    var config = JSON.parse(canvas.getAttribute("data-chart"));
    config.data.datasets.forEach(function (set) {
      set.data = set.data.map(Number);
    });
    canvas.chart = new Chart(canvas, config);
    canvas.setAttribute("data-drawn", "true");
  });
});
