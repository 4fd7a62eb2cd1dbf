// Draws a bar chart for each result that has one; the table next to it says the same as text.
document.querySelectorAll('canvas[data-labels]').forEach(function (canvas) {
  if (typeof Chart === 'undefined') {
    return;
  }
  var line = canvas.dataset.type === 'line';
  new Chart(canvas, {
    type: line ? 'line' : 'bar',
    data: {
      labels: JSON.parse(canvas.dataset.labels),
      datasets: [{ data: JSON.parse(canvas.dataset.values), backgroundColor: '#1d4f91' }]
    },
    options: { indexAxis: line ? 'x' : 'y', plugins: { legend: { display: false } }, scales: line ? { y: { beginAtZero: true, ticks: { precision: 0 } } } : { x: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
});
