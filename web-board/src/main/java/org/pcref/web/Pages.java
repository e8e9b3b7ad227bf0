package org.pcref.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The overview's page links: the same query with another page number. Plain links, so they work
 * with the keyboard and without JavaScript; the current page is marked for screen readers.
 *
 * @param links the pages to offer: the first, the last, and those around the current one; a null
 *     href marks a gap
 */
record Pages(Overview.Paging paging, String previous, String next, List<Link> links) {

  /** Pages either side of the current one that get a link of their own. */
  private static final int AROUND = 3;

  /** One page's link; a null href is a gap ("…") between numbers. */
  record Link(int number, String href, boolean current) {}

  static Pages of(Overview.Paging paging, UriComponentsBuilder request) {
    List<Link> links = new ArrayList<>();
    int last = 0;
    for (int n = 1; n <= paging.pages(); n++) {
      boolean shown = n == 1 || n == paging.pages() || Math.abs(n - paging.page()) <= AROUND;
      if (!shown) {
        continue;
      }
      if (n > last + 1) {
        links.add(new Link(0, null, false));
      }
      links.add(new Link(n, href(request, n), n == paging.page()));
      last = n;
    }
    return new Pages(
        paging,
        paging.page() > 1 ? href(request, paging.page() - 1) : null,
        paging.page() < paging.pages() ? href(request, paging.page() + 1) : null,
        links);
  }

  private static String href(UriComponentsBuilder request, int page) {
    return request.cloneBuilder().replaceQueryParam("page", page).build().toUriString();
  }
}
