"""The public status page: incidents, components and the overall status, as HTML, JSON and Atom."""
