/** Labels for the codes the API returns (CAMEO quad classes; PLOVER modes are shown as given). */
export const QUAD_LABEL: Record<number, string> = {
  1: "verbal cooperation",
  2: "material cooperation",
  3: "verbal conflict",
  4: "material conflict",
};

export function modeFlags(mode: { negated: boolean; hypothetical: boolean; historical: boolean; future: boolean }): string[] {
  return (["negated", "hypothetical", "historical", "future"] as const).filter((k) => mode[k]);
}

export function actorLabel(xs: { name: string; country: string | null; sector?: string | null }[]): string {
  if (xs.length === 0) return "—";
  return xs.map((x) => `${x.name}${x.country ? ` (${x.country}${x.sector ? ` ${x.sector}` : ""})` : ""}`).join(", ");
}
