/* Every slide fits the projector (tools/build_editions.py, WCAG 1.4.10 in spirit).
   nbconvert puts a whole section on one slide and reveal.js cuts off what is too tall. After
   reveal has laid the deck out, each slide taller than the slide height is cut between its
   cells, and a text cell that is tall by itself between its paragraphs; the parts become the
   next slides, down the same column. A slide that one picture, table or box still makes too
   tall scrolls instead, and can be reached with Tab. */
(function () {
  function shown(section, measure) {
    var parent = section.parentElement;
    var saved = [section.style.display, parent.style.display, section.hidden, parent.hidden];
    section.style.display = "block"; parent.style.display = "block";
    section.hidden = false; parent.hidden = false;
    try { return measure(); } finally {
      section.style.display = saved[0]; parent.style.display = saved[1];
      section.hidden = saved[2]; parent.hidden = saved[3];
    }
  }
  function outer(el) {
    var style = getComputedStyle(el);
    return el.offsetHeight + parseFloat(style.marginTop || 0) + parseFloat(style.marginBottom || 0);
  }
  function group(items, budget) {
    var groups = [[]], used = 0;
    items.forEach(function (item) {
      var h = outer(item);
      if (used > 0 && used + h > budget) { groups.push([]); used = 0; }
      groups[groups.length - 1].push(item); used += h;
    });
    return groups;
  }
  function splitText(cell, budget) {
    var md = cell.querySelector(".jp-RenderedMarkdown");
    if (!md || md.children.length < 2) return;
    var groups = group(Array.prototype.slice.call(md.children), budget - (outer(cell) - md.offsetHeight));
    var after = cell;
    groups.slice(1).forEach(function (blocks) {
      var copy = cell.cloneNode(true);
      copy.removeAttribute("id");
      var inner = copy.querySelector(".jp-RenderedMarkdown");
      while (inner.firstChild) inner.removeChild(inner.firstChild);
      blocks.forEach(function (b) { inner.appendChild(b); });
      after.after(copy); after = copy;
    });
  }
  function split(leaf, budget) {
    return shown(leaf, function () {
      if (leaf.scrollHeight <= budget) return false;
      Array.prototype.slice.call(leaf.children).forEach(function (cell) {
        if (outer(cell) > budget) splitText(cell, budget);
      });
      var groups = group(Array.prototype.slice.call(leaf.children), budget);
      var after = leaf;
      groups.slice(1).forEach(function (cells) {
        var section = document.createElement("section");
        cells.forEach(function (c) { section.appendChild(c); });
        after.after(section); after = section;
      });
      return groups.length > 1;
    });
  }
  function leaves() {
    return Array.prototype.slice.call(document.querySelectorAll(".reveal .slides > section > section"));
  }
  /* reveal.js takes the arrow keys for itself: while a scroll box has focus and can still
     scroll that way, the keys scroll the box; at its end they move to the next slide. */
  window.courseScrollKeys = function (event) {
    var box = document.activeElement && document.activeElement.closest &&
      document.activeElement.closest(".course-scroll, .course-long, .jp-OutputArea-output[tabindex]");
    if (!box) return true;
    var down = ["ArrowDown", "PageDown", "End", " "].indexOf(event.key) >= 0;
    var up = ["ArrowUp", "PageUp", "Home"].indexOf(event.key) >= 0;
    var right = event.key === "ArrowRight", left = event.key === "ArrowLeft";
    if (down && box.scrollTop + box.clientHeight < box.scrollHeight - 1) return false;
    if (up && box.scrollTop > 0) return false;
    if (right && box.scrollLeft + box.clientWidth < box.scrollWidth - 1) return false;
    if (left && box.scrollLeft > 0) return false;
    return true;
  };
  window.courseFitSlides = function (Reveal, label) {
    var height = Reveal.getConfig().height;
    var first = leaves()[0], pad = first ? shown(first, function () {
      var style = getComputedStyle(first);
      return parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
    }) : 0;
    var budget = height - pad - 8;
    var changed = false;
    leaves().forEach(function (leaf) { changed = split(leaf, budget) || changed; });
    if (changed) Reveal.sync();
    var n = 0;
    leaves().forEach(function (leaf) {
      if (shown(leaf, function () { return leaf.scrollHeight > height; })) {
        var heading = leaf.querySelector("h1, h2, h3, h4");
        leaf.classList.add("course-long");
        leaf.setAttribute("tabindex", "0");
        leaf.setAttribute("role", "region");
        leaf.setAttribute("aria-label", heading ? heading.textContent.replace("¶", "").trim() : label);
        n += 1;
      }
    });
    leaves().forEach(function (leaf) {  // whatever scrolls can be reached with Tab
      shown(leaf, function () {
        leaf.querySelectorAll(".jp-OutputArea-output, .course-scroll").forEach(function (box) {
          var style = getComputedStyle(box);
          var scrolls = /(auto|scroll)/.test(style.overflowX + style.overflowY) &&
            (box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1);
          if (scrolls && box.tabIndex < 0) box.setAttribute("tabindex", "0");
        });
      });
    });
    Reveal.layout();
    document.documentElement.setAttribute("data-course-long-slides", String(n));
  };
})();
