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

// The sign-up form's hidden time zone: the browser's own (IANA name), so the messages a
// subscriber gets write times in their zone. Without script it stays empty and the
// organisation's zone is used; the server checks the name either way.
(function () {
  "use strict";
  var field = document.querySelector("input[data-browser-zone]");
  if (!field || field.value) return;
  try {
    field.value = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    // an old browser: the organisation's zone
  }
})();
