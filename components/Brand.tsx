/** The product's name and icon, at the top of every Backchannel page. */
export function Brand({ subtitle }: { subtitle?: string }) {
  return (
    <header class="brand">
      <img src="/icon/icon.svg" alt="" width={28} height={28} />
      <div>
        <strong>Backchannel</strong>
        {subtitle && <small>{subtitle}</small>}
      </div>
    </header>
  );
}
