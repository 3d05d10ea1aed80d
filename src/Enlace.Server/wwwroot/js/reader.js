// Keyboard help for a report's highlights: arrow keys move between them, Escape hides the open details.
// The details themselves show on hover and focus by CSS alone; this only adds movement and dismissal.
"use strict";
(function () {
  const text = document.querySelector("[data-reader]");
  if (!text) return;
  const highlights = Array.from(text.querySelectorAll("mark.hl"));
  text.addEventListener("keydown", event => {
    const current = event.target.closest ? event.target.closest("mark.hl") : null;
    if (!current) return;
    const at = highlights.indexOf(current);
    let next = null;
    if (event.key === "ArrowRight" || event.key === "ArrowDown") next = highlights[at + 1];
    else if (event.key === "ArrowLeft" || event.key === "ArrowUp") next = highlights[at - 1];
    else if (event.key === "Home") next = highlights[0];
    else if (event.key === "End") next = highlights[highlights.length - 1];
    else if (event.key === "Escape") {
      current.classList.add("dismissed");
      event.preventDefault();
      return;
    }
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  for (const mark of highlights) {
    mark.addEventListener("blur", () => mark.classList.remove("dismissed"));
    mark.addEventListener("mouseleave", () => mark.classList.remove("dismissed"));
  }
})();
