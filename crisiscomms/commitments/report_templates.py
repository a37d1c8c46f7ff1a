"""The post-incident report's two templates: Markdown and HTML.

In Markdown every user text goes through the `md` filter (Markdown and HTML characters
escaped, line breaks flattened inside table cells); in HTML, autoescaping escapes it all.
"""

MARKDOWN = """\
# Post-incident report: {{ incident.title | md }}

Generated {{ generated_at | when }}.

| | |
|---|---|
| Plan | {{ plan_name | md }} |
| Severity | {{ severity | md }} |
| Status | {{ incident.status.value }} |
| Commander | {{ commander | md }} |
| Detected | {{ incident.detected_at | when }} |
| Activated | {{ incident.activated_at | when }} |
| First statement due | {{ incident.first_statement_due_at | when }} |
| First statement | {{ incident.first_statement_at | when }} |
| Resolved | {{ incident.resolved_at | when }} |
| Closed | {{ incident.closed_at | when }} |

{{ incident.summary | md }}

## Figures

| Figure | Value |
|---|---|
| Commitments made | {{ figures.made }} |
| Kept on time | {{ figures.kept_on_time }} |
| Kept late | {{ figures.kept_late }} |
| Missed | {{ figures.missed }} |
| Withdrawn (of which reworded) | {{ figures.withdrawn }} ({{ figures.superseded }}) |
| Still open | {{ figures.open }} |
| Promise-keeping rate | {{ figures.promise_keeping_rate | percent }} |
| Statements published | {{ metrics.statements_published }} |
| Time to first statement | {{ metrics.time_to_first_statement_seconds | duration }} |
| Longest silence | {{ longest_silence | duration }} |

## Commitments and their fate

{% for c in commitments -%}
### #{{ c.id }} {{ c.title | md }}

- Kind: {{ c.kind }}; {{ "public" if c.public else "internal" }}; owner: {{ c.owner | md }}
- Made in: {{ c.made_in }}; due {{ c.due_at | when }}
- Fate: **{{ c.fate }}**{% if c.kept_at %} at {{ c.kept_at | when }}{% endif %}
{%- if c.evidence %}
- Evidence: {{ c.evidence | md }}{% endif %}
{%- if c.missed_reason %}
- Why it was missed: {{ c.missed_reason | md }}{% endif %}
{%- if c.withdrawn_reason %}
- Why it was withdrawn: {{ c.withdrawn_reason | md }}{% endif %}
{%- for note in c.links %}
- {{ note }}{% endfor %}
- Reported in: {{ c.reported | md }}

{% else -%}
No commitments were made.

{% endfor -%}
## Statements

| # | Stage | Published | By | Headline | Next update |
|---|---|---|---|---|---|
{% for s in statements -%}
| {{ s.id }} | {{ s.stage }}{{ " (holding)" if s.holding }} | {{ s.published_at | when }} | \
{{ s.published_by | md }} | {{ s.headline | md }} | {{ s.next_update_at | when }} |
{% endfor %}
## Silences

| After | From | To | Length |
|---|---|---|---|
{% for gap in metrics.silences -%}
| {{ gap.after }} | {{ gap.start | when }} | \
{{ gap.end | when }}{{ " (ongoing)" if gap.ongoing }} | {{ gap.seconds | duration }} |
{% endfor %}
## Delivery

{{ delivery }}

## Timeline

| Time | Event | By | What |
|---|---|---|---|
{% for e in events -%}
| {{ e.at | when }} | {{ e.kind | md }} | {{ e.actor | md }} | {{ e.message | md }} |
{% endfor -%}
"""

HTML = """\
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Post-incident report: {{ incident.title }}</title>
<style>
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; line-height: 1.5; }
table { border-collapse: collapse; } td, th { border: 1px solid #ccc; padding: .25rem .5rem; }
.kept { color: #176f2c; } .missed { color: #a4161a; } .withdrawn, .open { color: #555; }
</style>
</head>
<body>
<h1>Post-incident report: {{ incident.title }}</h1>
<p>Generated {{ generated_at | when }}.</p>
<table>
<tr><th>Plan</th><td>{{ plan_name }}</td></tr>
<tr><th>Severity</th><td>{{ severity }}</td></tr>
<tr><th>Status</th><td>{{ incident.status.value }}</td></tr>
<tr><th>Commander</th><td>{{ commander }}</td></tr>
<tr><th>Detected</th><td>{{ incident.detected_at | when }}</td></tr>
<tr><th>Activated</th><td>{{ incident.activated_at | when }}</td></tr>
<tr><th>First statement due</th><td>{{ incident.first_statement_due_at | when }}</td></tr>
<tr><th>First statement</th><td>{{ incident.first_statement_at | when }}</td></tr>
<tr><th>Resolved</th><td>{{ incident.resolved_at | when }}</td></tr>
<tr><th>Closed</th><td>{{ incident.closed_at | when }}</td></tr>
</table>
<p>{{ incident.summary }}</p>

<h2>Figures</h2>
<table>
<tr><th>Commitments made</th><td>{{ figures.made }}</td></tr>
<tr><th>Kept on time</th><td>{{ figures.kept_on_time }}</td></tr>
<tr><th>Kept late</th><td>{{ figures.kept_late }}</td></tr>
<tr><th>Missed</th><td>{{ figures.missed }}</td></tr>
<tr><th>Withdrawn (of which reworded)</th>
<td>{{ figures.withdrawn }} ({{ figures.superseded }})</td></tr>
<tr><th>Still open</th><td>{{ figures.open }}</td></tr>
<tr><th>Promise-keeping rate</th><td>{{ figures.promise_keeping_rate | percent }}</td></tr>
<tr><th>Statements published</th><td>{{ metrics.statements_published }}</td></tr>
<tr><th>Time to first statement</th>
<td>{{ metrics.time_to_first_statement_seconds | duration }}</td></tr>
<tr><th>Longest silence</th><td>{{ longest_silence | duration }}</td></tr>
</table>

<h2>Commitments and their fate</h2>
{% for c in commitments %}
<section id="commitment-{{ c.id }}">
<h3>#{{ c.id }} {{ c.title }}</h3>
<ul>
<li>Kind: {{ c.kind }}; {{ "public" if c.public else "internal" }}; owner: {{ c.owner }}</li>
<li>Made in: {{ c.made_in }}; due {{ c.due_at | when }}</li>
<li>Fate: <strong class="{{ c.status }}">{{ c.fate }}</strong>
{%- if c.kept_at %} at {{ c.kept_at | when }}{% endif %}</li>
{% if c.evidence %}<li>Evidence: {% if c.evidence_url %}<a href="{{ c.evidence_url }}" \
rel="nofollow noopener">{{ c.evidence }}</a>{% else %}{{ c.evidence }}{% endif %}</li>{% endif %}
{% if c.missed_reason %}<li>Why it was missed: {{ c.missed_reason }}</li>{% endif %}
{% if c.withdrawn_reason %}<li>Why it was withdrawn: {{ c.withdrawn_reason }}</li>{% endif %}
{% for note in c.links %}<li>{{ note }}</li>{% endfor %}
<li>Reported in: {{ c.reported }}</li>
</ul>
</section>
{% else %}
<p>No commitments were made.</p>
{% endfor %}

<h2>Statements</h2>
<table>
<tr><th>#</th><th>Stage</th><th>Published</th><th>By</th><th>Headline</th><th>Next update</th></tr>
{% for s in statements %}
<tr><td>{{ s.id }}</td><td>{{ s.stage }}{{ " (holding)" if s.holding }}</td>
<td>{{ s.published_at | when }}</td><td>{{ s.published_by }}</td><td>{{ s.headline }}</td>
<td>{{ s.next_update_at | when }}</td></tr>
{% endfor %}
</table>

<h2>Silences</h2>
<table>
<tr><th>After</th><th>From</th><th>To</th><th>Length</th></tr>
{% for gap in metrics.silences %}
<tr><td>{{ gap.after }}</td><td>{{ gap.start | when }}</td>
<td>{{ gap.end | when }}{{ " (ongoing)" if gap.ongoing }}</td>
<td>{{ gap.seconds | duration }}</td></tr>
{% endfor %}
</table>

<h2>Delivery</h2>
<p>{{ delivery }}</p>

<h2>Timeline</h2>
<table>
<tr><th>Time</th><th>Event</th><th>By</th><th>What</th></tr>
{% for e in events %}
<tr><td>{{ e.at | when }}</td><td>{{ e.kind }}</td><td>{{ e.actor }}</td>
<td>{{ e.message }}</td></tr>
{% endfor %}
</table>
</body>
</html>
"""
