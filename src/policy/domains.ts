/**
 * Domain patterns of the policy (`sender.own_domains`, `links.allow_domains`): `example.com` holds
 * the domain and its subdomains; `name.*` holds the name under any country or generic suffix and
 * their subdomains (`ourco.*`: ourco.co.uk, ourco.com.br, events.ourco.sg; never ourco.evil.com,
 * ourco-login.com or ourco.co.uk.evil.com). One matcher for every place that asks "is this host
 * ours / allowed".
 */

/**
 * A public suffix as registries hand them out: a top-level domain ("sg", "com") or a country's
 * second level ("co.uk", "com.br", "ac.jp"). Not the full Public Suffix List: enough to tell our
 * own country sites (ourco.co.uk) from a look-alike that puts our name in front of someone
 * else's domain (ourco.evil.com).
 */
const PUBLIC_SUFFIX = /^(?:[a-z]{2,24}|(?:co|com|net|org|gov|edu|ac|ne|or|go|gob|gouv|nic|ltd|plc|sch|mil|biz|info|nom)\.[a-z]{2})$/;

/** `name.*`: the host is `name.<suffix>` or a subdomain of it. */
function underAnySuffix(host: string, name: string): boolean {
  const inner = host.indexOf(`.${name}.`);
  const at = host.startsWith(`${name}.`) ? 0 : inner < 0 ? -1 : inner + 1;
  if (at < 0) return false;
  return PUBLIC_SUFFIX.test(host.slice(at + name.length + 1));
}

/** Whether `host` (lower-case, no `www.`) is within the pattern `d` (a domain, or `name.*`). */
export function domainWithin(host: string, d: string): boolean {
  if (d === '') return false;
  return d.endsWith('.*') ? underAnySuffix(host, d.slice(0, -2)) : host === d || host.endsWith(`.${d}`);
}

/** Whether `host` is within any of the patterns. */
export function hostAllowed(host: string, patterns: readonly string[]): boolean {
  return patterns.some((d) => domainWithin(host, d));
}

/**
 * A government's own site (gov.uk, gov.pl, service.gov.uk, gouv.fr, gob.mx, go.jp, europa.eu,
 * canada.ca and its gc.ca, a Canadian province's gouv.qc.ca or gov.bc.ca, and the national portals
 * written without such a name: admin.ch, bund.de, rijksoverheid.nl, belgium.be, regjeringen.no,
 * government.se, gov.scot, gov.wales, llyw.cymru), the .int domain of the intergovernmental
 * organisations (who.int, forty-third session, NX) and the UN agencies' own .org names (fao.org,
 * un.org, oecd.org, worldbank.org…, forty-fourth session, OV, OW): subsidy programmes, tenders and regulations a seller points the reader to. These names are reserved for public bodies by
 * their registries (the provinces' by name: not any gov.xx.yy, which anyone may hold under co.uk).
 */
const PUBLIC_AUTHORITY_HOST = /(?:^|\.)(?:gov|gouv|gob|govt|gv|go)\.[a-z]{2}$|(?:^|\.)int$|(?:^|\.)(?:gov|gouv)\.(?:bc|ab|sk|mb|on|qc|nb|ns|pe|nl|yk|yt|nt|nu)\.ca$|(?:^|\.)(?:gov|mil)$|(?:^|\.)(?:europa\.eu|gc\.ca|canada\.ca|admin\.ch|bund\.de|rijksoverheid\.nl|overheid\.nl|belgium\.be|regjeringen\.no|government\.se|gov\.scot|gov\.wales|llyw\.cymru|un\.org|fao\.org|oecd\.org|worldbank\.org|imf\.org|wto\.org|unicef\.org|unesco\.org|ilo\.org|unep\.org|undp\.org)$/;

/** The reader's own machine: localhost, 127.x.x.x, 0.0.0.0, [::1]. */
const LOOPBACK_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])$/;

/**
 * Names reserved for documentation and testing (RFC 2606, RFC 6761): the .example, .test,
 * .invalid and .localhost top-level domains and example.com / .net / .org. No one can own them,
 * so a link to one is a placeholder for the reader's own address in setup steps
 * ("https://your-domain.example/ourco/webhook"), never a site a draft sends anyone to.
 */
const RESERVED_HOST = /(?:^|\.)(?:example|test|invalid|localhost)$|(?:^|\.)example\.(?:com|net|org)$/;

/**
 * Names of a private network, resolved only inside it: mDNS's .local (RFC 6762), .home.arpa (RFC
 * 8375), .internal (reserved by ICANN for private use in 2024), and the .lan, .intranet, .corp and
 * .localdomain names networks use by custom ("http://proxy.internal:8080" in a proxy setting): the
 * reader's own machines, never a site a draft sends anyone to.
 */
const PRIVATE_NETWORK_HOST = /(?:^|\.)(?:local|internal|lan|intranet|corp|localdomain|home\.arpa)$/;

/** A link host no allow-list needs to name: a public body's site, the reader's own machine or private network, or a reserved example name. */
export function needsNoAllowEntry(host: string): boolean {
  return LOOPBACK_HOST.test(host) || PUBLIC_AUTHORITY_HOST.test(host) || RESERVED_HOST.test(host) || PRIVATE_NETWORK_HOST.test(host);
}
