// Draws each process model with bpmn-js and marks its steps; the ordered list next to it says the same in text.
(function () {
  'use strict';
  var MARKERS = { finished: 'step-finished', active: 'step-active', failed: 'step-failed' };
  document.querySelectorAll('.diagram-canvas[data-bpmn-url]').forEach(function (container) {
    if (typeof BpmnJS === 'undefined') {
      return;
    }
    container.classList.add('diagram-shown');
    var viewer = new BpmnJS({ container: container, height: 360 });
    fetch(container.dataset.bpmnUrl, { credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (xml) { return viewer.importXML(xml); })
      .then(function () {
        var canvas = viewer.get('canvas');
        canvas.zoom('fit-viewport');
        Object.keys(MARKERS).forEach(function (state) {
          (container.dataset[state] || '').split(' ').filter(Boolean).forEach(function (id) {
            canvas.addMarker(id, MARKERS[state]);
          });
        });
        // the diagram is hidden from assistive technology; keep its links (the bpmn.io mark) out of the tab order too
        container.querySelectorAll('a, [tabindex]').forEach(function (element) {
          element.setAttribute('tabindex', '-1');
        });
        container.classList.add('diagram-ready');
      })
      .catch(function () {
        container.classList.remove('diagram-shown');
      });
  });
})();
