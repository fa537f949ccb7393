/** Money to the cent, as Lightspeed stores it (amounts are decimal currency units, not cents). */
export function roundMoney(amount: number): number {
  return Math.round(amount * 100) / 100;
}
