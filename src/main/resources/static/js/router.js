// The URL is the state: paths and parameters of the hash route.

/** The current route: path without slashes around it, and its query parameters. */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  return { path: path.replace(/\/$/, ''), params: new URLSearchParams(query) };
}

/** Navigates to a path with parameters; empty parameters are left out so links stay short. */
export function go(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    const text = Array.isArray(value) ? value.join(',') : value;
    if (text != null && text !== '') query.set(name, text);
  }
  const qs = query.toString();
  location.hash = `#/${path}${qs ? `?${qs}` : ''}`;
}
