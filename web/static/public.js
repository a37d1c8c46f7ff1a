// The public pages' times in the reader's own time zone and language.
// The markup says UTC (readable without script); here each <time datetime> is rewritten in
// the browser's zone, formatted for the page's language (Bengali digits for lang="bn"),
// with the UTC text kept as its title.
(function () {
  "use strict";
  var lang = document.documentElement.lang || "en";
  var format;
  try {
    format = new Intl.DateTimeFormat(lang, {
      year: "numeric",
      month: "short",
      day: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZoneName: "short"
    });
  } catch (error) {
    return; // an old browser: the UTC text stays
  }
  var times = document.querySelectorAll("main time[datetime]");
  for (var i = 0; i < times.length; i++) {
    var node = times[i];
    var moment = new Date(node.getAttribute("datetime"));
    if (isNaN(moment.getTime())) continue;
    node.title = node.textContent.trim();
    node.textContent = format.format(moment);
    node.setAttribute("data-local", "");
  }
})();
